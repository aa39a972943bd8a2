const NON_ASCII = /[^\x00-\x7f]/;

/** Lower-case, ASCII-folded, punctuation to spaces, single-spaced. */
export function fold(text: string): string {
  const ascii = NON_ASCII.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  return ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Key for case/spacing/punctuation-insensitive lookups. */
export function compactKey(text: string): string {
  return fold(text).replace(/ /g, '');
}

/** Values as a note quotes them: `"a", "b"`. */
export function quotedList(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

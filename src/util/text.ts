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

/** A text as a person reads it, for matching what they typed: Unicode-normalised, case and spacing ignored, punctuation kept. */
export function typedKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Values as a note quotes them: `"a", "b"`. */
export function quotedList(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

/** Code-unit order: the same on every machine, whatever its locale (unlike localeCompare). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

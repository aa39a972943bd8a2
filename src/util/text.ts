/** Lower-case, ASCII-folded, punctuation to spaces, single-spaced. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Key for case/spacing/punctuation-insensitive lookups. */
export function compactKey(text: string): string {
  return fold(text).replace(/ /g, '');
}

export function tokens(text: string): string[] {
  const f = fold(text);
  return f ? f.split(' ') : [];
}

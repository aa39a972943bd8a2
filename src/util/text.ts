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

// C0/C1 controls and the bidirectional overrides that can reorder or hide what a terminal shows
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A message as one safe terminal line: line breaks and tabs as spaces, control and bidi characters as `\uXXXX`. */
export function printableLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

import { TextCache } from './text-cache.js';

/**
 * Sørensen–Dice coefficient over character bigrams, the same number as string-similarity's
 * `compareTwoStrings` (whitespace ignored, bigrams counted with multiplicity). Linking compares the
 * same names against many others, so each string's bigrams are computed once, as a sorted array of
 * two-character codes, and two strings are compared by merging their arrays without allocating.
 */
const bigrams = new TextCache((text) => {
  const s = text.replace(/\s+/g, '');
  const codes = new Uint32Array(Math.max(0, s.length - 1));
  for (let i = 0; i < s.length - 1; i++) codes[i] = ((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1)) >>> 0;
  return codes.sort();
}, 300_000);

function bigramsOf(text: string): Uint32Array {
  return bigrams.get(text);
}

export function diceCoefficient(first: string, second: string): number {
  if (first === second) return 1;
  const a = bigramsOf(first);
  const b = bigramsOf(second);
  // identical once whitespace is removed (both empty included) is a perfect match, as in string-similarity
  if (a.length === 0 || b.length === 0) return a.length === b.length && sameLetters(first, second) ? 1 : 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

function sameLetters(first: string, second: string): boolean {
  return first.replace(/\s+/g, '') === second.replace(/\s+/g, '');
}

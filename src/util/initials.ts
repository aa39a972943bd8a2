import { fold } from './text.js';

/**
 * Indonesian abbreviations take the first letters or syllables of a name's words, some after the
 * word's affix: SIMPEG is SIstem Informasi Manajemen (ke)PEGawaian, BANSOS is BANtuan SOSial, SIKDA is
 * SIstem Informasi Kesehatan DAerah. Such an acronym is read as the long name it abbreviates even
 * when no record writes the two side by side.
 */
const AFFIXES = ['penye', 'peng', 'peny', 'pem', 'pen', 'per', 'pe', 'ke', 'ber', 'ter', 'me'];
/** Words an abbreviation skips. */
const SKIPPED = new Set(['dan', 'untuk', 'di', 'ke', 'dari', 'yang', 'serta', 'atau', 'of', 'and', 'for', 'the', 'aplikasi']);
const MIN_AFFIX_REST = 3;
/** Letters one word gives an abbreviation at most (BANtuan, kePEGawaian): a whole long word is no abbreviation of it. */
const MAX_PIECE = 4;

/** The forms a word can be abbreviated from: the word, and the word after its affix (kepegawaian → pegawaian). */
function bases(word: string): string[] {
  const out = [word];
  for (const a of AFFIXES) if (word.length - a.length >= MIN_AFFIX_REST && word.startsWith(a)) out.push(word.slice(a.length));
  return out;
}

/** Words a long name may end with that its abbreviation leaves out (the region, generic words). */
export type OptionalWords = { has(word: string): boolean };

/** A long name as abbreviations read it: its words, each with the forms it can be abbreviated from. */
export class LongName {
  private readonly forms: string[][];
  /** How many words at the end may be left out (the government's region, generic words). */
  private readonly trailing: number;

  constructor(words: readonly string[], optional: OptionalWords = new Set()) {
    const ws = words.filter((w) => !SKIPPED.has(w));
    this.forms = ws.map(bases);
    let n = 0;
    for (let i = ws.length - 1; i >= 0 && optional.has(ws[i]!); i--) n++;
    this.trailing = n;
  }

  /**
   * True when `acronym` (lower-case letters) is, in order, a leading piece of every word (one to four
   * letters each, at least two words): every letter used, and every word but the optional ones at the end.
   */
  abbreviatedBy(acronym: string): boolean {
    const words = this.forms.length;
    const needed = Math.max(2, words - this.trailing);
    if (words < 2 || acronym.length < needed || acronym.length > words * MAX_PIECE) return false;
    // memo[i * (words + 1) + j]: 0 unknown, 1 yes, 2 no
    const memo = new Uint8Array((acronym.length + 1) * (words + 1));
    const from = (i: number, j: number): boolean => {
      if (i === acronym.length) return j >= needed;
      if (j === words) return false;
      const at = i * (words + 1) + j;
      if (memo[at]) return memo[at] === 1;
      let found = false;
      for (const base of this.forms[j]!) {
        for (let k = 0; !found && k < MAX_PIECE && k < base.length && acronym.charCodeAt(i + k) === base.charCodeAt(k); k++) {
          if (from(i + k + 1, j + 1)) found = true;
        }
        if (found) break;
      }
      memo[at] = found ? 1 : 2;
      return found;
    };
    return from(0, 0);
  }
}

/** True when `acronym` abbreviates the long name of `words` (see LongName.abbreviatedBy). */
export function abbreviates(acronym: string, words: readonly string[], optional: OptionalWords = new Set()): boolean {
  return new LongName(words, optional).abbreviatedBy(acronym);
}

/** Folded words of a long name, as abbreviations read them. */
export function abbreviationWords(name: string): string[] {
  return fold(name.replace(/\([^)]*\)/g, ' ')).split(' ').filter(Boolean);
}

import { fold } from '../util/text.js';
import { nameWords } from './name-words.js';
import { TextCache } from '../util/text-cache.js';

/**
 * Letter doubling is the most common typo in registries ("Puskkesmas"); compare words without it.
 * Short words are left alone: in acronyms doubled letters are meaningful (PKK is not PPPK).
 */
export function dedouble(word: string): string {
  if (word.length < 6) return word;
  for (let i = 1; i < word.length; i++) {
    if (word.charCodeAt(i) === word.charCodeAt(i - 1)) return word.replace(/([a-z])\1+/g, '$1');
  }
  return word;
}

const MIN_STEM = 4;

/** A word without a clitic written onto it: `disposisinya` → `disposisi`; `hanya` stays. */
function withoutClitic(word: string, clitics: readonly string[]): string {
  for (const c of clitics) if (word.length - c.length >= MIN_STEM && word.endsWith(c)) return word.slice(0, -c.length);
  return word;
}

/** `centres` → `centre`, `libraries` → `library`; null when the word is no plural (`kelas` keeps its s: `ss`/`us`/`is`/`as` endings are kept). */
function singular(word: string, plurals: readonly [string, string][]): string | null {
  for (const [ending, replacement] of plurals) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_STEM) continue;
    if (ending === 's' && /[suia]s$/.test(word)) return null;
    return word.slice(0, -ending.length) + replacement;
  }
  return null;
}

/** A word as classification compares it: no clitic, standard spelling (antrian → antrean), no letter doubling. */
export function standardWord(word: string): string {
  const { spelling, clitics } = nameWords();
  const bare = withoutClitic(word, clitics);
  return dedouble(spelling.get(bare) ?? bare);
}

// several matchers (function keywords, ecosystem cues, platform names) read the same texts
const wordsCache = new TextCache(wordsOf);

/** Words of a text as the matcher compares them; glued prefixes (ePresensi, SiAbsen) also yield the bare word. Cached: callers must not mutate. */
export function matchWords(text: string): string[][] {
  return wordsCache.get(text);
}

function wordsOf(text: string): string[][] {
  const { gluedPrefixes: prefixes, plurals } = nameWords();
  return fold(text.replace(/\b([eEiI])-(?=\w)/g, '$1'))
    .split(' ')
    .filter(Boolean)
    .map((w) => {
      const forms = [standardWord(w)];
      for (const p of prefixes) {
        if (w.length - p.length >= 4 && w.startsWith(p)) forms.push(standardWord(w.slice(p.length)));
      }
      const one = singular(w, plurals);
      if (one) forms.push(standardWord(one));
      return forms;
    });
}

export interface PhraseHit<T> {
  value: T;
  phrase: string;
}

/**
 * Finds whole-word phrases in text in one pass: phrases are indexed by their first word, so the cost is
 * proportional to the text, not to the number of phrases.
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, { words: string[]; phrase: string; value: T }[]>();
  /** Registries repeat the same descriptions, units and names many times over. */
  private readonly cache = new TextCache((text) => this.scan(text));

  /**
   * @param shadows whether a phrase found around a shorter one hides it ("mobile library" hides the
   *   "library" inside it when they speak for different things); by default nothing is hidden.
   */
  constructor(private readonly shadows?: (longer: T, shorter: T) => boolean) {}

  add(phrase: string, value: T): void {
    const words = fold(phrase.replace(/\b([eEiI])-(?=\w)/g, '$1')).split(' ').filter(Boolean).map(standardWord);
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]!) ?? this.byFirst.set(words[0]!, []).get(words[0]!)!;
    list.push({ words, phrase, value });
  }

  /** Each distinct (value, phrase) found, once. */
  find(text: string | null | undefined): PhraseHit<T>[] {
    return text ? this.cache.get(text) : [];
  }

  private scan(text: string): PhraseHit<T>[] {
    const words = matchWords(text);
    const found: { start: number; end: number; value: T; phrase: string }[] = [];
    for (let i = 0; i < words.length; i++) {
      for (const form of words[i]!) {
        const candidates = this.byFirst.get(form);
        if (!candidates) continue;
        for (const c of candidates) if (matchesAt(words, i, c.words)) found.push({ start: i, end: i + c.words.length, value: c.value, phrase: c.phrase });
      }
    }
    const shadows = this.shadows;
    const hits: PhraseHit<T>[] = [];
    const seen = new Set<string>();
    for (const f of found) {
      if (shadows && found.some((g) => g.end - g.start > f.end - f.start && g.start <= f.start && g.end >= f.end && shadows(g.value, f.value))) continue;
      const key = `${String(f.value)}\u0000${f.phrase}`;
      if (!seen.has(key)) {
        seen.add(key);
        hits.push({ value: f.value, phrase: f.phrase });
      }
    }
    return hits;
  }
}

function matchesAt(words: string[][], start: number, phrase: string[]): boolean {
  if (start + phrase.length > words.length) return false;
  for (let k = 1; k < phrase.length; k++) if (!words[start + k]!.includes(phrase[k]!)) return false;
  return true;
}

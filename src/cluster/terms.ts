import { contentTokens } from '../features/record-features.js';
import { standardWord } from '../features/phrase-matcher.js';
import { stripGluedPrefix } from '../features/name-features.js';
import { nameWords } from '../features/name-words.js';
import { fold } from '../util/text.js';
import type { FunctionModel } from './function-model.js';
import type { ClassifiableText } from './keyword-evidence.js';
import type { WeightedTerms } from './tfidf.js';
import { TextCache } from '../util/text-cache.js';

/** Comparable forms of a text's content words (typo- and prefix-tolerant); `prefixedForms` caches them per text. */
function wordForms(text: string): string[] {
  const out = new Set<string>();
  for (const raw of contentTokens(text)) {
    const t = standardWord(raw);
    if (t.length >= 2) out.add(t);
    const bare = stripGluedPrefix(t);
    if (bare.length >= 2) out.add(bare);
  }
  return [...out];
}

/** Prefixed terms (`w:absensi`) per prefix and text: the same strings, so Map lookups reuse their hashes. */
const termCache = new Map<string, TextCache<string[]>>();

function prefixedForms(text: string, prefix: string, skipGeneric: boolean): string[] {
  const key = skipGeneric ? `${prefix}!` : prefix;
  let byText = termCache.get(key);
  if (!byText) {
    byText = new TextCache((t) =>
      wordForms(t)
        .filter((f) => !skipGeneric || !isGenericNameWord(f))
        .map((f) => prefix + f),
    );
    termCache.set(key, byText);
  }
  return byText.get(text);
}

const elementTerms = new Map<string, string>();

function elementTerm(element: string): string {
  let term = elementTerms.get(element);
  if (term === undefined) elementTerms.set(element, (term = `e:${fold(element).replace(/ /g, '_')}`));
  return term;
}

/** Words that name any application (sistem, aplikasi, online...) tell nothing about its job. */
function isGenericNameWord(word: string): boolean {
  return nameWords().generic.has(word);
}

/** The weighted bag of terms an application is compared by, prefixed by where each came from. */
export function termsOf(text: ClassifiableText, weights: FunctionModel['features']): WeightedTerms {
  const bag: WeightedTerms = new Map();
  const add = (term: string, w: number) => bag.set(term, (bag.get(term) ?? 0) + w);
  const addWords = (values: string[], prefix: string, w: number, skipGeneric = false) => {
    const seen = new Set<string>();
    for (const v of values) {
      for (const term of prefixedForms(v, prefix, skipGeneric)) {
        if (seen.has(term)) continue;
        seen.add(term);
        add(term, w);
      }
    }
  };
  addWords(text.names, 'w:', weights.name, true);
  addWords(text.descriptions, 'w:', weights.description);
  addWords(text.addresses, 'w:', weights.address);
  addWords(text.units, 'u:', weights.unit);
  addWords(text.categories, 'w:', weights.category);
  for (const e of new Set(text.elements)) add(elementTerm(e), weights.element);
  return bag;
}

import { contentTokens } from '../features/record-features.js';
import { dedouble } from '../features/phrase-matcher.js';
import { stripGluedPrefix } from '../features/name-features.js';
import { fold } from '../util/text.js';
import type { FunctionModel } from './function-model.js';
import type { ClassifiableText } from './keyword-evidence.js';
import type { WeightedTerms } from './tfidf.js';

/** The weighted bag of terms an application is compared by, prefixed by where each came from. */
export function termsOf(text: ClassifiableText, weights: FunctionModel['features']): WeightedTerms {
  const bag: WeightedTerms = new Map();
  const add = (term: string, w: number) => bag.set(term, (bag.get(term) ?? 0) + w);
  const addWords = (values: string[], prefix: string, w: number) => {
    const seen = new Set<string>();
    for (const v of values) {
      for (const raw of contentTokens(v)) {
        const t = dedouble(raw);
        const forms = [t, stripGluedPrefix(t)];
        for (const f of forms) {
          if (f.length < 2 || seen.has(f)) continue;
          seen.add(f);
          add(`${prefix}${f}`, w);
        }
      }
    }
  };
  addWords(text.names, 'w:', weights.name);
  addWords(text.descriptions, 'w:', weights.description);
  addWords(text.units, 'u:', weights.unit);
  addWords(text.categories, 'w:', weights.category);
  for (const e of new Set(text.elements)) add(`e:${fold(e).replace(/ /g, '_')}`, weights.element);
  return bag;
}

import { PhraseMatcher } from '../features/phrase-matcher.js';
import type { FunctionDef } from '../knowledge/taxonomy.js';
import type { EvidenceField, FunctionModel, PhraseKind } from './function-model.js';

/** The text an application (or a proposal) offers for classification. */
export interface ClassifiableText {
  names: string[];
  descriptions: string[];
  units: string[];
  categories: string[];
  elements: string[];
}

export interface FunctionEvidence {
  /** Function index → evidence score. */
  scores: Map<number, number>;
  /** Function index → readable reasons (`name has "presensi"`). */
  reasons: Map<number, string[]>;
  /** Functions the name or description itself points to (units and data elements aside). */
  textual: Set<number>;
}

const PHRASE_KINDS: PhraseKind[] = ['keywords', 'acronyms', 'related', 'units', 'exclude'];

/** Scores every taxonomy function by the phrases and data elements an application shows. */
export class KeywordEvidence {
  private readonly matcher = new PhraseMatcher<string>();
  private readonly elementFunctions = new Map<string, number[]>();

  constructor(
    private readonly functions: readonly FunctionDef[],
    private readonly model: FunctionModel,
  ) {
    functions.forEach((f, i) => {
      for (const kind of PHRASE_KINDS) for (const p of f[kind]) this.matcher.add(p, `${i}:${kind}`);
      for (const e of f.dataElements) {
        const list = this.elementFunctions.get(e) ?? this.elementFunctions.set(e, []).get(e)!;
        list.push(i);
      }
    });
  }

  score(text: ClassifiableText): FunctionEvidence {
    const scores = new Map<number, number>();
    const reasons = new Map<number, string[]>();
    const textual = new Set<number>();
    const bump = (fn: number, w: number, reason: string) => {
      scores.set(fn, (scores.get(fn) ?? 0) + w);
      if (w > 0) {
        const r = reasons.get(fn) ?? reasons.set(fn, []).get(fn)!;
        if (r.length < 6) r.push(reason);
      }
    };
    const fields: [EvidenceField, string[]][] = [
      ['name', text.names],
      ['description', text.descriptions],
      ['unit', text.units],
      ['category', text.categories],
    ];
    for (const [field, values] of fields) {
      const weights = this.model.evidence.fields[field];
      // the best weight per (function, kind) in a field counts once, however many records repeat it
      const best = new Map<string, { w: number; phrase: string }>();
      for (const v of values) {
        for (const hit of this.matcher.find(v)) {
          const [fnText, kind] = hit.value.split(':') as [string, PhraseKind];
          const w = weights[kind];
          if (w === 0) continue;
          const key = `${fnText}:${kind}`;
          const prev = best.get(key);
          if (!prev) best.set(key, { w, phrase: hit.phrase });
          else if (hit.phrase.length > prev.phrase.length) prev.phrase = hit.phrase;
        }
      }
      for (const [key, { w, phrase }] of best) {
        const fn = Number(key.slice(0, key.indexOf(':')));
        bump(fn, w, `${field} has "${phrase}"`);
        if (w > 0 && (field === 'name' || field === 'description')) textual.add(fn);
      }
    }
    const elementScore = new Map<number, number>();
    for (const e of new Set(text.elements)) {
      for (const fn of this.elementFunctions.get(e) ?? []) elementScore.set(fn, (elementScore.get(fn) ?? 0) + this.model.evidence.dataElement);
    }
    for (const [fn, s] of elementScore) {
      if (!scores.has(fn) && s < this.model.evidence.dataElement * 2) continue;
      bump(fn, Math.min(s, this.model.evidence.dataElementCap), `holds typical data (${Math.round(s / this.model.evidence.dataElement)} element(s))`);
    }
    for (const [fn, s] of scores) if (s <= 0) scores.delete(fn);
    for (const fn of textual) if (!scores.has(fn)) textual.delete(fn);
    return { scores, reasons, textual };
  }

  get functionCount(): number {
    return this.functions.length;
  }
}

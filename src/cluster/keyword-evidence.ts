import { PhraseMatcher } from '../features/phrase-matcher.js';
import { messages, type Messages } from '../knowledge/messages.js';
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
  /** Functions the name or description names with a decisive keyword or acronym (units, data and related words aside). */
  textual: Set<number>;
}

const NO_REASONS: Map<number, string[]> = new Map();

const PHRASE_KINDS: PhraseKind[] = ['keywords', 'acronyms', 'related', 'units', 'exclude'];

/** Scores every taxonomy function by the phrases and data elements an application shows. */
export class KeywordEvidence {
  /** Phrase values are `function index * KINDS + kind index`. */
  private readonly matcher = new PhraseMatcher<number>();
  private readonly elementFunctions = new Map<string, number[]>();

  constructor(
    private readonly functions: readonly FunctionDef[],
    private readonly model: FunctionModel,
    private readonly say: Messages = messages('en'),
  ) {
    functions.forEach((f, i) => {
      PHRASE_KINDS.forEach((kind, k) => {
        for (const p of f[kind]) this.matcher.add(p, i * PHRASE_KINDS.length + k);
      });
      for (const e of f.dataElements) {
        const list = this.elementFunctions.get(e) ?? this.elementFunctions.set(e, []).get(e)!;
        list.push(i);
      }
    });
  }

  /** Scores a text; `explain` also writes the readable reasons (skipped on the hot path). */
  score(text: ClassifiableText, explain = false): FunctionEvidence {
    const scores = new Map<number, number>();
    const reasons = explain ? new Map<number, string[]>() : NO_REASONS;
    const textual = new Set<number>();
    const bump = (fn: number, w: number, reason: string) => {
      scores.set(fn, (scores.get(fn) ?? 0) + w);
      if (explain && w > 0) {
        const r = reasons.get(fn) ?? reasons.set(fn, []).get(fn)!;
        const same = reason.toLowerCase();
        if (r.length < 6 && !r.some((x) => x.toLowerCase() === same)) r.push(reason);
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
      const best = new Map<number, string>();
      for (const v of values) {
        for (const hit of this.matcher.find(v)) {
          if (weights[PHRASE_KINDS[hit.value % PHRASE_KINDS.length]!] === 0) continue;
          const prev = best.get(hit.value);
          if (prev === undefined || hit.phrase.length > prev.length) best.set(hit.value, hit.phrase);
        }
      }
      for (const [code, phrase] of best) {
        const fn = Math.floor(code / PHRASE_KINDS.length);
        const w = weights[PHRASE_KINDS[code % PHRASE_KINDS.length]!];
        bump(fn, w, explain ? this.say.t('function.fieldHas', { field: this.say.t(`function.field.${field}`), phrase }) : '');
        const kind = PHRASE_KINDS[code % PHRASE_KINDS.length]!;
        if (w > 0 && (field === 'name' || field === 'description') && (kind === 'keywords' || kind === 'acronyms')) textual.add(fn);
      }
    }
    const elementScore = new Map<number, number>();
    for (const e of new Set(text.elements)) {
      for (const fn of this.elementFunctions.get(e) ?? []) elementScore.set(fn, (elementScore.get(fn) ?? 0) + this.model.evidence.dataElement);
    }
    for (const [fn, s] of elementScore) {
      if (!scores.has(fn) && s < this.model.evidence.dataElement * 2) continue;
      const count = Math.round(s / this.model.evidence.dataElement);
      bump(fn, Math.min(s, this.model.evidence.dataElementCap), explain ? this.say.t('function.typicalData', { count }) : '');
    }
    for (const [fn, s] of scores) if (s <= 0) scores.delete(fn);
    for (const fn of textual) if (!scores.has(fn)) textual.delete(fn);
    return { scores, reasons, textual };
  }

  get functionCount(): number {
    return this.functions.length;
  }
}

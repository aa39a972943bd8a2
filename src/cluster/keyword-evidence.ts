import { PhraseMatcher } from '../features/phrase-matcher.js';
import { messages, type Messages } from '../knowledge/messages.js';
import type { FunctionDef } from '../knowledge/taxonomy.js';
import { InputError } from '../util/errors.js';
import type { EvidenceField, FunctionModel, PhraseKind } from './function-model.js';

/** The text an application (or a proposal) offers for classification. */
export interface ClassifiableText {
  names: string[];
  descriptions: string[];
  /** The app's own address label when it says more than the name (`eretribusi` for "SIKEOM"). */
  addresses: string[];
  units: string[];
  categories: string[];
  elements: string[];
  /** Named only by an office's own address (disbudpar.bantenprov.go.id): evidence for `officeSite.function`. */
  officeSite?: boolean;
  /** Its own address is an office's (dinkes.x.go.id) though a name is given: the office's website unless its words say otherwise. */
  officeAddress?: boolean;
}

export interface FunctionEvidence {
  /** Function index → evidence score. */
  scores: Map<number, number>;
  /** Functions the name or description names with a decisive keyword or acronym (units, data and related words aside). */
  textual: Set<number>;
  /** The part of each function's score that comes from context (managing unit, category, data held), not from the app's own words. */
  context: Map<number, number>;
}

// keywords and acronyms come first: `kind <= 1` below means a decisive kind
const PHRASE_KINDS: PhraseKind[] = ['keywords', 'acronyms', 'related', 'units', 'exclude'];

/** Scores every taxonomy function by the phrases and data elements an application shows. */
export class KeywordEvidence {
  /** Phrase values are `function index * KINDS + kind index`. */
  private readonly matcher = new PhraseMatcher<number>();
  private readonly elementFunctions = new Map<string, number[]>();
  private readonly valuesCache = new Map<string, Int32Array>();
  private readonly officeSiteFunction: number;

  constructor(
    functions: readonly FunctionDef[],
    private readonly model: FunctionModel,
    private readonly say: Messages = messages('en'),
  ) {
    this.officeSiteFunction = functions.findIndex((f) => f.id === model.evidence.officeSite.function);
    if (this.officeSiteFunction < 0) {
      throw new InputError(`function-model.yaml: officeSite.function "${model.evidence.officeSite.function}" is not a function of functions.yaml`);
    }
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

  /** Scores every function by the phrases and data elements a text shows. */
  score(text: ClassifiableText): FunctionEvidence {
    const scores = new Map<number, number>();
    const context = new Map<number, number>();
    const textual = new Set<number>();
    const K = PHRASE_KINDS.length;
    for (const [field, values] of this.fieldsOf(text)) {
      if (values.length === 0) continue;
      const weights = this.model.evidence.fields[field];
      const isContext = field === 'unit' || field === 'category';
      const isText = field === 'name' || field === 'description' || field === 'address';
      // each (function, kind) counts once per field, however many records repeat it
      const hits = values.length === 1 ? this.hitValues(values[0]!) : this.distinctHitValues(values);
      for (let h = 0; h < hits.length; h++) {
        const value = hits[h]!;
        const kind = value % K;
        const w = weights[PHRASE_KINDS[kind]!];
        if (w === 0) continue;
        const fn = (value - kind) / K;
        scores.set(fn, (scores.get(fn) ?? 0) + w);
        if (isContext) context.set(fn, (context.get(fn) ?? 0) + w);
        if (w > 0 && isText && kind <= 1) textual.add(fn);
      }
    }
    for (const [fn, s] of this.elementScores(text)) {
      if (!scores.has(fn) && s < this.model.evidence.dataElement * 2) continue;
      const w = Math.min(s, this.model.evidence.dataElementCap);
      scores.set(fn, (scores.get(fn) ?? 0) + w);
      context.set(fn, (context.get(fn) ?? 0) + w);
    }
    const site = this.officeSiteFunction;
    // an office's own address counts when the app's words name no function: "SIDUGT" at dinkes.x.go.id
    if (text.officeSite || (text.officeAddress && textual.size === 0)) {
      scores.set(site, (scores.get(site) ?? 0) + this.model.evidence.officeSite.weight);
      textual.add(site);
    }
    for (const [fn, s] of scores) if (s <= 0) scores.delete(fn);
    for (const fn of textual) if (!scores.has(fn)) textual.delete(fn);
    return { scores, textual, context };
  }

  /** Distinct phrase values (function × kind) a text shows, cached per text: registries repeat units and descriptions. */
  private hitValues(text: string): Int32Array {
    const cached = this.valuesCache.get(text);
    if (cached) return cached;
    const values = Int32Array.from(new Set(this.matcher.find(text).map((h) => h.value)));
    if (this.valuesCache.size < 200_000) this.valuesCache.set(text, values);
    return values;
  }

  private distinctHitValues(texts: readonly string[]): Int32Array {
    const out = new Set<number>();
    for (const t of texts) for (const v of this.hitValues(t)) out.add(v);
    return Int32Array.from(out);
  }

  /** Readable reasons why a text points to one function (`name has "presensi"`), at most `limit`. */
  reasonsFor(text: ClassifiableText, fn: number, limit = 6): string[] {
    const K = PHRASE_KINDS.length;
    const out: string[] = [];
    const seen = new Set<string>();
    for (const [field, values] of this.fieldsOf(text)) {
      const weights = this.model.evidence.fields[field];
      const best = new Map<number, string>();
      for (const v of values) {
        for (const hit of this.matcher.find(v)) {
          if ((hit.value - (hit.value % K)) / K !== fn || weights[PHRASE_KINDS[hit.value % K]!] <= 0) continue;
          const prev = best.get(hit.value);
          if (prev === undefined || hit.phrase.length > prev.length) best.set(hit.value, hit.phrase);
        }
      }
      for (const phrase of best.values()) {
        const reason = this.say.t('function.fieldHas', { field: this.say.t(`function.field.${field}`), phrase });
        if (!seen.has(reason.toLowerCase())) {
          seen.add(reason.toLowerCase());
          out.push(reason);
        }
      }
    }
    if ((text.officeSite || text.officeAddress) && fn === this.officeSiteFunction) {
      out.push(this.say.t('function.officeSite', { address: text.officeSite ? (text.names[0] ?? '') : (text.addresses[0] ?? '') }));
    }
    const data = this.elementScores(text).get(fn);
    if (data) out.push(this.say.t('function.typicalData', { count: Math.round(data / this.model.evidence.dataElement) }));
    return out.slice(0, limit);
  }

  private fieldsOf(text: ClassifiableText): [EvidenceField, string[]][] {
    return [
      ['name', text.names],
      ['description', text.descriptions],
      ['address', text.addresses],
      ['unit', text.units],
      ['category', text.categories],
    ];
  }

  private elementScores(text: ClassifiableText): Map<number, number> {
    const out = new Map<number, number>();
    const seen = text.elements.length > 1 ? new Set<string>() : null;
    for (const e of text.elements) {
      if (seen) {
        if (seen.has(e)) continue;
        seen.add(e);
      }
      const fns = this.elementFunctions.get(e);
      if (fns) for (const fn of fns) out.set(fn, (out.get(fn) ?? 0) + this.model.evidence.dataElement);
    }
    return out;
  }
}

import { PhraseMatcher } from '../features/phrase-matcher.js';
import { messages, type Messages } from '../knowledge/messages.js';
import { familyMembers, type EcosystemCueDef, type FunctionDef } from '../knowledge/taxonomy.js';
import { CHANNEL_ECOSYSTEMS } from '../model/analysis.js';
import { InputError } from '../util/errors.js';
import type { EvidenceField, FunctionModel, PhraseKind } from './function-model.js';
import { TextCache } from '../util/text-cache.js';
import { compactKey } from '../util/text.js';

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
  /** Named as its government's own website (`www.malangkota.go.id`, "Portal Pemda"): evidence for `officeSite.function`. */
  governmentSite?: boolean;
  /** Its own address is an office's (dinkes.x.go.id) though a name is given: the office's website unless its words say otherwise. */
  officeAddress?: boolean;
  /** Named by website words and an office ("Portal Bappeda"): the office as written, whose website it is unless its words say otherwise. */
  siteOf?: string;
  /**
   * Names that are only an office's name ("Dinsos", "RSUD"): they say who runs the app, as a unit column
   * does, unless the name is a service's own (an acronym of the taxonomy: "LPSE", "JDIH").
   */
  officeNames?: string[];
}

export interface FunctionEvidence {
  /** Function index → evidence score. */
  scores: Map<number, number>;
  /** Functions the name or description names with a decisive keyword or acronym (units, data and related words aside). */
  textual: Set<number>;
  /** The part of each function's score that comes from context (managing unit, category, data held), not from the app's own words. */
  context: Map<number, number>;
  /** Functions the words argue against on balance (an `exclude` phrase outweighing what points to them). */
  against: Set<number>;
}

/** The app's own words (its office, category and data are context). */
const TEXT_FIELDS: ReadonlySet<EvidenceField> = new Set<EvidenceField>(['name', 'description', 'address']);

// keywords and acronyms come first: `kind <= 1` below means a decisive kind
const PHRASE_KINDS: PhraseKind[] = ['keywords', 'acronyms', 'related', 'units', 'exclude'];
const UNITS_KIND = PHRASE_KINDS.indexOf('units');
const RELATED_KIND = PHRASE_KINDS.indexOf('related');
/** A word of a family function's channel (ecosystem-cues.yaml): "kiosk" for the population-document kiosks. */
const CHANNEL_KIND = PHRASE_KINDS.length;
const ACRONYM_KIND = PHRASE_KINDS.indexOf('acronyms');
const K = PHRASE_KINDS.length + 1;

/** A phrase value's function and kind (values are `function index * K + kind index`). */
function decode(value: number): [fn: number, kind: number] {
  const kind = value % K;
  return [(value - kind) / K, kind];
}

/** A function's keyword or acronym in the app's own words (name, description, address): the words name the job. */
function namesTheJob(field: EvidenceField, kind: number, weight: number): boolean {
  return weight > 0 && kind <= 1 && TEXT_FIELDS.has(field);
}

/** Scores every taxonomy function by the phrases and data elements an application shows. */
export class KeywordEvidence {
  /**
   * Phrase values are `function index * KINDS + kind index`. A keyword of one function found around a
   * keyword of another hides it: "mobile library" is the mobile library, not also the "library".
   */
  private readonly matcher = new PhraseMatcher<number>((longer, shorter) => {
    const [longFn, longKind] = decode(longer);
    const [shortFn, shortKind] = decode(shorter);
    return longKind <= 1 && shortKind <= 1 && longFn !== shortFn;
  });
  private readonly elementFunctions = new Map<string, number[]>();
  /**
   * Per text (registries repeat units and descriptions): the distinct phrase values (function × kind) it
   * shows, and its related phrases with their function.
   */
  private readonly valuesCache = new TextCache((text) => {
    const hits = this.matcher.find(text);
    const related = hits.filter((h) => h.value % K === RELATED_KIND).map((h) => ({ fn: decode(h.value)[0], phrase: h.phrase }));
    return { values: Int32Array.from(new Set(hits.map((h) => h.value))), related };
  });
  /** The functions' `units` phrases an office name shows, per office name: a cache of its own, as a run has few offices and many names. */
  private readonly officePhrases = new TextCache((unit) =>
    this.matcher
      .find(unit)
      .map((h) => ({ fn: decode(h.value)[0], kind: decode(h.value)[1], phrase: h.phrase }))
      .filter((h) => h.kind === UNITS_KIND),
  );
  private readonly officeSiteFunction: number;
  /** Per function, the other functions of its family (functions.yaml `family`): other channels of one job. */
  private readonly siblings: number[][];

  /** `cues` (ecosystem-cues.yaml): the words of each channel, by which a job named in one channel's words moves to its family's function of another. */
  constructor(
    private readonly functions: readonly FunctionDef[],
    private readonly model: FunctionModel,
    private readonly say: Messages = messages('en'),
    cues: readonly EcosystemCueDef[] = [],
  ) {
    this.officeSiteFunction = functions.findIndex((f) => f.id === model.evidence.officeSite.function);
    if (this.officeSiteFunction < 0) {
      throw new InputError(`function-model.yaml: officeSite.function "${model.evidence.officeSite.function}" is not a function of functions.yaml`);
    }
    functions.forEach((f, i) => {
      PHRASE_KINDS.forEach((kind, k) => {
        for (const p of f[kind]) this.matcher.add(p, i * K + k);
      });
      for (const e of f.dataElements) {
        const list = this.elementFunctions.get(e) ?? this.elementFunctions.set(e, []).get(e)!;
        list.push(i);
      }
    });
    const families = familyMembers(functions);
    this.siblings = functions.map((f) => (families.get(f.family ?? '') ?? []).filter((g) => g !== f).map((g) => functions.indexOf(g)));
    functions.forEach((f, i) => {
      if (!f.family || !CHANNEL_ECOSYSTEMS.has(f.ecosystem)) return;
      for (const cue of cues) if (cue.ecosystem === f.ecosystem) for (const w of cue.words) this.matcher.add(w, i * K + CHANNEL_KIND);
    });
  }

  /**
   * A job named by one function of a family (its keyword "ktp") while the name shows the channel of
   * another ("kiosk"): that other function is named, as much as the first ("Self-service ID Card Kiosk"
   * is the population-document kiosk, though no kiosk keyword is written out).
   */
  private channelTransfers(named: ReadonlyMap<number, number>, channels: ReadonlySet<number>): [to: number, from: number, weight: number][] {
    const out: [number, number, number][] = [];
    for (const to of channels) {
      let from = -1;
      let weight = 0;
      for (const f of this.siblings[to]!) {
        const w = named.get(f) ?? 0;
        if (w > weight) [from, weight] = [f, w];
      }
      if (from >= 0 && !named.has(to)) out.push([to, from, weight]);
    }
    return out;
  }

  /** Scores every function by the phrases and data elements a text shows. */
  score(text: ClassifiableText): FunctionEvidence {
    const scores = new Map<number, number>();
    const context = new Map<number, number>();
    const textual = new Set<number>();
    // the heaviest naming (keyword or acronym in the app's own words) per function, and the channels its name shows
    let named: Map<number, number> | null = null;
    let channels: Set<number> | null = null;
    for (const [field, values] of this.fieldsOf(text)) {
      if (values.length === 0) continue;
      const weights = this.model.evidence.fields[field];
      const isContext = field === 'unit' || field === 'category';
      // each (function, kind) counts once per field, however many records repeat it
      const hits = values.length === 1 ? this.hitValues(values[0]!) : this.distinctHitValues(values);
      for (let h = 0; h < hits.length; h++) {
        const [fn, kind] = decode(hits[h]!);
        if (kind === CHANNEL_KIND) {
          if (field === 'name') (channels ??= new Set()).add(fn);
          continue;
        }
        const w = weights[PHRASE_KINDS[kind]!];
        if (w === 0) continue;
        scores.set(fn, (scores.get(fn) ?? 0) + w);
        if (isContext) context.set(fn, (context.get(fn) ?? 0) + w);
        if (namesTheJob(field, kind, w)) {
          textual.add(fn);
          if (this.siblings[fn]!.length && w > ((named ??= new Map()).get(fn) ?? 0)) named.set(fn, w);
        }
      }
    }
    if (named && channels) {
      for (const [to, , weight] of this.channelTransfers(named, channels)) {
        scores.set(to, (scores.get(to) ?? 0) + weight);
        textual.add(to);
      }
    }
    const elements = this.elementScores(text);
    for (const [fn, s] of elements) {
      if (!this.dataCounts(scores.has(fn), s)) continue;
      const w = Math.min(s, this.model.evidence.dataElementCap);
      scores.set(fn, (scores.get(fn) ?? 0) + w);
      context.set(fn, (context.get(fn) ?? 0) + w);
    }
    // the words describe one job and the data the app holds agree: as much as a keyword of the description
    const described = this.describedFunctions(text).filter((fn) => elements.has(fn));
    if (described.length === 1) {
      const fn = described[0]!;
      scores.set(fn, (scores.get(fn) ?? 0) + this.model.evidence.fields.description.keywords);
      textual.add(fn);
    }
    const site = this.officeSiteFunction;
    if (this.officeWebsite(text, textual.size > 0)) {
      scores.set(site, (scores.get(site) ?? 0) + this.model.evidence.officeSite.weight);
      textual.add(site);
    }
    const against = new Set<number>();
    for (const [fn, s] of scores) {
      if (s < 0) against.add(fn);
      if (s <= 0) scores.delete(fn);
    }
    for (const fn of textual) if (!scores.has(fn)) textual.delete(fn);
    return { scores, textual, context, against };
  }

  private hitValues(text: string): Int32Array {
    return this.valuesCache.get(text).values;
  }

  private distinctHitValues(texts: readonly string[]): Int32Array {
    const out = new Set<number>();
    for (const t of texts) for (const v of this.hitValues(t)) out.add(v);
    return Int32Array.from(out);
  }

  /**
   * Functions the app's own words describe with several different supporting words, none decisive alone
   * ("bantuan biaya kuliah bagi mahasiswa berprestasi dan kurang mampu": a scholarship). When the data it
   * holds agree and no other function is so described (the caller's part), it is named as by a keyword.
   */
  private describedFunctions(text: ClassifiableText): number[] {
    const phrases = new Map<number, Set<string>>();
    for (const values of [text.names, text.descriptions, text.addresses]) {
      for (const v of values) for (const { fn, phrase } of this.valuesCache.get(v).related) (phrases.get(fn) ?? phrases.set(fn, new Set()).get(fn)!).add(phrase);
    }
    return [...phrases].filter(([, found]) => found.size >= this.model.evidence.relatedToName).map(([fn]) => fn);
  }

  /** Data elements count for a function the text's phrases already point to, or when they are many. */
  private dataCounts(phraseEvidence: boolean, dataScore: number): boolean {
    return phraseEvidence || dataScore >= this.model.evidence.dataElement * 2;
  }

  /**
   * Why the app is an office's website, or null: its own address is the office's, and it is named by it
   * or its words name no function ("SIDUGT" at dinkes.x.go.id); or its name is website words and an
   * office ("Portal Bappeda", "Laman Dinas Pariwisata"), its words naming no job and the "office" no
   * service's own name (LPSE, JDIH: "Portal LPSE" is the procurement service).
   */
  private officeWebsite(text: ClassifiableText, wordsNameAFunction: boolean): 'address' | 'name' | 'government' | null {
    if (text.officeSite || (text.officeAddress && !wordsNameAFunction)) return 'address';
    if (text.governmentSite) return 'government';
    if (!text.siteOf || wordsNameAFunction) return null;
    return this.namesAService(text.siteOf) ? null : 'name';
  }

  /** The text is, in full, an acronym of the taxonomy: a service's own name ("LPSE", "JDIH"), though an office is called so too. */
  private namesAService(text: string): boolean {
    const whole = compactKey(text);
    return this.matcher.find(text).some((h) => decode(h.value)[1] === ACRONYM_KIND && compactKey(h.phrase) === whole);
  }

  /** Readable reasons why a text points to one function (`name has "presensi"`), at most `limit`: only evidence `score` counts. */
  reasonsFor(text: ClassifiableText, fn: number, limit = 6): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    let phraseEvidence = false;
    let wordsNameAFunction = false;
    const named = new Map<number, number>();
    const channelWords = new Map<number, string>();
    for (const [field, values] of this.fieldsOf(text)) {
      const weights = this.model.evidence.fields[field];
      const best = new Map<number, string>();
      for (const v of values) {
        for (const hit of this.matcher.find(v)) {
          const [hitFn, kind] = decode(hit.value);
          if (kind === CHANNEL_KIND) {
            if (field === 'name' && !channelWords.has(hitFn)) channelWords.set(hitFn, hit.phrase);
            continue;
          }
          const w = weights[PHRASE_KINDS[kind]!];
          if (namesTheJob(field, kind, w)) {
            wordsNameAFunction = true;
            if (w > (named.get(hitFn) ?? 0)) named.set(hitFn, w);
          }
          if (hitFn !== fn || w === 0) continue;
          phraseEvidence = true;
          if (w < 0) continue;
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
    if (channelWords.has(fn)) {
      const transfer = this.channelTransfers(named, new Set([fn]))[0];
      if (transfer) {
        phraseEvidence = true;
        out.unshift(this.say.t('function.channelWords', { word: channelWords.get(fn)!, from: this.say.label(this.functions[transfer[1]]!.label) }));
      }
    }
    const website = fn === this.officeSiteFunction ? this.officeWebsite(text, wordsNameAFunction) : null;
    if (website === 'address') out.push(this.say.t('function.officeSite', { address: text.officeSite ? (text.names[0] ?? '') : (text.addresses[0] ?? '') }));
    if (website === 'name') out.push(this.say.t('function.siteOfOffice', { office: text.siteOf! }));
    if (website === 'government') out.push(this.say.t('function.governmentSite', { name: text.names[0] ?? '' }));
    const data = this.elementScores(text).get(fn);
    if (data && this.dataCounts(phraseEvidence, data)) out.push(this.say.t('function.typicalData', { count: Math.round(data / this.model.evidence.dataElement) }));
    return out.slice(0, limit);
  }

  /**
   * The phrase of a function's `units` list that the text's office names ("kepegawaian" in "Badan
   * Kepegawaian Daerah"): the app is run by the office whose job the function is. Null when none does.
   */
  dutyOfficePhrase(text: ClassifiableText, fn: number): string | null {
    for (const unit of text.units) {
      const hit = this.officePhrases.get(unit).find((h) => h.fn === fn);
      if (hit) return hit.phrase;
    }
    return null;
  }

  private fieldsOf(text: ClassifiableText): [EvidenceField, string[]][] {
    const offices = text.officeNames?.filter((n) => !this.namesAService(n)) ?? [];
    return [
      ['name', offices.length ? text.names.filter((n) => !offices.includes(n)) : text.names],
      ['description', text.descriptions],
      ['address', text.addresses],
      ['unit', offices.length ? [...text.units, ...offices] : text.units],
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

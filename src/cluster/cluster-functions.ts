import { messages, type Messages } from '../knowledge/messages.js';
import type { FunctionDef, Knowledge } from '../knowledge/taxonomy.js';
import type { Application, FunctionAssignment, FunctionCluster } from '../model/analysis.js';
import type { FunctionGuess } from '../link/compare.js';
import type { InventoryRecord } from '../model/inventory.js';
import { officeMentions } from '../features/office-mentions.js';
import { standardWord } from '../features/phrase-matcher.js';
import { regionTokensOf, type RecordFeatures } from '../features/record-features.js';
import { spelledOutName } from '../features/name-features.js';
import { fold } from '../util/text.js';
import type { FunctionModel } from './function-model.js';
import type { ClassifiableText } from './keyword-evidence.js';
import type { FunctionScoring } from './function-scorer.js';
import { termsOf } from './terms.js';
import { Centroid, type SparseVector } from './tfidf.js';
import { TextCache } from '../util/text-cache.js';

/** Per word set (one per government, from `regionTokensOf`), texts without those words. */
const strippedCache = new WeakMap<ReadonlySet<string>, TextCache<string>>();
const ASCII = /^[\x00-\x7f]*$/;

/** Removes whole words (case-insensitive) from a text; cached per word set and text. */
function withoutWords(text: string, words: ReadonlySet<string>): string {
  if (words.size === 0) return text;
  let byText = strippedCache.get(words);
  if (!byText) strippedCache.set(words, (byText = new TextCache((t) => stripWords(t, words))));
  return byText.get(text);
}

function stripWords(text: string, words: ReadonlySet<string>): string {
  // an ASCII text holds a folded whole word only if its lower case holds the word at all
  if (ASCII.test(text)) {
    const lower = text.toLowerCase();
    let any = false;
    for (const w of words) if (lower.includes(w)) any = true;
    if (!any) return text;
  }
  return fold(text)
    .split(' ')
    .some((w) => words.has(w))
    ? text
        .split(/(\s+)/)
        .filter((w) => !words.has(fold(w)))
        .join('')
    : text;
}

/** What a record offers for classification; `features` from buildRecordFeatures for the same record. */
export function recordText(
  r: InventoryRecord,
  features: Pick<RecordFeatures, 'nameText' | 'unitName' | 'officeSite' | 'addressLabel' | 'officeAddress' | 'siteName' | 'descriptionSite' | 'governmentSite'>,
): ClassifiableText {
  const { nameText, unitName, officeSite, addressLabel, officeAddress, siteName, descriptionSite, governmentSite } = features;
  const region = regionTokensOf(r);
  // an office named inside the description says who runs the app, as the unit column does
  const described = r.description && !descriptionSite ? officeMentions(r.description) : null;
  const description = descriptionSite ? descriptionSite.site : described?.text;
  // "SIKD - Sistem Informasi Keuangan Daerah": the name's own spelling-out says what the short form means
  const name = withoutWords(siteName?.site ? siteName.site : (spelledOutName(nameText) ?? nameText), region);
  // the office's own address (disdukcapil.x.go.id) under a website's name says who runs it, not what it does
  const addressIsOffice = siteName !== null && officeAddress;
  return {
    // "Website Puskesmas": the app is a website; the puskesmas is who runs it, as a unit column says.
    // A name that is only an office ("Dinsos", "LPSE") stays the name: it may be a service's own name.
    names: [name],
    descriptions: description?.trim() ? [withoutWords(description, region)] : [],
    addresses: addressLabel && !addressIsOffice ? [addressLabel] : [],
    units: [r.unit, unitName, siteName?.office, descriptionSite?.office, addressIsOffice ? addressLabel : null, ...(described?.offices ?? [])].filter((u): u is string => Boolean(u)),
    categories: r.category ? [r.category] : [],
    elements: r.dataElements,
    ...(officeSite ? { officeSite } : {}),
    ...(governmentSite ? { governmentSite } : {}),
    ...(officeAddress ? { officeAddress } : {}),
    ...(siteName ? { siteOf: siteName.office } : {}),
    ...(siteName && !siteName.site ? { officeNames: [name] } : {}),
  };
}

/** Record-level guesses, used as a linking signal (two records of different functions are two apps). */
export function recordGuesses(scoring: FunctionScoring, functions: readonly FunctionDef[]): FunctionGuess[] {
  return scoring.items.map((it) => {
    const [a, b] = it.candidates;
    if (!a || it.novel) return { fn: null, confident: false };
    return { fn: functions[a.fn]!.id, confident: a.evidence >= 3 && (!b || a.combined >= b.combined * 1.5) };
  });
}

export interface FunctionClustering {
  assignments: FunctionAssignment[];
  clusters: FunctionCluster[];
}

/**
 * Places each application in a function cluster: the taxonomy function its records score best on,
 * or, for applications no function fits, a discovered cluster of similar applications.
 */
export function clusterApplications(
  apps: readonly Application[],
  scoring: FunctionScoring,
  knowledge: Knowledge,
  model: FunctionModel,
  appTexts: readonly ClassifiableText[],
  say: Messages = messages('en'),
): FunctionClustering {
  const functions = knowledge.functions;
  const assignments: FunctionAssignment[] = [];
  const novelApps: number[] = [];
  apps.forEach((app, a) => {
    const totals = new Map<number, { combined: number; evidence: number; cosine: number }>();
    let allNovel = true;
    for (const r of app.records) {
      const item = scoring.items[r]!;
      if (!item.novel) allNovel = false;
      for (const c of item.candidates) {
        const t = totals.get(c.fn) ?? { combined: 0, evidence: 0, cosine: 0 };
        t.combined += c.combined;
        t.evidence = Math.max(t.evidence, c.evidence);
        t.cosine = Math.max(t.cosine, c.cosine);
        totals.set(c.fn, t);
      }
    }
    const ranked = [...totals.entries()].sort((x, y) => y[1].combined - x[1].combined);
    if (allNovel || ranked.length === 0) {
      novelApps.push(a);
      assignments.push({ clusterId: '', function: '', confidence: 0, reasons: [] });
      return;
    }
    const [fn, best] = ranked[0]!;
    const second = ranked[1]?.[1].combined ?? 0;
    const def = functions[fn]!;
    const reasons: string[] = [];
    reasons.push(...scoring.keywords.reasonsFor(appTexts[a]!, fn, 4));
    if (best.cosine > 0) reasons.push(say.t('function.similar', { function: say.label(def.label), cosine: best.cosine.toFixed(2) }));
    if (second > 0) {
      reasons.push(
        say.t('function.runnerUp', {
          function: say.label(functions[ranked[1]![0]]!.label),
          second: (second / app.records.length).toFixed(2),
          best: (best.combined / app.records.length).toFixed(2),
        }),
      );
    }
    const margin = best.combined / (best.combined + second);
    const confidence = Math.round(Math.min(1, margin * Math.min(1, best.combined / app.records.length / 0.6)) * 100) / 100;
    assignments.push({ clusterId: def.id, function: def.id, confidence, reasons });
  });

  const discovered = discoverClusters(novelApps, appTexts, scoring, model);
  for (const d of discovered) {
    for (const a of d.members) {
      assignments[a] = {
        clusterId: d.id,
        function: d.id,
        confidence: d.members.length > 1 ? 0.5 : 0.3,
        reasons: [
          d.members.length > 1
            ? say.t('function.discoveredGroup', { count: d.members.length - 1, terms: d.terms.slice(0, 3).join('", "') })
            : say.t('function.discoveredAlone'),
        ],
      };
    }
  }

  const clusters = buildClusters(apps, assignments, knowledge, discovered.map((d) => discoveredCluster(d.id, d.terms)));
  return { assignments, clusters };
}

interface Discovered {
  id: string;
  members: number[];
  terms: string[];
}

function discoverClusters(novelApps: number[], appTexts: readonly ClassifiableText[], scoring: FunctionScoring, model: FunctionModel): Discovered[] {
  // each leader's norm is kept up to date as members join, not recomputed over the vocabulary per comparison
  const leaders: { centroid: Centroid; norm: number; members: number[] }[] = [];
  const vectors: SparseVector[] = novelApps.map((a) => scoring.tfidf.transform(termsOf(appTexts[a]!, model.features)));
  novelApps.forEach((a, k) => {
    const v = vectors[k]!;
    let best = -1;
    let bestCos = model.novelty.clusterCosine;
    leaders.forEach((l, i) => {
      const c = l.centroid.dot(v) / Math.max(1e-9, l.norm);
      if (c >= bestCos) {
        bestCos = c;
        best = i;
      }
    });
    if (best < 0) {
      const centroid = new Centroid(scoring.tfidf.size);
      centroid.add(v);
      leaders.push({ centroid, norm: norm(centroid), members: [a] });
    } else {
      const leader = leaders[best]!;
      leader.centroid.add(v);
      leader.norm = norm(leader.centroid);
      leader.members.push(a);
    }
  });
  const used = new Map<string, number>();
  return leaders.map((l) => {
    const written = surfaceWords(l.members.map((a) => appTexts[a]!));
    // the label shows words as the apps write them; comparison forms (logbok, prefix-less obile) stay inside
    const terms = l.centroid
      .top(scoring.tfidf.terms, 12)
      .filter((t) => t.startsWith('w:') && written.has(t.slice(2)))
      .map((t) => written.get(t.slice(2))!)
      .slice(0, 6);
    const base = `new_${terms.slice(0, 2).join('_') || 'app'}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { id: n === 1 ? base : `${base}_${n}`, members: l.members, terms };
  });
}

/** Comparison form → the word as written (folded), over the names and descriptions of some apps. */
function surfaceWords(texts: readonly ClassifiableText[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of texts) {
    for (const value of [...t.names, ...t.descriptions]) {
      for (const word of fold(value).split(' ')) {
        const form = standardWord(word);
        if (word && !out.has(form)) out.set(form, word);
      }
    }
  }
  return out;
}

function norm(c: Centroid): number {
  let s = 0;
  for (const x of c.values) s += x * x;
  return Math.sqrt(s);
}

function discoveredCluster(id: string, terms: string[]): FunctionCluster {
  return {
    id,
    function: id,
    label: `Baru: ${terms.slice(0, 3).join(', ')}`,
    labelEn: `New: ${terms.slice(0, 3).join(', ')}`,
    origin: 'discovered',
    ecosystem: 'electronic',
    platformId: null,
    appIds: [],
    governments: 0,
    terms,
  };
}

/** The (empty) cluster of a taxonomy function. */
export function taxonomyCluster(def: FunctionDef): FunctionCluster {
  return {
    id: def.id,
    function: def.id,
    label: def.label.id,
    labelEn: def.label.en,
    origin: 'taxonomy',
    ecosystem: def.ecosystem,
    platformId: def.platform,
    appIds: [],
    governments: 0,
    terms: def.keywords.slice(0, 5),
  };
}

/** Function clusters from assignments: taxonomy functions, and discovered clusters described by `known`. */
export function buildClusters(
  apps: readonly Application[],
  assignments: readonly FunctionAssignment[],
  knowledge: Knowledge,
  known: readonly FunctionCluster[],
): FunctionCluster[] {
  const byId = new Map<string, FunctionCluster>();
  const govs = new Map<string, Set<string>>();
  const knownById = new Map(known.map((c) => [c.id, c]));
  assignments.forEach((as, a) => {
    let cluster = byId.get(as.clusterId);
    if (!cluster) {
      const def = knowledge.functionById.get(as.function);
      const d = knownById.get(as.clusterId);
      cluster = def ? taxonomyCluster(def) : discoveredCluster(as.clusterId, d?.terms ?? []);
      byId.set(as.clusterId, cluster);
      govs.set(as.clusterId, new Set());
    }
    cluster.appIds.push(apps[a]!.appId);
    govs.get(as.clusterId)!.add(apps[a]!.government.code || apps[a]!.government.name);
  });
  for (const c of byId.values()) c.governments = govs.get(c.id)!.size;
  return [...byId.values()].sort((a, b) => b.appIds.length - a.appIds.length || a.id.localeCompare(b.id));
}

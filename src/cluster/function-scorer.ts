import type { Messages } from '../knowledge/messages.js';
import type { EcosystemCueDef, FunctionDef } from '../knowledge/taxonomy.js';
import type { FunctionModel } from './function-model.js';
import { KeywordEvidence, type ClassifiableText, type FunctionEvidence } from './keyword-evidence.js';
import { termsOf } from './terms.js';
import { Centroid, CentroidIndex, TfIdf, type SparseVector } from './tfidf.js';

export interface FunctionCandidate {
  fn: number;
  combined: number;
  cosine: number;
  evidence: number;
}

export interface ItemFunctionScores {
  /** Best candidates, best first (at most 3). */
  candidates: FunctionCandidate[];
  evidence: FunctionEvidence;
  /** No keyword evidence and far from every function: a candidate for a discovered cluster. */
  novel: boolean;
}

export interface FunctionScoring {
  items: ItemFunctionScores[];
  vectors: SparseVector[];
  tfidf: TfIdf;
  keywords: KeywordEvidence;
}

function top(evidence: Map<number, number>): [number, number, number] {
  let bestFn = -1;
  let best = 0;
  let second = 0;
  for (const [fn, s] of evidence) {
    if (s > best) {
      second = best;
      best = s;
      bestFn = fn;
    } else if (s > second) second = s;
  }
  return [bestFn, best, second];
}

/**
 * Scores items (records or applications) against the taxonomy: keyword evidence seeds each function,
 * TF-IDF centroids learned from the seeds generalise to wording no keyword covers.
 */
export function scoreFunctions(
  texts: readonly ClassifiableText[],
  functions: readonly FunctionDef[],
  model: FunctionModel,
  say?: Messages,
  cues: readonly EcosystemCueDef[] = [],
): FunctionScoring {
  const kw = new KeywordEvidence(functions, model, say, cues);
  const evidence = texts.map((t) => kw.score(t));
  const tfidf = new TfIdf();
  const vectors = tfidf.fit(texts.map((t) => termsOf(t, model.features)));
  const seeded = evidence.map((e) => {
    const [fn, best, second] = top(e.scores);
    return fn >= 0 && best >= model.seeding.minScore && best >= second * model.seeding.ratio ? fn : -1;
  });
  let members = seeded;
  let items: ItemFunctionScores[] = [];
  const textTerms = tfidf.textTermMask();
  for (let round = 0; round < model.combine.rounds; round++) {
    const centroids = centroidsFrom(vectors, members, functions.length, tfidf.size);
    const index = new CentroidIndex(centroids, tfidf.size, textTerms);
    const support = Int32Array.from(centroids, (c) => c.count);
    // each item is scored without its own part of the centroid it helped build (members[i])
    items = vectors.map((v, i) => scoreItem(v, evidence[i]!, index, model, texts[i]!.descriptions.length > 0, members[i]!, support));
    // next round learns from everything placed with a clear margin, not only from keyword seeds
    members = items.map((it, i) => {
      if (seeded[i]! >= 0) return seeded[i]!;
      const [a, b] = it.candidates;
      return a && !it.novel && (!b || a.combined >= b.combined * 1.3) ? a.fn : -1;
    });
  }
  return { items, vectors, tfidf, keywords: kw };
}

/** One normalised centroid per class from labelled vectors (label -1: unlabelled). */
export function centroidsFrom(vectors: readonly SparseVector[], labels: readonly number[], classes: number, size: number): Centroid[] {
  const centroids = Array.from({ length: classes }, () => new Centroid(size));
  labels.forEach((label, i) => {
    if (label >= 0) centroids[label]!.add(vectors[i]!);
  });
  for (const c of centroids) c.normalize();
  return centroids;
}

export function scoreItem(
  v: SparseVector,
  evidence: FunctionEvidence,
  centroids: CentroidIndex,
  model: FunctionModel,
  described: boolean,
  /** The function whose centroid this very item helped build (-1: none): scored without it. */
  own = -1,
  /** Items (records) behind each centroid, if known: a centroid of few is trusted less (`supportPrior`). */
  support?: Int32Array,
): ItemFunctionScores {
  const { keywordWeight, contextWeight, keywordCap, supportPrior } = model.combine;
  const cosines = shrinkBySupport(centroids.scores(v, own), support, own, supportPrior);
  const top = new TopCandidates();
  let bestCos = 0;
  const hasEvidence = evidence.scores.size > 0;
  for (let fn = 0; fn < cosines.length; fn++) {
    const cosine = cosines[fn]!;
    if (cosine > bestCos) bestCos = cosine;
    if (cosine > 0 && !(hasEvidence && evidence.scores.has(fn))) top.offer(fn, cosine, cosine, 0);
  }
  for (const [fn, ev] of evidence.scores) {
    if (ev <= 0) continue;
    // the app's own words count fully; its office and data only as a hint
    const ctx = Math.min(ev, Math.max(0, evidence.context.get(fn) ?? 0));
    const ownWords = Math.max(0, ev - ctx);
    const cosine = cosines[fn] ?? 0;
    top.offer(fn, cosine + (keywordWeight * Math.min(ownWords, keywordCap) + contextWeight * Math.min(ctx, keywordCap)) / keywordCap, cosine, ev);
  }
  // With no decisive keyword: an app that describes itself is new when its own words resemble no
  // function (whatever office runs it); an app with no description falls back to every clue.
  let novel = false;
  if (evidence.textual.size === 0) {
    novel = described
      ? maxOf(shrinkBySupport(centroids.textScores(v, own), support, own, supportPrior)) < model.novelty.minTextCosine
      : bestCos < model.novelty.minCosine;
  }
  return { candidates: top.list(), evidence, novel };
}

/** The three best candidates seen, best first; a later candidate must beat the third to enter (ties keep the earlier). */
class TopCandidates {
  private readonly items: FunctionCandidate[] = [];

  offer(fn: number, combined: number, cosine: number, evidence: number): void {
    const items = this.items;
    if (items.length === 3 && combined <= items[2]!.combined) return;
    let at = items.length;
    while (at > 0 && items[at - 1]!.combined < combined) at--;
    items.splice(at, 0, { fn, combined, cosine, evidence });
    if (items.length > 3) items.pop();
  }

  list(): FunctionCandidate[] {
    return this.items;
  }
}

/** Scales each cosine (in place) by m / (m + prior), m the items behind that centroid other than the item itself. */
function shrinkBySupport(cosines: Float64Array, support: Int32Array | undefined, own: number, prior: number): Float64Array {
  if (!support || prior <= 0) return cosines;
  for (let fn = 0; fn < cosines.length; fn++) {
    if (cosines[fn] === 0) continue;
    const m = support[fn]! - (fn === own ? 1 : 0);
    cosines[fn] = m > 0 ? (cosines[fn]! * m) / (m + prior) : 0;
  }
  return cosines;
}

function maxOf(values: Float64Array): number {
  let m = 0;
  for (const x of values) if (x > m) m = x;
  return m;
}

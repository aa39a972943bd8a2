import type { SignalScore } from '../model/analysis.js';

/** Learned weight of each comparison level: log2(m/u), as Splink writes it. */
export type LevelWeights = Map<string, number>;

export interface TrainedModel {
  weights: LevelWeights;
  /** log2(λ / (1 − λ)): the prior odds that a candidate pair is a match. */
  priorWeight: number;
  /** Estimated share of candidate pairs that are matches. */
  lambda: number;
  /**
   * Each comparison's score under the learned weights (prior + level weights), in input order; a level
   * seen only in pairs left out of training keeps its hand-set weight.
   */
  scores: Float64Array;
  /** The estimated match share after each round: it settles where the pairs support a model, and runs away where they do not. */
  lambdas: number[];
}

export interface Comparison {
  signals: readonly SignalScore[];
  /** Excluded from training and never linked (two live hosts). */
  cannotLink: boolean;
  /** Score under the hand-set weights, the starting point. */
  score: number;
}

const levelKey = (s: SignalScore) => `${s.signal}\u0000${s.level}`;
/** Levels of a signal one record of the pair has no value for. */
const NULL_LEVELS: ReadonlySet<string> = new Set(['missing']);

/**
 * Fellegi–Sunter weights estimated without labels by expectation–maximisation over the candidate pairs,
 * starting from the hand-set weights of data/link-model.yaml: each level's m (share among matches) and
 * u (share among non-matches) are re-estimated from the pairs' match probabilities, a few rounds.
 * Smoothing keeps rare levels near even odds, and weights are clamped so no single signal decides alone.
 */
export function trainWeights(comparisons: readonly Comparison[], threshold: number, iterations: number, clamp = 10): TrainedModel {
  // levels as small integers once, so the iterations do arithmetic instead of string look-ups;
  // the levels of training pairs come first, so ids below levelCount are the ones learned
  const levelId = new Map<string, Map<string, number>>();
  const keyOf: string[] = [];
  const signalOf: string[] = [];
  const handWeight: number[] = [];
  const nullLevel: boolean[] = [];
  const idsOf = (c: Comparison) => {
    const ids = new Int32Array(c.signals.length);
    for (let k = 0; k < ids.length; k++) {
      const s = c.signals[k]!;
      const bySignal = levelId.get(s.signal) ?? levelId.set(s.signal, new Map()).get(s.signal)!;
      let id = bySignal.get(s.level);
      if (id === undefined) {
        id = keyOf.length;
        bySignal.set(s.level, id);
        keyOf.push(levelKey(s));
        signalOf.push(s.signal);
        handWeight.push(s.weight);
        nullLevel.push(NULL_LEVELS.has(s.level));
      }
      ids[k] = id;
    }
    return ids;
  };
  const usable = comparisons.filter((c) => !c.cannotLink);
  const levelsOf = usable.map(idsOf);
  const levelCount = keyOf.length;
  const leftOut = comparisons.map((c) => (c.cannotLink ? idsOf(c) : null));
  const levelsPerSignal = new Map<string, number>();
  for (const signal of signalOf.slice(0, levelCount)) levelsPerSignal.set(signal, (levelsPerSignal.get(signal) ?? 0) + 1);
  let p = Float64Array.from(usable, (c) => sigmoid2(c.score - threshold));
  const w = new Float64Array(levelCount);
  let priorWeight = 0;
  let lambda = 0;
  const lambdas: number[] = [];
  for (let it = 0; it < iterations; it++) {
    const m = new Float64Array(levelCount);
    const u = new Float64Array(levelCount);
    let matches = 0;
    for (let i = 0; i < usable.length; i++) {
      const pi = p[i]!;
      matches += pi;
      for (const id of levelsOf[i]!) {
        m[id]! += pi;
        u[id]! += 1 - pi;
      }
    }
    const nonMatches = usable.length - matches;
    lambda = Math.min(0.99, Math.max(0.01, matches / Math.max(1, usable.length)));
    priorWeight = Math.log2(lambda / (1 - lambda));
    lambdas.push(lambda);
    for (let id = 0; id < levelCount; id++) {
      const smoothing = 1 / levelsPerSignal.get(signalOf[id]!)!;
      const mk = (m[id]! + smoothing) / (matches + 1);
      const uk = (u[id]! + smoothing) / (nonMatches + 1);
      // a value one record lacks is never evidence of sameness, though it may be of two records that differ
      w[id] = Math.max(-clamp, Math.min(nullLevel[id] ? 0 : clamp, Math.log2(mk / uk)));
    }
    p = Float64Array.from(levelsOf, (ids) => {
      let score = priorWeight;
      for (const id of ids) score += w[id]!;
      return sigmoid2(score);
    });
  }
  const weights: LevelWeights = new Map();
  for (let id = 0; id < levelCount; id++) weights.set(keyOf[id]!, w[id]!);
  const weightOf = (id: number) => (id < levelCount ? w[id]! : handWeight[id]!);
  let k = 0;
  const scores = Float64Array.from(comparisons, (_, i) => {
    const ids = leftOut[i] ?? levelsOf[k++]!;
    let sum = 0;
    for (const id of ids) sum += weightOf(id);
    return priorWeight + sum;
  });
  return { weights, priorWeight, lambda, scores, lambdas };
}

/**
 * EM settled: the match share moved at most `tolerance` in the last round. Where it is still moving
 * (an independent set whose lists disagree on year, platforms and cost for one app: 0.90, 0.83, 0.73,
 * 0.61…), every round teaches the next that even a shared address says little; such weights are not used.
 */
export function settled(trained: TrainedModel, tolerance: number): boolean {
  const l = trained.lambdas;
  return l.length < 2 || Math.abs(l[l.length - 1]! - l[l.length - 2]!) <= tolerance;
}

/** The learned weights by readable level name (`url/same_host`), for reports. */
export function namedLevelWeights(trained: TrainedModel): [string, number][] {
  return [...trained.weights].map(([key, w]) => [key.replace('\u0000', '/'), w]);
}

/** The same signals with learned weights. */
export function reweigh(signals: readonly SignalScore[], weights: LevelWeights): SignalScore[] {
  return signals.map((s) => ({ ...s, weight: Math.round((weights.get(levelKey(s)) ?? s.weight) * 100) / 100 }));
}

function sigmoid2(x: number): number {
  return 1 / (1 + 2 ** -x);
}

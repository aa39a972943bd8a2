import type { SignalScore } from '../model/analysis.js';

/** Learned weight of each comparison level: log2(m/u), as Splink writes it. */
export type LevelWeights = Map<string, number>;

export interface TrainedModel {
  weights: LevelWeights;
  /** log2(λ / (1 − λ)): the prior odds that a candidate pair is a match. */
  priorWeight: number;
  iterations: number;
  /** Estimated share of candidate pairs that are matches. */
  lambda: number;
}

export interface Comparison {
  signals: readonly SignalScore[];
  /** Excluded from training and never linked (two live hosts). */
  cannotLink: boolean;
  /** Score under the hand-set weights, the starting point. */
  score: number;
}

const levelKey = (s: SignalScore) => `${s.signal}\u0000${s.level}`;

/**
 * Fellegi–Sunter weights estimated without labels by expectation–maximisation over the candidate pairs,
 * starting from the hand-set weights of data/link-model.yaml: each level's m (share among matches) and
 * u (share among non-matches) are re-estimated from the pairs' match probabilities, a few rounds.
 * Smoothing keeps rare levels near even odds, and weights are clamped so no single signal decides alone.
 */
export function trainWeights(comparisons: readonly Comparison[], threshold: number, iterations: number, clamp = 10): TrainedModel {
  const usable = comparisons.filter((c) => !c.cannotLink);
  let p = usable.map((c) => sigmoid2(c.score - threshold));
  let weights: LevelWeights = new Map();
  let priorWeight = 0;
  let lambda = 0;
  for (let it = 0; it < iterations; it++) {
    const m = new Map<string, number>();
    const u = new Map<string, number>();
    const levelsOf = new Map<string, Set<string>>();
    let matches = 0;
    usable.forEach((c, i) => {
      const pi = p[i]!;
      matches += pi;
      for (const s of c.signals) {
        const k = levelKey(s);
        m.set(k, (m.get(k) ?? 0) + pi);
        u.set(k, (u.get(k) ?? 0) + 1 - pi);
        const levels = levelsOf.get(s.signal) ?? levelsOf.set(s.signal, new Set()).get(s.signal)!;
        levels.add(k);
      }
    });
    const nonMatches = usable.length - matches;
    lambda = Math.min(0.99, Math.max(0.01, matches / Math.max(1, usable.length)));
    priorWeight = Math.log2(lambda / (1 - lambda));
    weights = new Map();
    for (const keys of levelsOf.values()) {
      const smoothing = 1 / keys.size;
      for (const k of keys) {
        const mk = ((m.get(k) ?? 0) + smoothing) / (matches + 1);
        const uk = ((u.get(k) ?? 0) + smoothing) / (nonMatches + 1);
        weights.set(k, Math.max(-clamp, Math.min(clamp, Math.log2(mk / uk))));
      }
    }
    p = usable.map((c) => sigmoid2(priorWeight + sumWeights(c.signals, weights)));
  }
  return { weights, priorWeight, iterations, lambda };
}

export function sumWeights(signals: readonly SignalScore[], weights: LevelWeights): number {
  let s = 0;
  for (const x of signals) s += weights.get(levelKey(x)) ?? x.weight;
  return s;
}

/** The same signals with learned weights. */
export function reweigh(signals: readonly SignalScore[], weights: LevelWeights): SignalScore[] {
  return signals.map((s) => ({ ...s, weight: Math.round((weights.get(levelKey(s)) ?? s.weight) * 100) / 100 }));
}

function sigmoid2(x: number): number {
  return 1 / (1 + 2 ** -x);
}

import { hostRelation } from '../features/app-address.js';
import type { RecordFeatures } from '../features/record-features.js';
import type { CandidatePair, SignalScore } from '../model/analysis.js';
import { blockCandidates, type BlockingRule } from './blocking.js';
import { comparePair, type FunctionGuess } from './compare.js';
import type { LinkModel } from './link-model.js';
import { ConstrainedUnionFind } from './union-find.js';
import { reweigh, settled, trainWeights, type TrainedModel } from './em.js';

const NO_SIGNALS: readonly SignalScore[] = Object.freeze([]);

export interface HumanLinkDecision {
  a: number;
  b: number;
  same: boolean;
}

export interface LinkTraining {
  weights: 'learned' | 'hand-set: training off' | 'hand-set: too few candidate pairs' | 'hand-set: EM did not settle';
  /** EM's estimated match share after each round. */
  matchShare: number[];
}

export interface LinkResult {
  /** Application number (dense, 0-based) of each record. */
  appOfRecord: Int32Array;
  appCount: number;
  pairs: CandidatePair[];
  ruleCounts: Record<BlockingRule, number>;
  /** Weights learned from this run's candidate pairs, when training is on and settled. */
  trained: TrainedModel | null;
  /** Which weights decided the links, and why. */
  training: LinkTraining;
}

/** Block, compare, link above the threshold, and close links into applications, strongest first. */
export function linkRecords(
  features: readonly RecordFeatures[],
  functionOf: (i: number) => FunctionGuess,
  model: LinkModel,
  human: readonly HumanLinkDecision[] = [],
): LinkResult {
  const n = features.length;
  const candidates = blockCandidates(features, model);
  const humanByKey = new Map<number, boolean>();
  for (const d of human) humanByKey.set(Math.min(d.a, d.b) * n + Math.max(d.a, d.b), d.same);
  for (const key of humanByKey.keys()) if (!candidates.pairs.has(key)) candidates.pairs.set(key, []);

  const keys = [...candidates.pairs.keys()];
  const comparisons = keys.map((key) => comparePair(features[Math.floor(key / n)]!, features[key % n]!, functionOf(Math.floor(key / n)), functionOf(key % n), model));
  // learned weights replace the hand-set ones when training is on; the decision is then "match more likely than not"
  const training = model.training.em && comparisons.length >= model.training.minPairs ? trainWeights(comparisons, model.threshold, model.training.iterations) : null;
  const trained = training && settled(training, model.training.settleTolerance) ? training : null;
  const threshold = trained ? 0 : model.threshold;
  const keepEvidenceFrom = threshold - model.reviewMargin;
  const pairs: CandidatePair[] = keys.map((key, k) => {
    const a = Math.floor(key / n);
    const b = key % n;
    const cmp = comparisons[k]!;
    const score = trained ? Math.round(trained.scores[k]! * 100) / 100 : cmp.score;
    const verdict = humanByKey.get(key);
    // per-signal evidence is kept for links and near misses (what an analyst reviews), not for clear non-matches
    const keep = verdict !== undefined || score >= keepEvidenceFrom;
    const pair: CandidatePair = {
      a,
      b,
      rules: candidates.pairs.get(key)!,
      score,
      signals: !keep ? NO_SIGNALS : trained ? reweigh(cmp.signals, trained.weights) : cmp.signals,
      linked: verdict ?? (!cmp.cannotLink && score >= threshold),
    };
    if (verdict !== undefined) pair.human = verdict ? 'same' : 'different';
    return pair;
  });

  const uf = new ConstrainedUnionFind(features.map((f) => f.host), (a, b) => hostRelation(a, b) === 'different');
  const forbidden = new Set<number>();
  for (const p of pairs) if (p.human === 'different') forbidden.add(p.a * n + p.b);
  const linked = pairs.filter((p) => p.linked).sort((x, y) => Number(Boolean(y.human)) - Number(Boolean(x.human)) || y.score - x.score);
  for (const p of linked) {
    if (p.human !== 'same' && violatesHumanSplit(uf, p, forbidden, n)) {
      p.linked = false;
      continue;
    }
    if (!uf.union(p.a, p.b) && uf.find(p.a) !== uf.find(p.b)) p.linked = false;
  }
  const appOfRecord = uf.components();
  let appCount = 0;
  for (const c of appOfRecord) if (c + 1 > appCount) appCount = c + 1;
  const why: LinkTraining['weights'] = !model.training.em ? 'hand-set: training off' : !training ? 'hand-set: too few candidate pairs' : trained ? 'learned' : 'hand-set: EM did not settle';
  return { appOfRecord, appCount, pairs, ruleCounts: candidates.ruleCounts, trained, training: { weights: why, matchShare: training ? training.lambdas.map((l) => Math.round(l * 1000) / 1000) : [] } };
}

/** An analyst said two records are different apps: no chain of links may join them. */
function violatesHumanSplit(uf: ConstrainedUnionFind, p: CandidatePair, forbidden: Set<number>, n: number): boolean {
  if (forbidden.size === 0) return false;
  const ra = uf.find(p.a);
  const rb = uf.find(p.b);
  for (const key of forbidden) {
    const x = uf.find(Math.floor(key / n));
    const y = uf.find(key % n);
    if ((x === ra && y === rb) || (x === rb && y === ra)) return true;
  }
  return false;
}

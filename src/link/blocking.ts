import type { RecordFeatures } from '../features/record-features.js';
import type { LinkModel } from './link-model.js';
import { compareCodeUnits } from '../util/text.js';

export type BlockingRule = 'government+host' | 'government+name' | 'government+name-word';

/** Candidate pairs keyed `a*n+b` (a < b) with the rules that produced them. */
export interface CandidateSet {
  pairs: Map<number, BlockingRule[]>;
  ruleCounts: Record<BlockingRule, number>;
  recordCount: number;
}

/**
 * Union of strict blocking rules, each within one government (an app of two governments is two apps):
 * same URL host; same name form (core, short form, long form or learned expansion); a shared name word
 * that few records of that government use (catches typos and partial names).
 */
export function blockCandidates(features: readonly RecordFeatures[], model: LinkModel): CandidateSet {
  const n = features.length;
  const pairs = new Map<number, BlockingRule[]>();
  const ruleCounts: Record<BlockingRule, number> = { 'government+host': 0, 'government+name': 0, 'government+name-word': 0 };
  const addPair = (x: number, y: number, rule: BlockingRule) => {
    const a = Math.min(x, y);
    const b = Math.max(x, y);
    if (a === b) return;
    const key = a * n + b;
    const rules = pairs.get(key);
    if (!rules) {
      pairs.set(key, [rule]);
      ruleCounts[rule]++;
    } else if (!rules.includes(rule)) {
      rules.push(rule);
      ruleCounts[rule]++;
    }
  };
  const { allPairsUpTo, window } = model.blocking;
  const addBlock = (members: number[], rule: BlockingRule) => {
    const span = members.length <= allPairsUpTo ? members.length : window;
    const ordered = members.length <= allPairsUpTo ? members : [...members].sort((x, y) => compareBySortKey(features[x]!, features[y]!) || x - y);
    for (let i = 0; i < ordered.length; i++) {
      for (let j = i + 1; j < ordered.length && j <= i + span; j++) addPair(ordered[i]!, ordered[j]!, rule);
    }
  };
  const byHost = new Blocks();
  const byName = new Blocks();
  const byWord = new Blocks();
  features.forEach((f, i) => {
    const gov = f.government;
    const address = f.host ?? f.listing;
    if (address) byHost.add(gov, address, i);
    for (const v of f.nameVariants) byName.add(gov, v, i);
    for (const t of f.name.comparable) if (t.length >= model.blocking.minTokenLength) byWord.add(gov, t, i);
  });
  // a key shared by very many records of one government says little and would cost quadratic time: skipped
  const cap = model.blocking.maxBlockSize;
  for (const members of byHost.list) if (members.length > 1 && members.length <= cap) addBlock(members, 'government+host');
  for (const members of byName.list) {
    const distinct = unique(members);
    if (distinct.length > 1 && distinct.length <= cap) addBlock(distinct, 'government+name');
  }
  for (const members of byWord.list) {
    if (members.length > 1 && members.length <= model.blocking.maxTokenBlockSize) addBlock(members, 'government+name-word');
  }
  return { pairs, ruleCounts, recordCount: n };
}

/** Records grouped by (government, key), blocks in order of first appearance; no joined string keys. */
class Blocks {
  readonly list: number[][] = [];
  private readonly index = new Map<string, Map<string, number>>();

  add(government: string, key: string, record: number): void {
    let byKey = this.index.get(government);
    if (!byKey) this.index.set(government, (byKey = new Map()));
    const id = byKey.get(key);
    if (id === undefined) {
      byKey.set(key, this.list.length);
      this.list.push([record]);
    } else this.list[id]!.push(record);
  }
}

function unique(list: number[]): number[] {
  return list.length < 2 ? list : [...new Set(list)];
}

/** Sorted-neighbourhood order inside a large block: name core, then host, so likely duplicates sit together. */
function compareBySortKey(a: RecordFeatures, b: RecordFeatures): number {
  return compareCodeUnits(a.name.core, b.name.core) || compareCodeUnits(a.host ?? '', b.host ?? '');
}

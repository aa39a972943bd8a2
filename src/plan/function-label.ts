import type { Knowledge } from '../knowledge/taxonomy.js';
import { clusterLabel, type FunctionCluster } from '../model/analysis.js';

type Label = { id: string; en: string };

/** A function's label: the taxonomy's first, then a discovered cluster's own, then the id. */
export function functionLabel(fn: string, knowledge: Knowledge, clusters: readonly FunctionCluster[]): Label {
  const def = knowledge.functionById.get(fn);
  if (def) return def.label;
  const cluster = clusters.find((c) => c.function === fn);
  return cluster ? clusterLabel(cluster) : { id: fn, en: fn };
}

/** `functionLabel` remembered per function, for the many apps that share one. */
export function functionLabeller(knowledge: Knowledge, clusters: readonly FunctionCluster[]): (fn: string) => Label {
  const cache = new Map<string, Label>();
  return (fn) => cache.get(fn) ?? cache.set(fn, functionLabel(fn, knowledge, clusters)).get(fn)!;
}

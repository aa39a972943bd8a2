import type { Application, FunctionAssignment, FunctionCluster } from '../model/analysis.js';
import type { FunctionScoring } from './function-scorer.js';
import { centroidsFrom } from './function-scorer.js';
import { Centroid, CentroidIndex, TfIdf } from './tfidf.js';

/**
 * The clustering model `analyze` saves in inventory.json so `check` can place proposals without
 * refitting: each cluster's strongest centroid terms and the idf of those terms.
 */
export interface SavedFunctionModel {
  terms: [term: string, idf: number][];
  /** Cluster id → [term index, weight] pairs, strongest first. */
  centroids: Record<string, [number, number][]>;
}

const TERMS_PER_CLUSTER = 300;

export function exportFunctionModel(
  apps: readonly Application[],
  assignments: readonly FunctionAssignment[],
  clusters: readonly FunctionCluster[],
  scoring: FunctionScoring,
): SavedFunctionModel {
  const clusterIndex = new Map(clusters.map((c, i) => [c.id, i]));
  const labels = new Array<number>(scoring.vectors.length).fill(-1);
  apps.forEach((app, a) => {
    const k = clusterIndex.get(assignments[a]!.clusterId) ?? -1;
    for (const r of app.records) labels[r] = k;
  });
  const centroids = centroidsFrom(scoring.vectors, labels, clusters.length, scoring.tfidf.size);
  const used = new Map<number, number>();
  const terms: [string, number][] = [];
  const out: Record<string, [number, number][]> = {};
  centroids.forEach((c, k) => {
    out[clusters[k]!.id] = c.topIds(TERMS_PER_CLUSTER).map((t) => {
      let id = used.get(t);
      if (id === undefined) {
        id = terms.length;
        used.set(t, id);
        terms.push([scoring.tfidf.terms[t]!, Math.round(scoring.tfidf.idfOf(t) * 1e4) / 1e4]);
      }
      return [id, Math.round(c.values[t]! * 1e5) / 1e5];
    });
  });
  return { terms, centroids: out };
}

/** Rebuilds the TF-IDF space and a centroid index (in `clusters` order) from a saved model. */
export function importFunctionModel(saved: SavedFunctionModel, clusters: readonly FunctionCluster[]): { tfidf: TfIdf; index: CentroidIndex } {
  const tfidf = TfIdf.fromIdf(saved.terms);
  const centroids = clusters.map((c) => {
    const centroid = new Centroid(tfidf.size);
    for (const [t, w] of saved.centroids[c.id] ?? []) centroid.values[t] = w;
    centroid.count = 1;
    centroid.normalize();
    return centroid;
  });
  return { tfidf, index: new CentroidIndex(centroids, tfidf.size, tfidf.textTermMask()) };
}

/** Sparse vector: parallel arrays of term ids (ascending) and weights, L2-normalised. */
export interface SparseVector {
  ids: number[];
  weights: number[];
}

export type WeightedTerms = Map<string, number>;

/** TF-IDF over weighted term bags (term frequency already weighted by where the term came from). */
export class TfIdf {
  readonly vocabulary = new Map<string, number>();
  readonly terms: string[] = [];
  private idf: Float64Array = new Float64Array(0);

  fit(documents: readonly WeightedTerms[]): SparseVector[] {
    const df: number[] = [];
    for (const doc of documents) {
      for (const term of doc.keys()) {
        let id = this.vocabulary.get(term);
        if (id === undefined) {
          id = this.terms.length;
          this.vocabulary.set(term, id);
          this.terms.push(term);
          df.push(0);
        }
        df[id]!++;
      }
    }
    const n = documents.length;
    this.idf = Float64Array.from(df, (d) => Math.log((n + 1) / (d + 1)) + 1);
    return documents.map((d) => this.transform(d));
  }

  /** A fitted model from saved terms and their idf (what `analyze` stores for `check`). */
  static fromIdf(entries: Iterable<[string, number]>): TfIdf {
    const t = new TfIdf();
    const idf: number[] = [];
    for (const [term, value] of entries) {
      t.vocabulary.set(term, t.terms.length);
      t.terms.push(term);
      idf.push(value);
    }
    t.idf = Float64Array.from(idf);
    return t;
  }

  idfOf(id: number): number {
    return this.idf[id]!;
  }

  /** Vector of a new document (unknown terms are ignored). */
  transform(doc: WeightedTerms): SparseVector {
    const ids: number[] = [];
    const weights: number[] = [];
    for (const [term, tf] of doc) {
      const id = this.vocabulary.get(term);
      if (id === undefined) continue;
      // insertion keeps ids ascending; documents hold a few dozen terms at most
      const w = tf * this.idf[id]!;
      let at = ids.length;
      ids.push(id);
      weights.push(w);
      while (at > 0 && ids[at - 1]! > id) {
        ids[at] = ids[at - 1]!;
        weights[at] = weights[at - 1]!;
        at--;
      }
      ids[at] = id;
      weights[at] = w;
    }
    let norm = 0;
    for (const w of weights) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k] = weights[k]! / norm;
    return { ids, weights };
  }

  get size(): number {
    return this.terms.length;
  }

  /** 1 for terms taken from names and descriptions (`w:`), 0 for unit and data-element terms. */
  textTermMask(): Uint8Array {
    return Uint8Array.from(this.terms, (t) => (t.startsWith('w:') ? 1 : 0));
  }
}

/** Dense centroid accumulator over a vocabulary. */
export class Centroid {
  readonly values: Float64Array;
  count = 0;
  constructor(size: number) {
    this.values = new Float64Array(size);
  }
  add(v: SparseVector, weight = 1): void {
    for (let k = 0; k < v.ids.length; k++) this.values[v.ids[k]!]! += v.weights[k]! * weight;
    this.count++;
  }
  /** Length of the sum before `normalize` (0 until then): what leave-one-out scoring needs. */
  sumNorm = 0;
  normalize(): void {
    let norm = 0;
    for (const x of this.values) norm += x * x;
    norm = Math.sqrt(norm);
    this.sumNorm = norm;
    if (norm > 0) for (let k = 0; k < this.values.length; k++) this.values[k]! /= norm;
  }
  dot(v: SparseVector): number {
    let s = 0;
    for (let k = 0; k < v.ids.length; k++) s += this.values[v.ids[k]!]! * v.weights[k]!;
    return s;
  }
  /** Ids of the n highest-weighted terms, highest first. */
  topIds(n: number): number[] {
    return [...this.values.keys()]
      .filter((k) => this.values[k]! > 0)
      .sort((a, b) => this.values[b]! - this.values[a]!)
      .slice(0, n);
  }
  /** Highest-weighted terms. */
  top(terms: readonly string[], n: number): string[] {
    return this.topIds(n).map((k) => terms[k]!);
  }
}

/**
 * Centroids turned inside out: for each term, the classes whose centroid holds it. Scoring a sparse
 * vector against all classes then costs only its own terms' postings.
 */
export class CentroidIndex {
  private readonly start: Int32Array;
  private readonly classOf: Int32Array;
  private readonly weight: Float64Array;
  private readonly scratch: Float64Array;
  private readonly textScratch: Float64Array;
  /** Norm of each centroid over the text terms only (see `textScores`). */
  private readonly textNorm: Float64Array;
  /** Length of each class's vector sum before normalising (see `withoutSelf`). */
  private readonly sumNorm: Float64Array;

  constructor(
    centroids: readonly Centroid[],
    size: number,
    /** 1 for terms that come from what an app says about itself (name, description), 0 for unit and data. */
    private readonly textTerms: Uint8Array = new Uint8Array(size).fill(1),
    readonly minWeight = 1e-4,
  ) {
    const counts = new Int32Array(size + 1);
    for (const c of centroids) for (let t = 0; t < size; t++) if (c.values[t]! > minWeight) counts[t + 1]!++;
    for (let t = 0; t < size; t++) counts[t + 1]! += counts[t]!;
    this.start = counts;
    const total = counts[size]!;
    this.classOf = new Int32Array(total);
    this.weight = new Float64Array(total);
    const fill = counts.slice(0, size);
    centroids.forEach((c, k) => {
      for (let t = 0; t < size; t++) {
        const w = c.values[t]!;
        if (w > minWeight) {
          const at = fill[t]!++;
          this.classOf[at] = k;
          this.weight[at] = w;
        }
      }
    });
    this.sumNorm = Float64Array.from(centroids, (c) => c.sumNorm);
    this.scratch = new Float64Array(centroids.length);
    this.textScratch = new Float64Array(centroids.length);
    this.textNorm = Float64Array.from(centroids, (c) => {
      let n = 0;
      for (let t = 0; t < size; t++) if (textTerms[t]) n += c.values[t]! * c.values[t]!;
      return Math.sqrt(n);
    });
  }

  /**
   * Cosine of v with every centroid counting text terms only: how much an app's own words resemble a
   * function, whatever office runs it. The returned array is reused by the next call.
   */
  textScores(v: SparseVector, own = -1): Float64Array {
    const out = this.textScratch.fill(0);
    let norm2 = 0;
    for (let k = 0; k < v.ids.length; k++) {
      const t = v.ids[k]!;
      if (!this.textTerms[t]) continue;
      const x = v.weights[k]!;
      norm2 += x * x;
      for (let p = this.start[t]!; p < this.start[t + 1]!; p++) out[this.classOf[p]!]! += x * this.weight[p]!;
    }
    const norm = Math.sqrt(norm2);
    for (let c = 0; c < out.length; c++) {
      if (c === own) out[c] = this.withoutSelf(c, out[c]!, norm2, this.textNorm[c]!);
      else out[c] = norm > 0 && this.textNorm[c]! > 0 ? out[c]! / (norm * this.textNorm[c]!) : 0;
    }
    return out;
  }

  /**
   * Cosine of v with every centroid; the returned array is reused by the next call. `own` is the class
   * whose centroid v itself helped build: it is scored leave-one-out, so an app is never its own
   * evidence (in a small registry a function's only app would otherwise resemble it perfectly).
   */
  scores(v: SparseVector, own = -1): Float64Array {
    const out = this.scratch.fill(0);
    for (let k = 0; k < v.ids.length; k++) {
      const t = v.ids[k]!;
      const x = v.weights[k]!;
      for (let p = this.start[t]!; p < this.start[t + 1]!; p++) out[this.classOf[p]!]! += x * this.weight[p]!;
    }
    if (own >= 0) {
      let norm2 = 0;
      for (const x of v.weights) norm2 += x * x;
      out[own] = this.withoutSelf(own, out[own]!, norm2, 1);
    }
    return out;
  }

  /**
   * Cosine of v (restricted to some terms: |v|² = norm2) with class c's sum minus v itself, from the dot
   * with the normalised centroid: S·v = |S| dot, |S − v|² = |S|²·partNorm² − 2 S·v + |v|².
   */
  private withoutSelf(c: number, dot: number, norm2: number, partNorm: number): number {
    const S = this.sumNorm[c]!;
    const sv = S * dot;
    const rest2 = S * S * partNorm * partNorm - 2 * sv + norm2;
    if (norm2 <= 0 || rest2 <= 1e-12) return 0;
    return Math.max(0, (sv - norm2) / (Math.sqrt(norm2) * Math.sqrt(rest2)));
  }
}

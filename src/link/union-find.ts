/**
 * Disjoint sets over record indexes with a per-set attribute that must stay consistent:
 * each set remembers the URL hosts its records live on, and refuses to join a set on a host that
 * conflicts with one of them (by default: any other host), so a chain of plausible links cannot merge
 * two live applications.
 */
export class ConstrainedUnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  private readonly hosts: (readonly string[] | null)[];

  constructor(
    hosts: readonly (string | null)[],
    private readonly conflict: (a: string, b: string) => boolean = (a, b) => a !== b,
  ) {
    const n = hosts.length;
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
    this.hosts = hosts.map((h) => (h ? [h] : null));
  }

  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[x] !== root) {
      const next = this.parent[x]!;
      this.parent[x] = root;
      x = next;
    }
    return root;
  }

  canUnion(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const ha = this.hosts[ra];
    const hb = this.hosts[rb];
    return !ha || !hb || ha.every((x) => hb.every((y) => !this.conflict(x, y)));
  }

  /** Joins the sets of a and b; false when they were already one or the join is forbidden. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb || !this.canUnion(ra, rb)) return false;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
    const [ha, hb] = [this.hosts[ra] ?? null, this.hosts[rb] ?? null];
    this.hosts[ra] = ha && hb ? [...new Set([...ha, ...hb])] : (ha ?? hb);
    return true;
  }

  /** Dense component number per element, numbered in order of first appearance. */
  components(): Int32Array {
    const n = this.parent.length;
    const id = new Int32Array(n).fill(-1);
    const out = new Int32Array(n);
    let next = 0;
    for (let i = 0; i < n; i++) {
      const r = this.find(i);
      if (id[r] === -1) id[r] = next++;
      out[i] = id[r]!;
    }
    return out;
  }
}

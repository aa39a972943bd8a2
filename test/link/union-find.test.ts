import { describe, expect, it } from 'vitest';
import { ConstrainedUnionFind } from '../../src/link/union-find.js';

describe('ConstrainedUnionFind', () => {
  it('joins sets and numbers components densely', () => {
    const uf = new ConstrainedUnionFind([null, null, null, null]);
    expect(uf.union(0, 1)).toBe(true);
    expect(uf.union(2, 3)).toBe(true);
    expect(uf.union(1, 0)).toBe(false);
    expect(uf.find(0)).toBe(uf.find(1));
    expect(uf.find(0)).not.toBe(uf.find(2));
    expect(Array.from(uf.components())).toEqual([0, 0, 1, 1]);
  });

  it('never joins two sets living on different hosts, even through a host-less record', () => {
    const uf = new ConstrainedUnionFind(['a.go.id', null, 'b.go.id']);
    expect(uf.union(0, 1)).toBe(true);
    expect(uf.canUnion(1, 2)).toBe(false);
    expect(uf.union(1, 2)).toBe(false);
    expect(uf.find(2)).not.toBe(uf.find(0));
  });

  it('lets sets on the same host join', () => {
    const uf = new ConstrainedUnionFind(['a.go.id', null, 'a.go.id']);
    uf.union(0, 1);
    expect(uf.union(1, 2)).toBe(true);
    expect(new Set(uf.components()).size).toBe(1);
  });

  it('keeps every host a set lives on: a host compatible with one of them must not conflict with another', () => {
    // hosts conflict unless one is a server number ("1.2.3.4") the other may be reached by
    const conflict = (a: string, b: string) => a !== b && !a.startsWith('ip:') && !b.startsWith('ip:');
    const uf = new ConstrainedUnionFind(['ip:1.2.3.4', 'a.go.id', 'b.go.id'], conflict);
    expect(uf.union(0, 1)).toBe(true);
    // b.go.id suits the server number but not a.go.id, which the set also lives on
    expect(uf.union(0, 2)).toBe(false);
    expect(uf.find(2)).not.toBe(uf.find(0));
  });
});

import type { Government, InventoryRecord } from '../model/inventory.js';

export interface FileGovernment {
  government: Government;
  /** Records whose address names this government, of `withHost` records whose address names one. */
  named: number;
  withHost: number;
}

/** Below this share of agreeing addresses a file is taken as several governments' list, row by row. */
const MIN_SHARE = 0.8;

/**
 * The government of a registry with no government column, when its addresses agree on one:
 * a regional list of websites (`*.bantenprov.go.id`) is that region's, apps hosted elsewhere included.
 * `records` are normalised, so each already holds the government its own address names (or none).
 */
export function governmentOfFile(records: readonly InventoryRecord[]): FileGovernment | null {
  const counts = new Map<string, { government: Government; n: number }>();
  let withHost = 0;
  for (const r of records) {
    if (!r.urlHost || !r.government.resolved) continue;
    withHost++;
    const entry = counts.get(r.government.code) ?? counts.set(r.government.code, { government: r.government, n: 0 }).get(r.government.code)!;
    entry.n++;
  }
  let best: { government: Government; n: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  if (!best || best.n < MIN_SHARE * withHost) return null;
  return { government: best.government, named: best.n, withHost };
}

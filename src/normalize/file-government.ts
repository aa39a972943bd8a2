import type { Government, RawRecord } from '../model/inventory.js';
import type { GovernmentResolver } from './government.js';
import { normalizeUrl } from './url.js';

export interface FileGovernment {
  government: Government;
  /** Rows whose address names this government, of `withHost` rows whose address names one. */
  named: number;
  withHost: number;
}

/** Below this share of agreeing addresses a file is taken as several governments' list, row by row. */
const MIN_SHARE = 0.8;

/**
 * The government of a registry with no government column, when its addresses agree on one:
 * a regional list of websites (`*.bantenprov.go.id`) is that region's, apps hosted elsewhere included.
 */
export function governmentOfFile(rows: readonly RawRecord[], governments: GovernmentResolver): FileGovernment | null {
  const counts = new Map<string, { government: Government; n: number }>();
  let withHost = 0;
  for (const row of rows) {
    const host = normalizeUrl(row.fields.url)?.host;
    const government = host ? governments.fromHost(host) : null;
    if (!government) continue;
    withHost++;
    const entry = counts.get(government.code) ?? counts.set(government.code, { government, n: 0 }).get(government.code)!;
    entry.n++;
  }
  let best: { government: Government; n: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  if (!best || best.n < MIN_SHARE * withHost) return null;
  return { government: best.government, named: best.n, withHost };
}

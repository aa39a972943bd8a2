import { basename, extname } from 'node:path';
import type { Government, InventoryRecord } from '../model/inventory.js';
import { fold } from '../util/text.js';
import { governmentLevelWords, type GovernmentResolver } from './government.js';

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

/** Longest run of file-name words tried as a government name ("pemerintah kabupaten kepulauan sula"). */
const MAX_NAME_WORDS = 5;

/**
 * The government a registry's file name states, for a file with no government column and no address
 * naming one: `aplikasi_kab_sleman_2024.xlsx` is Kabupaten Sleman's. Only words from a level word
 * ("kabupaten", "kota", "pemprov") up to the next one count, so `inventaris_daerah.csv` names no one,
 * and a name that states two governments (`kota_batu_dan_kab_malang.csv`) names neither.
 */
export function governmentOfFileName(path: string, resolver: GovernmentResolver): Government | null {
  const words = fold(basename(path, extname(path))).split(' ').filter(Boolean);
  const levels = governmentLevelWords();
  const starts = words.flatMap((w, i) => (levels.has(w) ? [i] : []));
  const found = new Map<string, Government>();
  starts.forEach((start, k) => {
    const end = Math.min(starts[k + 1] ?? words.length, start + MAX_NAME_WORDS);
    for (let stop = end; stop >= start + 2; stop--) {
      const government = resolver.resolve(words.slice(start, stop).join(' '));
      if (government.resolved) {
        found.set(government.code, government);
        break;
      }
    }
  });
  return found.size === 1 ? [...found.values()][0]! : null;
}

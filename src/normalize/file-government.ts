import { basename, extname } from 'node:path';
import type { FileNote, Government, InventoryRecord } from '../model/inventory.js';
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
  return agreedGovernment(records.flatMap((r) => (r.urlHost && r.government.resolved ? [r.government] : [])));
}

/** The government most of `named` (the governments some addresses name) are, when at least MIN_SHARE of them are; else null. */
export function agreedGovernment(named: readonly Government[]): FileGovernment | null {
  const counts = new Map<string, { government: Government; n: number }>();
  for (const government of named) {
    const entry = counts.get(government.code) ?? counts.set(government.code, { government, n: 0 }).get(government.code)!;
    entry.n++;
  }
  let best: { government: Government; n: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  if (!best || best.n < MIN_SHARE * named.length) return null;
  return { government: best.government, named: best.n, withHost: named.length };
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

/**
 * The government of each row of a registry with no government column, settled in place: the one its
 * addresses agree on (a row whose own address names another keeps that one), else the one the file
 * name states. A workbook of one sheet per government (`Kab. Gowa`, `Kota Makassar`) is settled
 * sheet by sheet, each sheet's name standing in for the file name. Returns the notes saying so.
 */
export function settleFileGovernment(
  path: string,
  records: InventoryRecord[],
  sheets: readonly string[] | undefined,
  resolver: GovernmentResolver,
): FileNote[] {
  const bySheet = sheets && sheets.length > 1 ? sheetGovernments(records, sheets, resolver) : null;
  if (!bySheet) return settleGroup(records, () => governmentOfFileName(path, resolver));
  // a row whose own address names a government keeps it (the province's site, a national platform)
  for (const r of records) {
    const government = r.sheet === undefined ? undefined : bySheet.get(r.sheet);
    if (government && !r.government.resolved) r.government = government;
  }
  const named = [...bySheet].slice(0, 3).map(([sheet, g]) => `"${sheet}" → ${g.name}`);
  return [{ key: 'file.governmentFromSheetNames', vars: { sheets: bySheet.size, examples: named.join(', ') } }];
}

/** The government each sheet's name states, when every sheet with rows names one and no two the same; else null. */
function sheetGovernments(records: readonly InventoryRecord[], sheets: readonly string[], resolver: GovernmentResolver): Map<string, Government> | null {
  const used = new Set(records.map((r) => r.sheet));
  const out = new Map<string, Government>();
  const codes = new Set<string>();
  for (const sheet of sheets) {
    if (!used.has(sheet)) continue;
    const government = resolver.resolve(sheet);
    if (!government.resolved || codes.has(government.code)) return null;
    codes.add(government.code);
    out.set(sheet, government);
  }
  return out.size > 1 ? out : null;
}

function settleGroup(records: InventoryRecord[], named: () => Government | null): FileNote[] {
  const found = governmentOfFile(records);
  if (found) {
    // a row whose own address names another government is that one's (the province's site, a national platform)
    let own = 0;
    for (const r of records) {
      if (r.government.resolved && r.government.code !== found.government.code) own++;
      else r.government = found.government;
    }
    const key = own > 0 ? 'file.governmentFromAddresses' : 'file.governmentFromEveryAddress';
    return [{ key, vars: { government: found.government.name, named: found.named, withHost: found.withHost, own } }];
  }
  const government = named();
  if (!government) return [];
  // rows whose own address names a government keep it; the others are the file's
  let own = 0;
  for (const r of records) {
    if (r.government.resolved) own++;
    else r.government = government;
  }
  return [{ key: own > 0 ? 'file.governmentFromFileNameBut' : 'file.governmentFromFileName', vars: { government: government.name, own } }];
}

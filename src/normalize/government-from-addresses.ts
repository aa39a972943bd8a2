import type { FileNote, Government, InventoryRecord } from '../model/inventory.js';
import { fold } from '../util/text.js';
import type { GovernmentResolver } from './government.js';

/** Of a text's rows whose address names a government, at least this many must name the same one, */
const MIN_NAMED = 2;
/** and at least this share of them. */
const MIN_SHARE = 0.8;

export interface AddressReading {
  text: string;
  government: Government;
  records: number;
  named: number;
  withHost: number;
}

/**
 * A government cell no name or alias resolves ("KH", "Bartim": a local short form), whose rows'
 * addresses agree on one government (kapuashulukab.go.id), is that government, for its rows with no
 * address too. Records of one file are updated in place; returns what was read, for the notes.
 */
export function settleGovernmentsByAddresses(records: InventoryRecord[], resolver: GovernmentResolver): AddressReading[] {
  const byText = new Map<string, InventoryRecord[]>();
  for (const r of records) {
    if (r.government.resolved || !r.governmentRaw) continue;
    const key = fold(r.governmentRaw);
    (byText.get(key) ?? byText.set(key, []).get(key)!).push(r);
  }
  const readings: AddressReading[] = [];
  for (const rows of byText.values()) {
    const counts = new Map<string, { government: Government; n: number }>();
    let withHost = 0;
    for (const r of rows) {
      const government = r.urlHost ? resolver.fromHost(r.urlHost) : null;
      if (!government?.resolved) continue;
      withHost++;
      const entry = counts.get(government.code) ?? counts.set(government.code, { government, n: 0 }).get(government.code)!;
      entry.n++;
    }
    let best: { government: Government; n: number } | null = null;
    for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
    if (!best || best.n < MIN_NAMED || best.n < MIN_SHARE * withHost) continue;
    for (const r of rows) r.government = best.government;
    readings.push({ text: rows[0]!.governmentRaw, government: best.government, records: rows.length, named: best.n, withHost });
  }
  return readings;
}

export function addressReadingNote(reading: AddressReading): FileNote {
  const { text, government, records, named, withHost } = reading;
  return { key: 'file.governmentFromRowAddresses', vars: { text, government: government.name, count: records, named, withHost } };
}

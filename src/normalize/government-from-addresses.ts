import type { FileNote, InventoryRecord } from '../model/inventory.js';
import { fold } from '../util/text.js';
import { agreedGovernment, type FileGovernment } from './file-government.js';
import type { GovernmentResolver } from './government.js';

/** Of a text's rows whose address names a government, at least this many must name the same one (and most: agreedGovernment). */
const MIN_NAMED = 2;

/** A government cell's text, its rows, and the government their addresses agree on. */
export interface AddressReading extends FileGovernment {
  text: string;
  records: number;
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
    const named = rows.flatMap((r) => {
      const government = r.urlHost ? resolver.fromHost(r.urlHost) : null;
      return government?.resolved ? [government] : [];
    });
    const best = agreedGovernment(named);
    if (!best || best.named < MIN_NAMED) continue;
    for (const r of rows) r.government = best.government;
    readings.push({ ...best, text: rows[0]!.governmentRaw, records: rows.length });
  }
  return readings;
}

export function addressReadingNote(reading: AddressReading): FileNote {
  const { text, government, records, named, withHost } = reading;
  return { key: 'file.governmentFromRowAddresses', vars: { text, government: government.name, count: records, named, withHost } };
}

import type { FileNote, Government, InventoryRecord } from '../model/inventory.js';

export interface NamesakeReading {
  /** The file (`source`) of the records so read. */
  source: string;
  text: string;
  government: Government;
  records: number;
  /** Read from a short form ("Kota Smg"), not a shared name. */
  shortForm: boolean;
}

/**
 * A government written by a name two governments share ("Bogor": the city and the regency), with no
 * level word or address to tell which, is the one of them the registries otherwise name, when they
 * name exactly one: a list that only ever mentions Kabupaten Bogor means the regency by "Dinsos Bogor".
 * So is a short form ("Kota Smg": Semarang, or another city with those letters). When the registries
 * name several, the one its own file names is meant, if only one.
 * Returns what was read, per file and text, for the analyst's notes; records are updated in place.
 */
export function settleNamesakes(records: InventoryRecord[]): NamesakeReading[] {
  const named = new Set<string>();
  const namedInFile = new Map<string, Set<string>>();
  for (const r of records) {
    if (!r.government.resolved) continue;
    named.add(r.government.code);
    (namedInFile.get(r.source) ?? namedInFile.set(r.source, new Set()).get(r.source)!).add(r.government.code);
  }
  const readings = new Map<string, NamesakeReading>();
  for (const r of records) {
    const namesakes = r.government.namesakes;
    if (!namesakes) continue;
    let known = namesakes.filter((g) => named.has(g.code));
    if (known.length > 1) known = known.filter((g) => namedInFile.get(r.source)?.has(g.code));
    if (known.length !== 1) continue;
    const text = r.governmentRaw || r.unit || '';
    const key = `${r.source}\u0000${text}`;
    const shortForm = r.government.shortForm === true;
    const reading = readings.get(key) ?? readings.set(key, { source: r.source, text, government: known[0]!, records: 0, shortForm }).get(key)!;
    reading.records++;
    r.government = known[0]!;
  }
  return [...readings.values()];
}

export function namesakeNote(reading: NamesakeReading): FileNote {
  return { key: reading.shortForm ? 'file.governmentFromShortForm' : 'file.governmentFromNamesake', vars: { text: reading.text, government: reading.government.name, count: reading.records } };
}

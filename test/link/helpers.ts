import { buildApplications } from '../../src/link/applications.js';
import type { Application } from '../../src/model/analysis.js';
import type { Government, InventoryRecord } from '../../src/model/inventory.js';

let next = 0;

const GOV: Record<string, Government> = {
  banyuwangi: { code: '35.10', name: 'Kabupaten Banyuwangi', level: 'kabupaten', resolved: true },
  dumai: { code: '14.72', name: 'Kota Dumai', level: 'kota', resolved: true },
};

/** A normalised record with sensible defaults, for stage tests. */
export function record(partial: Partial<InventoryRecord> & { name: string; gov?: keyof typeof GOV }): InventoryRecord {
  const { gov = 'banyuwangi', ...rest } = partial;
  const index = next++;
  return {
    index,
    source: 'test.csv',
    sourceId: String(index + 1),
    line: index + 2,
    governmentRaw: GOV[gov]!.name,
    government: GOV[gov]!,
    unit: null,
    description: null,
    url: null,
    urlHost: null,
    platforms: ['web'],
    dataElements: [],
    status: 'active',
    statusRaw: 'Aktif',
    year: null,
    annualCost: null,
    monthlyUsers: null,
    category: null,
    kind: null,
    extra: {},
    ...rest,
  };
}

/** Re-number records so `index` matches their position. */
export function indexed(records: InventoryRecord[]): InventoryRecord[] {
  return records.map((r, i) => ({ ...r, index: i, sourceId: r.sourceId }));
}

/** One application of one record, built the way the pipeline builds it. */
export function application(partial: Partial<InventoryRecord> & { name: string; gov?: keyof typeof GOV }): Application {
  return buildApplications([record({ ...partial, index: 0 })], Int32Array.of(0), 1, [])[0]!;
}

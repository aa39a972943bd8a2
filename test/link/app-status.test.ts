import { describe, expect, it } from 'vitest';
import { buildApplications } from '../../src/link/applications.js';
import { listYear } from '../../src/ingest/list-year.js';
import type { InventoryRecord } from '../../src/model/inventory.js';
import { indexed, record } from './helpers.js';

const oneApp = (records: InventoryRecord[]) => buildApplications(indexed(records), new Int32Array(records.length), 1, [])[0]!;

describe('the status of an app several lists name', () => {
  it('is what most records say, a tie going to the livelier, when no list is dated', () => {
    expect(oneApp([record({ name: 'A', status: 'inactive' }), record({ name: 'A', status: 'inactive' }), record({ name: 'A', status: 'active' })]).status).toBe('inactive');
    expect(oneApp([record({ name: 'A', status: 'inactive' }), record({ name: 'A', status: 'active' })]).status).toBe('active');
  });

  it('is what the records that state one say: a list with no status column is no vote for life', () => {
    expect(oneApp([record({ name: 'A', status: 'unknown', statusRaw: null }), record({ name: 'A', status: 'inactive' })]).status).toBe('inactive');
    expect(oneApp([record({ name: 'A', status: 'unknown', statusRaw: null }), record({ name: 'A', status: 'unknown', statusRaw: null })]).status).toBe('unknown');
  });

  it('is the newest list\'s, against the older lists\' majority, and says which list', () => {
    const app = oneApp([
      record({ name: 'A', source: 'a_2025.csv', status: 'active', asOf: 2025 }),
      record({ name: 'A', source: 'b_2025.csv', status: 'active', asOf: 2025 }),
      record({ name: 'A', source: 'resubmisi_2026.csv', status: 'inactive', statusRaw: 'Tidak Aktif', asOf: 2026 }),
    ]);
    expect(app.status).toBe('inactive');
    expect(app.statusFrom).toEqual({ source: 'resubmisi_2026.csv', year: 2026, raw: 'Tidak Aktif' });
  });

  it('keeps the majority where the newest list says nothing of the status, or agrees', () => {
    const silent = oneApp([
      record({ name: 'A', status: 'inactive', asOf: 2025 }),
      record({ name: 'A', status: 'inactive', asOf: 2025 }),
      record({ name: 'A', status: 'unknown', statusRaw: null, asOf: 2026 }),
    ]);
    expect(silent.status).toBe('inactive');
    expect(silent.statusFrom).toBeUndefined();
  });

  it('holds the run\'s newest list over an undated one, but not an older dated list', () => {
    const run = [record({ name: 'Other', status: 'active', asOf: 2025 }), record({ name: 'Other', status: 'active', asOf: 2026 })];
    const apps = (records: InventoryRecord[]) => buildApplications(indexed([...run, ...records]), Int32Array.from([0, 0, ...records.map(() => 1)]), 2, [])[1]!;
    expect(apps([record({ name: 'A', status: 'active' }), record({ name: 'A', status: 'active' }), record({ name: 'A', status: 'inactive', asOf: 2026 })]).status).toBe('inactive');
    expect(apps([record({ name: 'A', status: 'active' }), record({ name: 'A', status: 'active' }), record({ name: 'A', status: 'inactive', asOf: 2025 })]).status).toBe('active');
  });
});

describe('listYear', () => {
  const now = new Date('2026-12-07');
  it.each([
    ['a status column that names a year', 'x/inventaris.csv', { status: 'status_2026' }, 2026],
    ['a cost column that names a year', 'x/inventaris.csv', { annualCost: 'Biaya 2025 (Rp)' }, 2025],
    ['the file name', 'x/inventaris_diskominfo_2025.csv', {}, 2025],
    ['the column before the file name', 'x/daftar-2024.csv', { status: 'Status 2026' }, 2026],
  ])('%s', (_label, path, mapping, year) => {
    expect(listYear(path, mapping, now)?.year).toBe(year);
  });

  it.each([
    ['no year', 'x/katalog_spbe.json', {}],
    ['two years', 'x/rekap_2023_2024.csv', {}],
    ['a year yet to come', 'x/rencana_2031.csv', {}],
    ['digits of a longer number', 'x/export_120251.csv', {}],
  ])('%s: none', (_label, path, mapping) => {
    expect(listYear(path, mapping, now)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/taxonomy.js';
import { analyzeRecords } from '../../src/pipeline/analyze.js';
import { indexed, record } from '../link/helpers.js';

const knowledge = loadKnowledgeBase();

describe('a local group merges into the app of the office whose job the function is', () => {
  // three attendance apps of one government; the secretariat's has the most users, the staffing office runs the other
  const records = indexed([
    record({ name: 'SiAbsen', unit: 'Sekretariat Daerah', description: 'Absensi pegawai harian dengan sidik jari', monthlyUsers: 4000, year: 2024 }),
    record({ name: 'e-Presensi', unit: 'BKPSDM', description: 'Presensi online aparatur sipil negara', monthlyUsers: 900, year: 2020 }),
    record({ name: 'Absen Online Dinkes', unit: 'Dinas Kesehatan', description: 'Presensi pegawai dinas kesehatan berbasis lokasi', monthlyUsers: 300, year: 2022 }),
  ]);

  it('names that office as the reason, in the plan and for every merged app', () => {
    const a = analyzeRecords(records, { knowledge });
    const apps = records.map((_, i) => a.applications[a.appOfRecord[i]!]!);
    expect(new Set(apps.map((x) => x.appId)).size).toBe(3);
    expect(apps.every((x) => x.fn.function === 'presensi')).toBe(true);
    const [setda, bkpsdm, dinkes] = apps;
    expect(bkpsdm!.decision.action).toBe('retain');
    expect(setda!.decision).toMatchObject({ action: 'merge', target: bkpsdm!.appId });
    expect(dinkes!.decision).toMatchObject({ action: 'merge', target: bkpsdm!.appId });
    expect(setda!.decision.reasons[0]).toContain('chosen for run by the office whose job this is (BKPSDM)');
  });
});

import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/ingest.js';
import { loadKnowledgeBase } from '../../src/knowledge/taxonomy.js';
import { analyzeRecords } from '../../src/pipeline/analyze.js';
import { tempDir, writeLines } from '../fixtures/temp-files.js';

const knowledge = loadKnowledgeBase();

describe('one app listed by an English survey and an Indonesian catalogue', () => {
  it('is one application of one government, and two apps of that office stay two', async () => {
    const dir = tempDir('english-agency');
    const survey = writeLines(
      'survey.csv',
      [
        'Application,Agency,Description,Platform,Year',
        'SIMPUS (Health Centre Records),"Health Office (Dinkes), Buleleng Regency",Patient visits and medical records at health centres,web,2017',
        'Staff Attendance (e-Absen),Buleleng Regency Government - Regional Civil Service Agency,Daily attendance of civil servants,android,2021',
      ],
      dir,
    );
    const catalog = writeLines(
      'catalog.csv',
      [
        'Nama Aplikasi,Instansi,Unit,Deskripsi,Platform,Tahun',
        'Sistem Informasi Manajemen Puskesmas (SIMPUS),Kab. Buleleng,Dinas Kesehatan,Rekam medis pasien puskesmas,"web, android",2017',
        'Aplikasi e-Absen,Pemkab Buleleng,BKPSDM,Presensi pegawai harian,android,2021',
      ],
      dir,
    );
    const inv = await ingestFiles([survey, catalog]);
    expect(new Set(inv.records.map((r) => r.government.code))).toEqual(new Set(['51.08']));
    const a = analyzeRecords(inv.records, { knowledge });
    const app = (i: number) => a.appOfRecord[i]!;
    expect(app(0)).toBe(app(2));
    expect(app(1)).toBe(app(3));
    expect(app(0)).not.toBe(app(1));
  });
});

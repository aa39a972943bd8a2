import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/taxonomy.js';
import { analyzeRecords } from '../../src/pipeline/analyze.js';
import { indexed, record } from '../link/helpers.js';

const knowledge = loadKnowledgeBase();

// jobs of regional offices beyond the common ones: environment, parks, water utilities, ferries, tax kiosks
describe('environment, water, ferry and tax-kiosk apps', () => {
  const records = indexed([
    record({ name: 'e-AMDAL', unit: 'Dinas Lingkungan Hidup', description: 'Permohonan dan penilaian dokumen UKL-UPL dan AMDAL oleh pemrakarsa usaha' }),
    record({ name: 'SIKUALA', unit: 'Dinas Lingkungan Hidup', description: 'Pemantauan kualitas air sungai dan kualitas udara dari titik sampling' }),
    record({ name: 'Air Quality Dashboard', unit: 'DLH', description: 'Pollution monitoring from roadside sensors' }),
    record({ name: 'Sistem Informasi Ruang Terbuka Hijau', unit: 'Dinas Perkim', description: 'Data taman kota dan pohon pelindung' }),
    record({ name: 'PDAM Mobile', unit: 'Perumda Air Minum', description: 'Cek tagihan air, baca meter dan laporan kebocoran pipa pelanggan' }),
    record({ name: 'e-Tiket Kapal', unit: 'Dinas Perhubungan', description: 'Pemesanan tiket kapal penumpang dan jadwal penyeberangan antar pulau' }),
    record({ name: 'APM Pajak', unit: 'Bapenda', description: 'Anjungan pajak mandiri untuk cetak SPPT dan bayar PBB', platforms: ['kiosk'] }),
    record({ name: 'e-PBB', unit: 'Bapenda', description: 'Pembayaran pajak bumi dan bangunan secara online' }),
  ]);
  const a = analyzeRecords(records, { knowledge });
  const appOf = (i: number) => a.applications[a.appOfRecord[i]!]!;

  it('places each in its own job, with that job\'s ecosystem', () => {
    expect(records.map((_, i) => [appOf(i).fn.function, appOf(i).eco.ecosystem])).toEqual([
      ['persetujuan_lingkungan', 'electronic'],
      ['pemantauan_lingkungan', 'internal'],
      ['pemantauan_lingkungan', 'internal'],
      ['ruang_terbuka_hijau', 'internal'],
      ['air_minum', 'electronic'],
      ['transportasi_publik', 'electronic'],
      ['pajak_daerah_mandiri', 'self'],
      ['pajak_daerah', 'electronic'],
    ]);
  });

  it('merges the two environmental-monitoring apps of one government, not the tax kiosk into the online tax app', () => {
    const monitoring = [appOf(1), appOf(2)];
    expect(monitoring.map((app) => app.decision.action).sort()).toEqual(['merge', 'retain']);
    const merged = monitoring.find((app) => app.decision.action === 'merge')!;
    expect(merged.decision.target).toBe(monitoring.find((app) => app !== merged)!.appId);
    expect(appOf(6).decision.action).toBe('retain');
    expect(appOf(7).decision.action).toBe('retain');
  });
});

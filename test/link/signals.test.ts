import { describe, expect, it } from 'vitest';
import { buildRecordFeatures } from '../../src/features/record-features.js';
import { comparePair } from '../../src/link/compare.js';
import { loadLinkModel } from '../../src/link/link-model.js';
import type { InventoryRecord } from '../../src/model/inventory.js';
import { indexed, record } from './helpers.js';

const model = loadLinkModel();
const unknown = { fn: null, confident: false };

function levelOf(signal: string, a: Partial<InventoryRecord> & { name: string }, b: Partial<InventoryRecord> & { name: string }): string {
  const { features } = buildRecordFeatures(indexed([record(a), record(b)]));
  const cmp = comparePair(features[0]!, features[1]!, unknown, unknown, model);
  return cmp.signals.find((s) => s.signal === signal)!.level;
}

describe('each comparison signal falls into its level', () => {
  it.each([
    ['e-Presensi', 'Presensi Online', 'exact'],
    ['Aplikasi e-Absensi', 'Absensi Elektronik', 'exact'],
    ['Puskkesmas Elektronik', 'e-Puskesmas', 'exact'],
    ['SI Bansos Banyuwangi', 'Sistem Informasi Bantuan Sosial (SI Bansos)', 'acronym'],
    ['Rumah Sakit Umum Daerah Banyuwangi', 'Rumah Sakit Umum Daerah Banyuwangi Online Patient', 'contained'],
    ['Sistem Informasi Kepegawaian (SIMPEG)', 'SIMPEG', 'acronym'],
    ['Layanan Pengadaan Secara Elektronik', 'Layanan Pengadaan Secara Elekttronik Baru', 'exact'],
    ['Bank Sampah', 'Pajak Hotel', 'different'],
    // each states its own short name: two apps, however alike the long forms
    ['Sistem Informasi Manajemen Arsip (SIMARSIP)', 'Sistem Informasi Manajemen Arsip (ARSIPKU)', 'different'],
    ['SIMPEG Online City', 'App SIMPEG', 'exact'],
  ])('name: %s ~ %s → %s (typos, prefixes, region and generic words aside)', (x, y, level) => {
    expect(levelOf('name', { name: x }, { name: y })).toBe(level);
  });

  it.each([
    // the record's own office after the name is its unit column written twice
    [{ name: 'Perizinan Online DPMPTSP', unit: 'DPMPTSP' }, { name: 'Perizinan Online', unit: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu' }, 'exact'],
    [{ name: 'Sistem Informasi Geospasial Pembangunan Bappeda', unit: 'Badan Perencanaan Pembangunan Daerah' }, { name: 'Sistem Informasi Geospasial Pembangunan', unit: 'Bappeda' }, 'exact'],
    // and is no part of what its short form abbreviates
    [{ name: 'SIGAJI', unit: 'BPKAD' }, { name: 'Sistem Informasi Penggajian BPKAD', unit: 'Badan Pengelolaan Keuangan dan Aset Daerah' }, 'acronym'],
    [{ name: 'e-PBB', unit: 'Bapenda' }, { name: 'Pajak Bumi dan Bangunan Elektronik Bapenda', unit: 'Badan Pendapatan Daerah' }, 'acronym'],
    // another office than its own: a word that tells apps apart
    [{ name: 'Perizinan Online DPMPTSP', unit: 'Dinas Kesehatan' }, { name: 'Perizinan Online', unit: 'Dinas Kesehatan' }, 'contained'],
    // a website is named by its office
    [{ name: 'Website Resmi Bappeda', unit: 'Bappeda' }, { name: 'Website Resmi', unit: 'Bappeda' }, 'contained'],
    [{ name: 'Websitte Bappeda', unit: 'Bappeda' }, { name: 'Websitte', unit: 'Bappeda' }, 'contained'],
  ])('name with an office after it %#', (a, b, level) => {
    expect(levelOf('name', a, b)).toBe(level);
  });

  it.each([
    [{ url: 'a.go.id/x', urlHost: 'a.go.id' }, { url: 'a.go.id/x', urlHost: 'a.go.id' }, 'same_url'],
    [{ url: 'a.go.id/x', urlHost: 'a.go.id' }, { url: 'a.go.id', urlHost: 'a.go.id' }, 'same_host'],
    [{ url: 'a.go.id', urlHost: 'a.go.id' }, { url: 'b.go.id', urlHost: 'b.go.id' }, 'different_host'],
    [{ url: 'a.go.id', urlHost: 'a.go.id' }, {}, 'missing'],
  ])('url %#', (a, b, level) => {
    expect(levelOf('url', { name: 'X', ...a }, { name: 'X', ...b })).toBe(level);
  });

  it.each([
    [{ description: 'Pendaftaran pasien puskesmas secara online' }, { description: 'Pendaftaran pasien puskesmas online dan rekam medis' }, 'same'],
    [{ description: 'Pendaftaran pasien puskesmas' }, { description: 'Tabungan sampah warga' }, 'different'],
    [{ description: null }, { description: 'Tabungan sampah warga' }, 'missing'],
    // compared in Indonesian, as names are
    [{ description: 'Daily attendance of employees' }, { description: 'Presensi harian pegawai' }, 'similar'],
  ])('description %#', (a, b, level) => {
    expect(levelOf('description', { name: 'X', ...a }, { name: 'X', ...b })).toBe(level);
  });

  it.each([
    [['nik', 'kk'], ['nik', 'kk', 'alamat'], 'overlap_high'],
    [['nik', 'kk', 'alamat', 'nip'], ['nik'], 'overlap_some'],
    [['nik'], ['nip'], 'disjoint'],
    [[], ['nip'], 'missing'],
  ])('data elements %#', (a, b, level) => {
    expect(levelOf('dataElements', { name: 'X', dataElements: a }, { name: 'X', dataElements: b })).toBe(level);
  });

  it.each([
    ['year', { year: 2019 }, { year: 2019 }, 'same'],
    ['year', { year: 2019 }, { year: 2021 }, 'different'],
    ['year', { year: null }, { year: 2021 }, 'missing'],
    ['platforms', { platforms: ['web', 'android'] as const }, { platforms: ['web', 'android'] as const }, 'same'],
    ['platforms', { platforms: ['web'] as const }, { platforms: ['web', 'android'] as const }, 'contained'],
    ['platforms', { platforms: ['web'] as const }, { platforms: ['android', 'ios'] as const }, 'different'],
    ['status', { status: 'active' as const }, { status: 'active' as const }, 'same'],
    ['status', { status: 'active' as const }, { status: 'inactive' as const }, 'conflict'],
    ['status', { status: 'active' as const }, { status: 'development' as const }, 'different'],
    ['source', { source: 'a.csv' }, { source: 'a.csv' }, 'same_file'],
    ['source', { source: 'a.csv' }, { source: 'b.json' }, 'different_file'],
  ])('%s %#', (signal, a, b, level) => {
    expect(levelOf(signal, { name: 'X', ...a, platforms: [...(a as { platforms?: readonly string[] }).platforms ?? ['web']] } as never, { name: 'X', ...b, platforms: [...(b as { platforms?: readonly string[] }).platforms ?? ['web']] } as never)).toBe(level);
  });
});

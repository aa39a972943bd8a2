import { describe, expect, it } from 'vitest';
import { costScaleOfHeader, parseRupiah } from '../../src/normalize/money.js';
import { normalizeDataElements } from '../../src/normalize/data-elements.js';
import { normalizePlatforms } from '../../src/normalize/platforms.js';
import { normalizeStatus } from '../../src/normalize/status.js';
import { normalizeUrl } from '../../src/normalize/url.js';

describe('parseRupiah', () => {
  it.each([
    ['Rp 1.500.000', 1_500_000],
    ['Rp1.500.000', 1_500_000],
    ['1.500.000,00', 1_500_000],
    ['1.500.000,50', 1_500_001],
    ['150 juta', 150_000_000],
    ['150 jt', 150_000_000],
    ['1,5 M', 1_500_000_000],
    ['1.2 miliar', 1_200_000_000],
    ['1,2 milyar', 1_200_000_000],
    ['2 triliun', 2_000_000_000_000],
    ['73297000', 73_297_000],
    ['Rp 35.686.000', 35_686_000],
    ['IDR 1,500,000', 1_500_000],
    ['500 ribu', 500_000],
    ['Rp 250.000,-', 250_000],
    ['96257000.0', 96_257_000],
    // the period, a source note and a label around the amount
    ['Rp 12.000.000 per tahun', 12_000_000],
    ['100 juta pertahun', 100_000_000],
    ['Rp 1.000.000/bulan', 12_000_000],
    ['Rp 1 jt per bulan', 12_000_000],
    ['Rp 150.000.000 (APBD)', 150_000_000],
    ['APBD 2023: Rp 500 juta', 500_000_000],
    // a bracket that holds the period or the unit is read, not dropped
    ['Rp 500.000 (per bulan)', 6_000_000],
    ['150 (juta)', 150_000_000],
    ['Rp 1,5 (juta)', 1_500_000],
    // any other bracket is a note on where the money comes from; a bracket may hold the amount itself
    ['Rp 150.000.000 (APBD 2023)', 150_000_000],
    ['Rp 5.000.000 rupiah', 5_000_000],
    ['(Rp 5 juta)', 5_000_000],
    ['APBD (Rp 500 juta)', 500_000_000],
    ['Anggaran: (Rp 150.000.000)', 150_000_000],
  ])('%s → %d', (text, expected) => {
    expect(parseRupiah(text)).toBe(expected);
  });

  // ranges, sums and two years' figures are no one amount
  it.each([[''], ['-'], ['gratis'], ['12 apel'], ['sekitar lima juta'], ['2023: tidak ada'], ['Rp 100 juta - Rp 200 juta'], ['Rp 1 juta + Rp 2 juta'], ['2023: Rp 100 juta; 2024: Rp 200 juta'], ['Rp 10.000.000 s.d. 20.000.000'], ['Rp 10.000.000 Rp 12.000.000'], ['Rp 100.000 per hari'], ['Rp 500.000 per orang'], ['Rp 150.000.000 APBD'], [null], [undefined]])('%s → null', (text) => {
    expect(parseRupiah(text)).toBeNull();
  });
});

describe('costScaleOfHeader', () => {
  it.each([
    ['Pagu (Rp ribu)', 1e3],
    ['Anggaran (dalam ribuan rupiah)', 1e3],
    ['Biaya Tahunan (Rp 000)', 1e3],
    ['Cost (IDR thousands)', 1e3],
    ['Biaya (juta Rp)', 1e6],
    ['Annual cost (IDR million)', 1e6],
    ['Biaya Tahunan', 1],
    ['Biaya (Rp)', 1],
    ['Biaya M', 1],
    ['Biaya (Rp 000.000)', 1e6],
    // month names and years are no units
    ['Biaya (Jan-Des 2024)', 1],
    ['Anggaran Jan s.d. Des', 1],
    ['Anggaran Tahun 2000', 1],
  ])('%s → %d', (header, expected) => {
    expect(costScaleOfHeader(header)).toBe(expected);
  });

  it('counts bare numbers in the stated unit; an amount with its own unit word keeps it', () => {
    expect(parseRupiah('150', 1e6)).toBe(150_000_000);
    expect(parseRupiah('1.500', 1e3)).toBe(1_500_000);
    expect(parseRupiah('1,5', 1e6)).toBe(1_500_000);
    expect(parseRupiah('Rp 200 juta', 1e3)).toBe(200_000_000);
    // an amount written with "Rp" is in rupiah whatever the header says
    expect(parseRupiah('Rp 1.500.000', 1e3)).toBe(1_500_000);
  });
});

describe('normalizeStatus', () => {
  it.each([
    ['Aktif', 'active'],
    ['AKTIF', 'active'],
    ['active', 'active'],
    ['Non Aktif', 'inactive'],
    ['Tidak Aktif', 'inactive'],
    ['tidak aktif', 'inactive'],
    ['naktif', 'inactive'],
    ['retired', 'inactive'],
    ['inactive', 'inactive'],
    ['Dalam Pengembangan', 'development'],
    ['pengembangan', 'development'],
    // the form abbreviation of "tidak" must not read as its positive word
    ['Tdk Aktif', 'inactive'],
    ['tdk digunakan', 'inactive'],
    ['Belum aktif', 'development'],
    ['Dalam pembangunan', 'development'],
    ['Under construction', 'development'],
    ['in development', 'development'],
    ['Usulan', 'proposed'],
    // running, under maintenance
    ['Operational', 'active'],
    ['In Service', 'active'],
    // a negation turns a live word around, wherever the phrase is not listed whole
    ['Not operational', 'inactive'],
    ['Non-operational', 'inactive'],
    ['tak berfungsi', 'inactive'],
    ['belum live', 'development'],
    ['End of life', 'inactive'],
    ['Out of service', 'inactive'],
    ['Archived', 'inactive'],
    ['Being built', 'development'],
    ['UAT', 'development'],
    ['Maintenance', 'active'],
    ['Dalam Pemeliharaan', 'active'],
    ['Sudah tidak digunakan', 'inactive'],
    ['tidak aktif lagi sejak 2020', 'inactive'],
    // a website list's own findings: it no longer opens, or sends its visitors elsewhere
    ['Tidak dapat diakses', 'inactive'],
    ['redirect ke www.garutkab.go.id', 'inactive'],
    ['Berhenti', 'inactive'],
    // a yes/no column ("Masih digunakan?") and JSON booleans
    ['Ya', 'active'],
    ['Tidak', 'inactive'],
    ['true', 'active'],
    ['false', 'inactive'],
    ['', 'unknown'],
    ['???', 'unknown'],
  ])('%s → %s', (text, expected) => {
    expect(normalizeStatus(text)).toBe(expected);
  });
});

describe('normalizePlatforms', () => {
  it.each([
    ['android, ios, web', ['web', 'android', 'ios']],
    ['Android|Web', ['web', 'android']],
    ['Web', ['web']],
    ['Mobile', ['android', 'ios']],
    ['kiosk', ['kiosk']],
    ['Anjungan Mandiri', ['kiosk']],
    ['Desktop / Web', ['web', 'desktop']],
    ['Aplikasi Android', ['android']],
    ['Android App dan Web', ['web', 'android']],
    ['SMS', []],
    ['', []],
  ])('%s', (text, expected) => {
    expect(normalizePlatforms(text)).toEqual(expected);
  });
});

describe('normalizeUrl', () => {
  it.each([
    ['https://www.Example.go.id/', 'example.go.id', 'example.go.id'],
    ['http://eabsensi.garutkab.go.id/login', 'eabsensi.garutkab.go.id', 'eabsensi.garutkab.go.id'],
    ['simpeg.bantenprov.go.id/index.php', 'simpeg.bantenprov.go.id', 'simpeg.bantenprov.go.id'],
    ['https://portal.go.id/layanan/izin?x=1', 'portal.go.id/layanan/izin', 'portal.go.id'],
    ['HTTP://WWW.PPDB.KOTA.GO.ID:8080/', 'ppdb.kota.go.id', 'ppdb.kota.go.id'],
    // a cell as people fill it: a label, brackets, a mistyped scheme, several addresses
    ['Web: https://simpeg.garutkab.go.id', 'simpeg.garutkab.go.id', 'simpeg.garutkab.go.id'],
    ['<https://simpeg.garutkab.go.id>', 'simpeg.garutkab.go.id', 'simpeg.garutkab.go.id'],
    ['http//simpeg.garutkab.go.id', 'simpeg.garutkab.go.id', 'simpeg.garutkab.go.id'],
    ['https:/simpeg.garutkab.go.id/login', 'simpeg.garutkab.go.id', 'simpeg.garutkab.go.id'],
    ['simpeg.garutkab.go.id; epresensi.garutkab.go.id', 'simpeg.garutkab.go.id', 'simpeg.garutkab.go.id'],
    // the app's own host before a store listing, wherever the cell puts it
    ['https://play.google.com/store/apps/details?id=id.go.garut.simpeg, https://simpeg.garutkab.go.id', 'simpeg.garutkab.go.id', 'simpeg.garutkab.go.id'],
    ['https://play.google.com/store/apps/details?id=id.go.garut.simpeg&hl=id', 'play.google.com/store/apps/details?id=id.go.garut.simpeg', 'play.google.com'],
  ])('%s', (text, url, host) => {
    expect(normalizeUrl(text)).toEqual({ url, host });
  });

  it.each([[''], ['-'], ['tidak ada'], ['belum ada'], ['bukan url'], ['Android (Play Store)'], ['http://999.10.1.1/']])('%s → null', (text) => {
    expect(normalizeUrl(text)).toBeNull();
  });
});

describe('normalizeDataElements', () => {
  it.each([
    ['NIK, Nama, Alamat', ['nik', 'full_name', 'address']],
    ['Nomor Induk Kependudukan; No. KK', ['nik', 'kk']],
    // an element named inside a longer text
    ['koordinat GPS', ['gps_location']],
    ['Data NIK Pemohon', ['nik']],
    ['Tanggal Lahir Pemohon', ['birth_date']],
    // generic words alone name nothing inside a longer text; two elements named → kept as written
    ['Nama File', ['nama file']],
    ['Foto Lokasi', ['foto lokasi']],
    ['', []],
  ])('%s', (text, expected) => {
    expect(normalizeDataElements(text)).toEqual(expected);
  });
});

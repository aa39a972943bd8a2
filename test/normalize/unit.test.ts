import { describe, expect, it } from 'vitest';
import { createUnitResolver } from '../../src/normalize/unit.js';

const resolver = createUnitResolver();

describe('createUnitResolver', () => {
  it.each([
    // Acronyms, full names and the variants registries use
    ['Disdukcapil', 'disdukcapil'],
    ['Dinas Kependudukan dan Pencatatan Sipil', 'disdukcapil'],
    ['Dinas Kependudukan dan Catatan Sipil', 'disdukcapil'],
    ['BKPSDM', 'bkpsdm'],
    ['Badan Kepegawaian dan Pengembangan SDM', 'bkpsdm'],
    ['Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'bkpsdm'],
    ['BKD', 'bkpsdm'],
    ['Badan Kepegawaian Daerah', 'bkpsdm'],
    ['Setda', 'setda'],
    ['Sekretariat Daerah', 'setda'],
    ['Dinkes', 'dinkes'],
    ['Dinas Kesehatan', 'dinkes'],
    ['Disdik', 'disdik'],
    ['Dinas Pendidikan', 'disdik'],
    ['Dinas Pendidikan dan Kebudayaan', 'disdik'],
    ['Bapenda', 'bapenda'],
    ['Badan Pendapatan Daerah (PPKD)', 'bapenda'],
    ['Bappeda', 'bappeda'],
    ['DPMPTSP', 'dpmptsp'],
    ['Dinas Penanaman Modal dan PTSP', 'dpmptsp'],
    ['Diskominfo', 'diskominfo'],
    ['Dinas Komunikasi dan Informatika', 'diskominfo'],
    ['Dinas Komunikasi, Informatika, Statistik dan Persandian', 'diskominfo'],
    ['Dishub', 'dishub'],
    ['Disnaker', 'disnaker'],
    ['Dinas Tenaga Kerja', 'disnaker'],
    ['Dinas Ketenaga Kerjaan dan Transmigrasi', 'disnaker'],
    ['Dispar', 'dispar'],
    ['BPBD', 'bpbd'],
    ['Satpol PP', 'satpolpp'],
    ['Satuan Polisi Pamong Praja', 'satpolpp'],
    ['DP3A', 'dp3a'],
    ['DP3AKB', 'dp3a'],
    ['Dinas Pemberdayaan Perempuan dan Perlindungan Anak', 'dp3a'],
    ['DPMD', 'dpmd'],
    ['Dinsos', 'dinsos'],
    ['Distan', 'distan'],
    ['DLH', 'dlh'],
    ['RSUD', 'rsud'],
    ['Rumah Sakit Umum Daerah', 'rsud'],
    ['Puskesmas', 'puskesmas'],
    ['UPTD Puskesmas', 'puskesmas'],
    ['Inspektorat', 'inspektorat'],
    ['Inspektorat Daerah', 'inspektorat'],
    ['UKPBJ', 'ukpbj'],
    ['Bagian Pengadaan Barang dan Jasa', 'ukpbj'],
    ['BPKAD', 'bpkad'],
    ['BPKD', 'bpkad'],
    ['Dispusip', 'dispusip'],
    ['Diskarpus', 'dispusip'],
    ['Dinas Perpustakaan dan Kearsipan', 'dispusip'],
    ['Dinas Kearsipan dan Perpustakaan', 'dispusip'],
    ['Diskopukm', 'diskopukm'],
    ['Dinas Koperasi dan UKM', 'diskopukm'],
    ['Dinas Koperasi, Usaha Kecil dan Menengah', 'diskopukm'],
    ['Disperindag', 'disperindag'],
    ['DPUPR', 'dpupr'],
    ['Dinas PUPR', 'dpupr'],
    ['Dinas Pekerjaan Umum dan Penataan Ruang', 'dpupr'],
    ['Disperkim', 'disperkim'],
    ['Dinas Kepemudaan dan Olah Raga', 'dispora'],
    // Region after the unit, facility names, parts of a unit, typos
    ['Dinas Kesehatan Kabupaten Garut', 'dinkes'],
    ['Dinas Kesehatan Garut', 'dinkes'],
    ['Diskominfo Kab. Garut', 'diskominfo'],
    ['Dinas Pendidikan dan Kebudayaan Provinsi Jawa Barat', 'disdik'],
    ['Inspektorat Provinsi', 'inspektorat'],
    ['Pemkab Garut - Dinas Kesehatan', 'dinkes'],
    ['Puskesmas Kecamatan Cilandak', 'puskesmas'],
    ['RSUD dr. Soetomo', 'rsud'],
    ['Bidang Aplikasi Informatika Diskominfo', 'diskominfo'],
    ['UPTD Dinas Perhubungan', 'dishub'],
    ['Dinas Kesehtan', 'dinkes'],
  ])('%s → %s', (raw, code) => {
    expect(resolver.resolve(raw)).toMatchObject({ code, resolved: true });
  });

  it('gives the canonical name', () => {
    expect(resolver.resolve('Disdukcapil')).toEqual({
      code: 'disdukcapil',
      name: 'Dinas Kependudukan dan Pencatatan Sipil',
      resolved: true,
    });
  });

  it.each([
    ['Dinas Kesehatan Hewan', 'x:dinaskesehatanhewan', 'Dinas Kesehatan Hewan'],
    ['Balai  Pengelolaan Taman Hutan Raya', 'x:balaipengelolaantamanhutanraya', 'Balai Pengelolaan Taman Hutan Raya'],
  ])('%s stays unresolved', (raw, code, name) => {
    expect(resolver.resolve(raw)).toEqual({ code, name, resolved: false });
  });

  it.each([[null], [''], ['   ']])('%j → null', (raw) => {
    expect(resolver.resolve(raw)).toBeNull();
  });
});

describe('unit names in English', () => {
  it.each([
    ['Health Office', 'dinkes'],
    ['Regional Revenue Agency', 'bapenda'],
    ['Population and Civil Registration Office', 'disdukcapil'],
    ['Regional Disaster Management Agency', 'bpbd'],
    ['Public Works and Spatial Planning Office', 'dpupr'],
    ['Investment and One Stop Integrated Services Office', 'dpmptsp'],
    ['Regional General Hospital', 'rsud'],
    ['Legal Division', 'bag_hukum'],
    ['Department of Transportation', 'dishub'],
    ['Communications, Informatics, Statistics and Encryption Office', 'diskominfo'],
    ['Manpower and Transmigration Office', 'disnaker'],
    ['Public Relations and Protocol', 'prokopim'],
  ])('%s is %s', (raw, code) => {
    expect(resolver.resolve(raw)?.code).toBe(code);
  });

  it('a word with no translation keeps the name unresolved', () => {
    expect(resolver.resolve('Space Office')?.resolved).toBe(false);
  });
});

describe('an office followed by other words', () => {
  const place = (rest: string) => rest === 'Banyuwangi' || rest === 'West Java';
  it.each([
    ['Dinas Kesehatan Banyuwangi', { office: 'Dinas Kesehatan', rest: 'Banyuwangi', namedInstances: false }],
    ['Diskominfo West Java', { office: 'Diskominfo', rest: 'West Java', namedInstances: false }],
    ['Communication and Informatics Office West Java', { office: 'Communication and Informatics Office', rest: 'West Java', namedInstances: false }],
    // a district's office, whose name after it is the district's own
    ['Kecamatan Banyuwangi', { office: 'Kecamatan', rest: 'Banyuwangi', namedInstances: true }],
    ['Dinas Kesehatan', null],
    ['Aplikasi Banyuwangi', null],
  ])('%s', (raw, expected) => {
    expect(resolver.officeThen(raw, place)).toEqual(expected);
  });
});

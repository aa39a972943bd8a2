import { describe, expect, it } from 'vitest';
import { FIELDS_READ_FROM_VALUES, fieldFromValues, mapColumnsByValues, settleRivalColumns } from '../../src/ingest/column-values.js';
import { mapHeaders, namesOtherColumn } from '../../src/ingest/header-mapping.js';
import type { CanonicalField } from '../../src/model/inventory.js';

const ALL = new Set<CanonicalField>(FIELDS_READ_FROM_VALUES);
const field = (values: string[], wanted: ReadonlySet<CanonicalField> = ALL) => fieldFromValues(values, wanted)?.field ?? null;

describe('fieldFromValues', () => {
  it.each([
    ['addresses', ['simpeg.garutkab.go.id', 'https://lapor.go.id/', 'www.dinkes.x.go.id', 'ppid.surabaya.go.id', 'sipd.kemendagri.go.id'], 'url'],
    ['years', ['2019', '2020', '2015', '2021', '2022', '2018'], 'year'],
    ['codes that never repeat', ['RS00001', 'RS00003', 'RS00004', 'RS00007', 'RS00010'], 'id'],
    ['coded numbers', ['82-0001', '82-0002', '73-0001', '73-0002', '91-0004'], 'id'],
    ['a running number', ['1', '2', '3', '5', '6', '7'], 'id'],
    ['money written as money', ['Rp 150.000.000', '150 juta', '1.500.000', 'Rp1,5 jt', '75 juta'], 'annualCost'],
    ['statuses', ['aktif', 'Tidak Aktif', 'AKTIF', 'non aktif', 'active', 'aktif'], 'status'],
    ['platforms', ['web', 'Android, iOS', 'web|android', 'Desktop', 'Website'], 'platforms'],
    ['governments', ['Pemerintah Kabupaten Garut', 'Kota Surabaya', 'Pemkab Yalimo', 'Kementerian Kesehatan', 'Kab. Sleman'], 'government'],
    ['lists of data elements', ['NIK, Nama Lengkap, Alamat', 'NIP|Golongan', 'Rekam Medis; No BPJS', 'NIK', 'Nomor KK, NIK'], 'dataElements'],
    ['offices', ['Dinas Kesehatan', 'BKPSDM', 'Bagian Umum', 'Dinas Kesehatan', 'Bappeda', 'Diskominfo'], 'unit'],
    ['names', ['Aplikasi SIMPEG', 'e-Kinerja ASN', 'Portal PPID', 'SIPD', 'Bursa Kerja Online', 'Lapor Sleman'], 'name'],
    ['sentences', ['Data pokok pegawai dan kenaikan pangkat', 'Sasaran kinerja dan laporan harian pegawai', 'Pendaftaran pasien puskesmas secara daring dari rumah', 'Informasi lowongan kerja bagi para pencari kerja', 'Perencanaan dan penganggaran daerah setiap tahun'], 'description'],
  ])('%s', (_label, values, expected) => {
    expect(field(values)).toBe(expected);
  });

  it.each([
    ['too few values to tell', ['aktif', 'aktif', 'tidak aktif']],
    ['plain numbers (users or money?)', ['1500', '200', '35000', '120', '99']],
    ['one bare acronym: a place, not an owner', ['Kominfo', 'Diluar Kominfo', 'Kominfo', 'Kominfo', 'Diluar Kominfo']],
    ['a category of few repeated values', ['Website', 'Aplikasi', 'Aplikasi', 'Website', 'Aplikasi', 'Website']],
    ['codes', ['S00012', 'S00013', 'SPBE-9124821-1', 'A-0042', 'S00099']],
    ['long sentences', Array.from({ length: 6 }, (_, i) => `Aplikasi nomor ${'satu '.repeat(20)} untuk layanan masyarakat yang ke-${i}`)],
  ])('%s: nothing', (_label, values) => {
    expect(field(values, new Set<CanonicalField>(['government', 'name', 'annualCost', 'platforms']))).toBeNull();
  });

  it.each([
    ['objects kept as JSON text that hold a status', Array.from({ length: 6 }, (_, i) => `{"app_id":"APL-${i}","name":"e-Aset","status":"aktif","link":"aset.x.go.id"}`)],
    ['paragraphs that mention being active', Array.from({ length: 6 }, (_, i) => `Aplikasi ke-${i} ini masih aktif digunakan oleh seluruh perangkat daerah untuk pelaporan bulanan`)],
  ])('%s: not statuses', (_label, values) => {
    expect(field(values, new Set<CanonicalField>(['status']))).toBeNull();
  });

  it.each([
    ['counts that do not run in order', ['1500', '200', '35000', '120', '99']],
    ['codes that repeat', ['S00012', 'S00012', 'S00013', 'A-0042', 'S00099', 'S00013']],
    ['phone numbers', ['0812-3456-7890', '081234567891', '+62 812 3456 7892', '0813.1111.2222', '085255551234']],
    ['words', ['SIMPEG', 'e-Kinerja', 'SIPD', 'Lapor', 'SIMDA']],
  ])('%s: not ids', (_label, values) => {
    expect(field(values, new Set<CanonicalField>(['id']))).toBeNull();
  });

  it('does not read a column of yes/no answers as the status: it is some flag', () => {
    expect(field(['true', 'false', 'true', 'Ya', 'Tidak', 'false'], new Set<CanonicalField>(['status']))).toBeNull();
    expect(field(['aktif', 'tidak aktif', 'Ya', 'aktif', 'non aktif'], new Set<CanonicalField>(['status']))).toBe('status');
  });

  it('only looks for the fields still wanted, most specific first', () => {
    const statuses = ['aktif', 'tidak aktif', 'aktif', 'aktif', 'non aktif'];
    expect(field(statuses, new Set<CanonicalField>(['name']))).toBe('name');
    expect(field(statuses, new Set<CanonicalField>(['status', 'name']))).toBe('status');
    expect(field(statuses, new Set<CanonicalField>(['year']))).toBeNull();
  });

  it('reads a long column from a sample, and blank cells do not count against it', () => {
    const values = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? '' : String(2000 + (i % 20))));
    const found = fieldFromValues(values, ALL);
    expect(found).toMatchObject({ field: 'year', share: 1 });
    expect(found!.examples.length).toBeLessThanOrEqual(3);
  });
});

describe('mapColumnsByValues', () => {
  const header = ['Nama Aplikasi', 'Posisi Server', 'Penanggung Jawab'];
  const rows = (office: string) => Array.from({ length: 6 }, (_, i) => [`Aplikasi ${i}`, 'Kominfo', office]);

  it('never reads a column the header knowledge names as something else (where the server runs)', () => {
    const mapping = mapHeaders(header);
    expect(mapping.other).toEqual([false, true, false]);
    const notes = mapColumnsByValues(mapping, header, rows(''));
    expect(mapping.mapped.unit).toBeUndefined();
    expect(notes).toEqual([]);
  });

  it('still reads an unnamed column of offices as the unit', () => {
    const mapping = mapHeaders(header);
    const notes = mapColumnsByValues(mapping, header, rows('Dinas Kesehatan'));
    expect(mapping.mapped.unit).toBe('Penanggung Jawab');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ key: 'file.columnByValues', vars: { column: 'Penanggung Jawab' }, parts: { field: 'file.field.unit' } });
  });

  it.each([
    ['Posisi Server', true],
    ['Lokasi Server Aplikasi', true],
    ['Email', true],
    ['Server', true],
    ['Nama Server', false],
    ['Penanggung Jawab', false],
  ])('%s names another kind of column: %s', (h, expected) => {
    expect(namesOtherColumn(h)).toBe(expected);
  });
});

describe('two headers that name one field', () => {
  const header = ['Application Name', 'Agency', 'Government'];
  const rows = [
    ['Daily Attendance', 'Dinas Kesehatan', 'Kota Bogor'],
    ['Local Tax', 'Badan Pendapatan Daerah', 'Kabupaten Garut'],
    ['SIMPEG', 'BKPSDM', 'Kota Bogor'],
    ['e-Surat', 'Sekretariat Daerah', 'Kabupaten Sleman'],
    ['Lapor', 'Dinas Komunikasi dan Informatika', 'Kota Bogor'],
    ['PPDB', 'Dinas Pendidikan', 'Kabupaten Garut'],
  ];

  it('the column whose values are governments is the government; the other is read as what it holds', () => {
    const mapping = mapHeaders(header);
    expect(mapping.mapped.government).toBe('Agency');
    const notes = settleRivalColumns(mapping, header, rows);
    expect(mapping.mapped.government).toBe('Government');
    expect(notes.map((n) => n.key)).toEqual(['file.columnRival']);
    mapColumnsByValues(mapping, header, rows);
    expect(mapping.mapped.unit).toBe('Agency');
    expect(mapping.fieldsOf).toEqual([['name'], ['unit'], ['government']]);
  });

  it('the first keeps the field when its values read as well, and an explicit mapping is never contested', () => {
    const both = rows.map(([n, , g]) => [n!, g!, g!]);
    const mapping = mapHeaders(header);
    // the other stands in where the first is blank
    expect(settleRivalColumns(mapping, header, both).map((n) => n.key)).toEqual(['file.columnFallback']);
    expect(mapping.mapped.government).toBe('Agency');
    expect(mapping.fallbacks).toEqual({ government: [2] });
    const explicit = mapHeaders(header, { columns: { Agency: 'government' }, defaults: {} });
    expect(settleRivalColumns(explicit, header, rows)).toEqual([]);
    expect(explicit.mapped.government).toBe('Agency');
  });
});

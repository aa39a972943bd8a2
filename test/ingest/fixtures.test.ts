import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/ingest.js';
import { rejectedCsv } from '../../src/report/inventory-files.js';
import { messages } from '../../src/knowledge/messages.js';
import type { FileNote } from '../../src/model/inventory.js';
import { writeLines } from '../fixtures/temp-files.js';
import { HUGE_CELL_ERROR, makeHugeCellCsv, makePerOfficeWorkbook, makeRegistryThenLookupWorkbook, makeRecapWorkbook, makeSheetPerGovernmentWorkbook, makeTitleBlockWorkbook, makeTwoRegionWorkbook, makeTwoSheetWorkbook } from '../fixtures/make-xlsx.js';

/** File notes as the terminal prints them (English). */
const english = (notes: readonly FileNote[]) => notes.map((n) => messages('en').render(n)).join(' ');

const DIR = join(import.meta.dirname, '..', 'fixtures', 'ingest');

interface Expected {
  rowsRead?: number;
  accepted?: number;
  rejected?: number;
  delimiter?: string;
  encoding?: string;
  names?: string[];
  rejectedLines?: number[];
  error?: string;
}

const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;
const good = Object.entries(expected).filter(([, e]) => !e.error);
const bad = Object.entries(expected).filter(([, e]) => e.error);

describe('ingest fixtures: every row read is accepted or rejected', () => {
  it.each(good)('%s', async (file, e) => {
    const inv = await ingestFiles([join(DIR, file)]);
    const summary = inv.files[0]!;
    expect({ rowsRead: summary.rowsRead, accepted: summary.accepted, rejected: summary.rejected }).toEqual({
      rowsRead: e.rowsRead,
      accepted: e.accepted,
      rejected: e.rejected,
    });
    // nothing lost: read = accepted + rejected, and the lists hold exactly that many rows
    expect(summary.accepted + summary.rejected).toBe(summary.rowsRead);
    expect(inv.records).toHaveLength(summary.accepted);
    expect(inv.rejected).toHaveLength(summary.rejected);
    if (e.delimiter !== undefined) expect(summary.delimiter).toBe(e.delimiter);
    if (e.encoding !== undefined) expect(summary.encoding).toBe(e.encoding);
    if (e.names) expect(inv.records.map((r) => r.name)).toEqual(e.names);
    if (e.rejectedLines) expect(inv.rejected.map((r) => r.line)).toEqual(e.rejectedLines);
  });

  it('reads nested JSON objects as dotted columns (instansi.nama) and resolves an official region code', async () => {
    const inv = await ingestFiles([join(DIR, 'nested.json')]);
    const file = inv.files[0]!;
    expect(file.mapping.government).toBe('instansi.nama');
    expect(file.unmapped).toContain('instansi.kode');
    expect(inv.records.map((r) => r.government.name)).toEqual(['Kota Dumai', 'Kota Dumai', 'Kota Dumai']);
    expect(inv.records[0]!.extra['instansi.kode']).toBe('14.72');
    expect(inv.records[1]!.dataElements).toEqual(['nip', 'check_in_time']);
  });

  it('keeps values it cannot read empty, and says how many and which, per column', async () => {
    const inv = await ingestFiles([join(DIR, 'unread-values.csv')]);
    expect(inv.records.map((r) => r.annualCost)).toEqual([60_000_000, null, null, null]);
    expect(inv.records.map((r) => r.status)).toEqual(['active', 'unknown', 'unknown', 'unknown']);
    const notes = english(inv.files[0]!.notes);
    expect(notes).toContain('2 value(s) of column "Biaya per Tahun" could not be read as annualCost (e.g. "sekitar lima juta", "kurang lebih 2 M"); they count as unknown');
    expect(notes).toContain('2 value(s) of column "Status" could not be read as status (e.g. "kadang", "entah")');
    expect(notes).toContain('1 value(s) of column "Tahun" could not be read as year (e.g. "th 20")');
    // a dash or a blank cell says "none": nothing to report
    expect(notes).not.toContain('"-"');
  });

  it("rejects a spreadsheet's total rows and section headings with their reason, so no cost counts twice", async () => {
    const inv = await ingestFiles([join(DIR, 'sections-and-totals.csv')]);
    const reasons = inv.rejected.map((r) => messages('en').render(r.reason));
    expect(reasons).toEqual([
      '"A. APLIKASI PELAYANAN PUBLIK" is a section heading (the only cell filled in its row), not an application',
      '"B. APLIKASI ADMINISTRASI" is a section heading (the only cell filled in its row), not an application',
      '"Jumlah" is a total row, not an application',
      '"Grand Total" is a total row, not an application',
    ]);
    expect(inv.records.reduce((sum, r) => sum + (r.annualCost ?? 0), 0)).toBe(17_000_000);
  });

  it('reads bare costs in the unit the header states, and says so', async () => {
    const inv = await ingestFiles([join(DIR, 'cost-in-thousands.csv')]);
    expect(inv.records.map((r) => r.annualCost)).toEqual([150_000_000, 2_500_000, 1_000_000]);
    expect(english(inv.files[0]!.notes)).toContain('bare numbers in column "Pagu (Rp ribu)" are read in units of Rp 1000, as its header says');
  });

  it('takes the government the file name states when the file has no government column and no address names one', async () => {
    const inv = await ingestFiles([join(DIR, 'aplikasi_kab_sleman_2024.csv')]);
    expect(inv.records.map((r) => r.government.name)).toEqual(['Kabupaten Sleman', 'Kabupaten Sleman']);
    expect(english(inv.files[0]!.assumptions)).toMatch(/no government column: every row is taken as Kabupaten Sleman, which the file name names/);
    // a name that states no government leaves the rows as they are
    const other = await ingestFiles([join(DIR, 'comma.csv')]);
    expect(english(other.files[0]!.assumptions)).not.toMatch(/file name/);
  });

  it('reports the Windows-1252 fallback in the file notes', async () => {
    const inv = await ingestFiles([join(DIR, 'cp1252.csv')]);
    expect(english(inv.files[0]!.notes)).toMatch(/Windows-1252/);
  });

  it('names apps by their address and takes the government the addresses name when the file has neither column', async () => {
    const inv = await ingestFiles([join(DIR, 'addresses-only.csv')]);
    const file = inv.files[0]!;
    expect(file.mapping.name).toBe('URL');
    expect(english(file.assumptions)).toMatch(/no name column: each application is named by its address \(column "URL"\)/);
    // simaya.go.id names no government; the other three say Kota Dumai, so the whole list is Dumai's
    expect(english(file.assumptions)).toMatch(/no government column: every row is taken as Kota Dumai, which 3 of 3 addresses name/);
    expect(inv.records.map((r) => r.government.name)).toEqual(['Kota Dumai', 'Kota Dumai', 'Kota Dumai', 'Kota Dumai']);
    expect(inv.records.map((r) => r.url)).toEqual(['simpeg.dumaikota.go.id', 'dinkes.dumaikota.go.id', 'sppd.dumaikota.go.id', 'simaya.go.id']);
  });

  it('takes no government for the file when its addresses disagree', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hosts-'));
    const path = join(dir, 'mixed.csv');
    writeFileSync(path, 'Nama Aplikasi,URL\nSIMPEG,simpeg.dumaikota.go.id\nSIMPUS,simpus.garutkab.go.id\nLapor,lapor.example.com\n');
    const inv = await ingestFiles([path]);
    expect(inv.files[0]!.assumptions).toEqual([]);
    // each row still falls back to the government its own address names
    expect(inv.records.map((r) => r.government.name)).toEqual(['Kota Dumai', 'Kabupaten Garut', '']);
  });

  it('names each row by its row number where the "No" column starts again per office, and qualifies a code written twice', async () => {
    const sections = writeLines('per-opd.csv', ['No,Nama Aplikasi,OPD', '1,e-BPHTB,Bapenda', '2,SIMPATDA,Bapenda', '1,e-Musrenbang,Bappeda', '2,Website Bappeda,Bappeda', '3,e-Planning,Bappeda']);
    const inv = await ingestFiles([sections]);
    expect(inv.records.map((r) => r.sourceId)).toEqual(['1', '2', '3', '4', '5']);
    expect(english(inv.files[0]!.notes)).toContain('column "No" repeats its numbers (2 row(s), e.g. "1"): it numbers sections, not the file');
    const codes = writeLines('codes.csv', ['Kode,Nama Aplikasi', 'APL-01,SIMPEG', 'APL-02,SIMPUS', 'APL-01,SIMPEG Online', 'APL-01#2,e-Kinerja']);
    const coded = await ingestFiles([codes]);
    expect(coded.records.map((r) => r.sourceId)).toEqual(['APL-01', 'APL-02', 'APL-01#3', 'APL-01#2']);
    expect(english(coded.files[0]!.notes)).toContain('column "Kode" repeats ids');
    // ids that never repeat are kept as written, with no note
    const plain = await ingestFiles([writeLines('plain.csv', ['No,Nama Aplikasi', '1,SIMPEG', '3,SIMPUS'])]);
    expect(plain.records.map((r) => r.sourceId)).toEqual(['1', '3']);
    expect(english(plain.files[0]!.notes)).not.toContain('repeats');
  });

  it('an agency cell that joins a government and an office gives both; a unit cell naming its government fills a blank one', async () => {
    const path = writeLines('survey.csv', [
        'Application,Agency,Unit',
        'Puskesmas Records,"Health Office (Dinkes), Buleleng Regency",',
        'Tax Portal,Sleman District Government - Regional Revenue Agency,Bapenda Sleman',
        'SIMPUS,,Dinas Kesehatan Kabupaten Garut',
        'SIMPEG,,Bagian Umum',
        'SIKD,Dinas Kesehatan Banyuwangi,',
        'e-Presensi,,Diskominfo West Java',
    ]);
    const inv = await ingestFiles([path]);
    expect(inv.records.map((r) => [r.government.name, r.unit])).toEqual([
      ['Kabupaten Buleleng', 'Health Office (Dinkes)'],
      // the unit column, when it says something, is the unit
      ['Kabupaten Sleman', 'Bapenda Sleman'],
      ['Kabupaten Garut', 'Dinas Kesehatan Kabupaten Garut'],
      ['', 'Bagian Umum'],
      // an office and a place, no level word: the place is the government, the office the unit
      ['Kabupaten Banyuwangi', 'Dinas Kesehatan'],
      ['Provinsi Jawa Barat', 'Diskominfo West Java'],
    ]);
  });

  it('a name two governments share is the one the registries otherwise name, with a note', async () => {
    const survey = writeLines('survey.csv', ['Application,Agency', 'SIKS Daerah,Dinsos Bogor', 'e-Presensi,Bogor']);
    const catalog = writeLines('catalog.csv', ['Nama Aplikasi,Instansi', 'SIKS Daerah,Kabupaten Bogor', 'SIMPEG,Kota Malang']);
    const inv = await ingestFiles([survey, catalog]);
    expect(inv.records.map((r) => [r.government.name, r.unit])).toEqual([
      ['Kabupaten Bogor', 'Dinsos'],
      ['Kabupaten Bogor', null],
      ['Kabupaten Bogor', null],
      ['Kota Malang', null],
    ]);
    expect(english(inv.files[0]!.assumptions)).toMatch(/"Dinsos Bogor" \(1 row\(s\)\) read as Kabupaten Bogor/);
    // both Bogors named elsewhere: the name says neither
    const both = writeLines('both.csv', ['Nama Aplikasi,Instansi', 'SIMPEG,Kota Bogor']);
    const ambiguous = await ingestFiles([survey, catalog, both]);
    expect(ambiguous.records[1]!.government.resolved).toBe(false);
    expect(ambiguous.records[1]!.government.namesakes?.map((g) => g.name).sort()).toEqual(['Kabupaten Bogor', 'Kota Bogor']);
  });

  it('a short form ("Kota Smg") is the one government of those letters the registries name, else the one its own file names', async () => {
    const inventory = writeLines('short.csv', ['Nama Aplikasi,Pemda', 'SIMPEG,Kota Smg', 'e-Kinerja,Kab. Bdg', 'SIPD,Kota Semarang']);
    const catalog = writeLines('named.csv', ['Nama Aplikasi,Pemda', 'SIPD,Kabupaten Bandung', 'SIMDA,Kabupaten Badung']);
    const inv = await ingestFiles([inventory, catalog]);
    expect(inv.records[0]!.government).toMatchObject({ code: '33.74', resolved: true });
    // Bandung and Badung both have the letters b, d, g, and both are named in the other file only
    expect(inv.records[1]!.government.resolved).toBe(false);
    expect(english(inv.files[0]!.assumptions)).toMatch(/"Kota Smg" \(1 row\(s\)\) read as Kota Semarang: of the governments whose name it could shorten/);
    // where the registries name both, the one the file itself names is meant
    const own = writeLines('own.csv', ['Nama Aplikasi,Pemda', 'e-Kinerja,Kab. Bdg', 'SIPD,Kabupaten Badung']);
    expect((await ingestFiles([own, catalog])).records[0]!.government).toMatchObject({ code: '51.03', resolved: true });
  });

  it('rejects the signature block below a table, and only lone lines of a table wide enough to have one', async () => {
    const signed = writeLines('signed.csv', [
      'No;Nama Aplikasi;Perangkat Daerah;Status',
      '1;SIMPEG;BKPSDM;Aktif',
      ';Mengetahui,;;',
      ';Kepala Badan Kepegawaian;;',
      ';Drs. Andi Baso, M.Si;;',
      ';NIP. 19750101 200003 1 001;;',
    ]);
    const inv = await ingestFiles([signed]);
    expect(inv.records.map((r) => r.name)).toEqual(['SIMPEG']);
    expect(inv.rejected.map((r) => r.reason.key)).toEqual(Array(4).fill('reject.signatureLine'));
    expect(messages('en').render(inv.rejected[1]!.reason)).toBe('a line of the signature block below the table ("Kepala Badan Kepegawaian"), no application');
    // a list of names alone says nothing else of its apps: a name there is an app
    const names = writeLines('names.csv', ['Nama Aplikasi,Keterangan', 'Kepala Desa Menyapa,', 'SIMPEG,Data pegawai']);
    expect((await ingestFiles([names])).records.map((r) => r.name)).toEqual(['Kepala Desa Menyapa', 'SIMPEG']);
  });

  it('a row whose own address names another government keeps it in a file the addresses give to one', async () => {
    const list = writeLines('domains.csv', [
      'URL,OPD,Jenis',
      'simpeg.gowakab.go.id,BKPSDM,Aplikasi',
      'dinkes.gowakab.go.id,Dinkes,Website',
      'sppd.gowakab.go.id,Setda,Aplikasi',
      'ppid.gowakab.go.id,Diskominfo,Aplikasi',
      'sulselprov.go.id,Diskominfo,Website',
      'Aplikasi tanpa alamat,Disdik,Aplikasi',
    ]);
    const inv = await ingestFiles([list]);
    expect(inv.records.map((r) => r.government.name)).toEqual([...Array(4).fill('Kabupaten Gowa'), 'Provinsi Sulawesi Selatan', 'Kabupaten Gowa']);
    expect(english(inv.files[0]!.assumptions)).toMatch(/every row is taken as Kabupaten Gowa, which 4 of 5 addresses name, but for 1 row\(s\) whose own address names another government/);
  });

  it('a mapping default government wins over the addresses', async () => {
    const inv = await ingestFiles([join(DIR, 'addresses-only.csv')], { mapping: { columns: {}, defaults: { government: 'Kabupaten Garut' } } });
    expect(english(inv.files[0]!.assumptions)).not.toMatch(/government/);
    expect(new Set(inv.records.map((r) => r.government.name))).toEqual(new Set(['Kabupaten Garut']));
  });

  it('reads a second column of the government where the first is blank (a code column with gaps, a name column)', async () => {
    const path = writeLines('ekspor.csv', [
      'id_aplikasi,kode_pemda,nama_pemda,nama_aplikasi',
      'K-1,35.07,Pemerintah Kabupaten Malang,SIMDA Keuangan',
      'K-2,,PEMKAB BREBES,Pengaduan Masyarakat Online',
      'K-3,33.18,Kab. Pati,Website Dinkes',
      'K-4,35.26,PEMKAB BANGKALAN,SIAP',
      'K-5,,Kota Batu,Website Batu',
      'K-6,33.19,Kabupaten Kudus,SIRUP Daerah',
      'K-7,35.79,Kota Batu,SIMPEG',
      'K-8,33.29,Kab. Brebes,e-Kinerja',
    ]);
    const inv = await ingestFiles([path]);
    expect(inv.records.map((r) => r.government.name)).toEqual([
      'Kabupaten Malang',
      'Kabupaten Brebes',
      'Kabupaten Pati',
      'Kabupaten Bangkalan',
      'Kota Batu',
      'Kabupaten Kudus',
      'Kota Batu',
      'Kabupaten Brebes',
    ]);
    expect(english(inv.files[0]!.assumptions)).toContain('"nama_pemda" holds the government too: read where column "kode_pemda" is blank');
  });

  it('reads a tree of lists (governments, their offices, their apps) as its apps, each with its office and government', async () => {
    const path = writeLines('api.json', [
      JSON.stringify({
        versi: 2,
        data: [
          {
            pemda: 'Kota Samarinda',
            jenis: 'Pemerintah Kota',
            opd: [
              { nama_opd: 'Dinas Kesehatan', aplikasi: [{ id_aplikasi: 'A-1', nama_aplikasi: 'SIMPUS', status: null, aktif: false, jenis: 'Aplikasi Khusus' }] },
              { nama_opd: 'BKPSDM', aplikasi: [{ id_aplikasi: 'A-2', nama_aplikasi: 'SIMPEG', status: 'Aktif', aktif: true }, { id_aplikasi: 'A-3', nama_aplikasi: 'e-Kinerja', status: null, aktif: true }] },
            ],
          },
          { pemda: 'Kabupaten Berau', jenis: 'Pemerintah Kabupaten', opd: [{ nama_opd: 'Bappeda', aplikasi: [] }, { nama_opd: 'Diskominfo', aplikasi: [{ id_aplikasi: 'B-1', nama_aplikasi: 'Berau Satu Data', status: 'Aktif', aktif: true }, { id_aplikasi: 'B-2', nama_aplikasi: 'Website Berau', status: null, aktif: null }, { id_aplikasi: 'B-3', nama_aplikasi: 'Lapor Berau', status: 'Aktif', aktif: true }] }] },
        ],
      }),
    ]);
    const inv = await ingestFiles([path]);
    expect(inv.records.map((r) => [r.sourceId, r.name, r.government.name, r.unit, r.status])).toEqual([
      ['A-1', 'SIMPUS', 'Kota Samarinda', 'Dinas Kesehatan', 'inactive'],
      ['A-2', 'SIMPEG', 'Kota Samarinda', 'BKPSDM', 'active'],
      ['A-3', 'e-Kinerja', 'Kota Samarinda', 'BKPSDM', 'active'],
      ['B-1', 'Berau Satu Data', 'Kabupaten Berau', 'Diskominfo', 'active'],
      ['B-2', 'Website Berau', 'Kabupaten Berau', 'Diskominfo', 'unknown'],
      ['B-3', 'Lapor Berau', 'Kabupaten Berau', 'Diskominfo', 'active'],
    ]);
    // the app's own "jenis" is its kind; its government's is kept beside it
    expect(inv.files[0]!.mapping.kind).toBe('jenis');
    expect(inv.records[0]!.extra['parent.jenis']).toBe('Pemerintah Kota');
    expect(english(inv.files[0]!.notes)).toContain('applications read from the "data[].opd[].aplikasi[]" array');
    // an office listed with no apps makes no row, and the note says so
    expect(english(inv.files[0]!.notes)).toContain('1 item(s) above the list of applications hold no application');
    // a true/false column headed "aktif" is the status, with the other where one is blank
    expect(english(inv.files[0]!.assumptions)).toMatch(/"aktif"/);
  });

  it('reads columns no header synonym names by their values, and says what it assumed', async () => {
    const inv = await ingestFiles([join(DIR, 'unknown-headers.csv')]);
    const file = inv.files[0]!;
    expect(file.mapping).toMatchObject({
      name: 'Produk',
      government: 'Penyelenggara',
      unit: 'Pengampu',
      description: 'Ringkas',
      dataElements: 'Isian',
      status: 'Sifat',
      url: 'Lokasi Daring',
      year: 'Dibuat',
      id: 'Urut',
    });
    // the server's location ("Kominfo", "Diluar Kominfo") is neither an owner nor a name
    expect(file.unmapped).toEqual(['Server']);
    expect(file.assumptions).toHaveLength(9);
    expect(english(file.assumptions)).toMatch(/column "Urut" read as id: 100% of its values are codes that never repeat/);
    expect(english(file.assumptions)).toMatch(/column "Penyelenggara" read as government: 100% of its values are governments/);
    expect(inv.records.map((r) => r.government.name)).toEqual([
      'Kabupaten Garut',
      'Kabupaten Garut',
      'Kota Surabaya',
      'Kota Surabaya',
      'Kementerian Dalam Negeri',
      'Provinsi Banten',
    ]);
    expect(inv.records.map((r) => r.status)).toEqual(['active', 'active', 'inactive', 'active', 'active', 'inactive']);
    expect(inv.records.map((r) => r.year)).toEqual([2019, 2020, 2015, 2021, 2022, 2018]);
    expect(inv.records[2]!.description).toBe('Pendaftaran dan rekam medis pasien puskesmas');
    expect(inv.records[0]!.unit).toBe('BKPSDM');
    expect(inv.records[2]!.dataElements).toEqual(expect.arrayContaining(['nik', 'medical_record']));
  });

  it('a column the mapping ignores is not read by its values', async () => {
    const inv = await ingestFiles([join(DIR, 'unknown-headers.csv')], { mapping: { columns: { Produk: 'ignore' }, defaults: {} } });
    const file = inv.files[0]!;
    expect(file.mapping.name).toBe('Lokasi Daring');
    expect(english(file.assumptions)).toMatch(/no name column: each application is named by its address/);
  });

  it('gives rejected rows their file, line, field and reason', async () => {
    const inv = await ingestFiles([join(DIR, 'rows-with-problems.csv')]);
    for (const r of inv.rejected) {
      expect(r.source).toBe('rows-with-problems.csv');
      expect(r.line).toBeGreaterThan(1);
      expect(messages('en').render(r.reason).length).toBeGreaterThan(5);
    }
    expect(inv.rejected.some((r) => r.field === 'name')).toBe(true);
  });

  it('writes rejected.csv with the reasons in the chosen language', async () => {
    const inv = await ingestFiles([join(DIR, 'sections-and-totals.csv')]);
    const id = rejectedCsv(inv, messages('id'));
    expect(id.split('\n')[0]).toBe('source,path,line,field,reason,sheet');
    expect(id).toContain('""Jumlah"" adalah baris jumlah, bukan aplikasi');
    expect(rejectedCsv(inv)).toContain('""Jumlah"" is a total row, not an application');
  });
});

describe('bad input: one clear error naming the file', () => {
  it.each(bad)('%s', async (file, e) => {
    const path = join(DIR, file);
    await expect(ingestFiles([path])).rejects.toThrow(e.error!);
    await expect(ingestFiles([path])).rejects.toThrow(path);
  });

  it('an unreadable path', async () => {
    await expect(ingestFiles(['/nonexistent/registry.csv'])).rejects.toThrow(/registry\.csv: cannot read file \(ENOENT\)/);
  });

  it('a cell over 1 MB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huge-'));
    const path = makeHugeCellCsv(dir);
    await expect(ingestFiles([path])).rejects.toThrow(HUGE_CELL_ERROR);
  });

  it('unbalanced quotes name the line', async () => {
    await expect(ingestFiles([join(DIR, 'unbalanced-quotes.csv')])).rejects.toThrow(/line \d+/);
  });
});

describe('XLSX', () => {
  it('finds the header below a title block', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
    const fx = await makeTitleBlockWorkbook(dir);
    const inv = await ingestFiles([fx.path]);
    const s = inv.files[0]!;
    expect({ rowsRead: s.rowsRead, accepted: s.accepted, rejected: s.rejected }).toEqual(fx.expected);
    expect(english(s.notes)).toContain(`row ${fx.headerRow}`);
  });

  it('reads the sheet named with --sheet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
    const fx = await makeTwoSheetWorkbook(dir);
    const inv = await ingestFiles([fx.path], { sheet: fx.sheet! });
    const s = inv.files[0]!;
    expect({ rowsRead: s.rowsRead, accepted: s.accepted, rejected: s.rejected }).toEqual(fx.expected);
    await expect(ingestFiles([fx.path], { sheet: 'Nope' })).rejects.toThrow(/no sheet named "Nope"/);
  });

  it('without --sheet, reads the sheet that looks like a registry, not an instructions sheet before it, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'satupintu-xlsx-'));
    const fx = await makeTwoSheetWorkbook(dir);
    const inv = await ingestFiles([fx.path]);
    const s = inv.files[0]!;
    expect({ rowsRead: s.rowsRead, accepted: s.accepted, rejected: s.rejected }).toEqual(fx.expected);
    expect(english(s.notes)).toContain('sheet "Registri" read: the first sheet whose header looks like a registry (the first sheet, "Petunjuk", does not)');
    // asked for by name, the instructions sheet is read as it is: it has no name column
    await expect(ingestFiles([fx.path], { sheet: 'Petunjuk' })).rejects.toThrow(new RegExp(fx.firstSheetError));
  });

  it('a workbook whose every sheet is hidden says so and how to read one anyway', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'satupintu-xlsx-'));
    const fx = await makeTwoSheetWorkbook(dir, 'hidden.xlsx', 'hidden');
    await expect(ingestFiles([fx.path])).rejects.toThrow(/hidden\.xlsx: every sheet is hidden \(Petunjuk, Registri\); name the one to read with --sheet NAME/);
    const inv = await ingestFiles([fx.path], { sheet: 'Registri' });
    expect(inv.files[0]!.accepted).toBe(fx.expected.accepted);
  });

  it('reads every sheet on the registry\'s template, each row with its sheet, and no row of a lookup sheet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'satupintu-xlsx-'));
    const path = await makePerOfficeWorkbook(dir);
    const inv = await ingestFiles([path]);
    expect(inv.records.map((r) => [r.name, r.sheet, r.line, r.sourceId])).toEqual([
      ['SIMPUS', 'Dinkes', 2, 'Dinkes!1'],
      ['e-Posyandu', 'Dinkes', 3, 'Dinkes!2'],
      ['PPDB Online', 'Disdik', 2, 'Disdik!1'],
    ]);
    // the signature block and the row without a name are rejected where they are, in the file's order
    expect(inv.rejected.map((r) => [r.sheet, r.line, r.reason.key])).toEqual([
      ['Dinkes', 5, 'reject.signatureLine'],
      ['Dinkes', 6, 'reject.signatureLine'],
      ['Dinkes', 7, 'reject.signatureLine'],
      ['Dinkes', 8, 'reject.signatureLine'],
      ['Disdik', 3, 'reject.noName'],
    ]);
    expect(rejectedCsv(inv).split('\n')[5]).toMatch(/,Disdik$/);
    const file = inv.files[0]!;
    expect({ rowsRead: file.rowsRead, accepted: file.accepted, rejected: file.rejected }).toEqual({ rowsRead: 8, accepted: 3, rejected: 5 });
    expect(english(file.notes)).toContain('2 sheets read as one registry: "Dinkes", "Disdik"');
    expect(english(file.notes)).toContain('"Petunjuk", "Referensi"');
    expect(english(file.notes)).toContain('ids are written with their sheet ("Dinkes!1")');
    // one sheet still, when asked for
    expect((await ingestFiles([path], { sheet: 'Disdik' })).records.map((r) => r.sourceId)).toEqual(['1']);
  });

  it('notes a workbook of registry sheets only without a list of sheets passed over, and a column read by its values once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'satupintu-xlsx-'));
    const file = (await ingestFiles([await makeTwoRegionWorkbook(dir)])).files[0]!;
    expect(english(file.notes)).toContain('2 sheets read as one registry: "Jawa", "Sumatra" (row numbers run on from sheet to sheet); read one sheet with --sheet');
    expect(english(file.notes)).not.toContain('passed over');
    expect(file.assumptions.filter((n) => n.vars?.column === 'Ringkas')).toHaveLength(1);
  });

  it('reads a two-row header under a merged heading, and rejects the column numbers, the merged province heading and the total', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'satupintu-xlsx-'));
    const inv = await ingestFiles([await makeRecapWorkbook(dir)]);
    const file = inv.files[0]!;
    expect(file.mapping).toMatchObject({ id: 'No', name: 'Aplikasi Nama', url: 'Aplikasi Alamat', government: 'Pemerintah Daerah', status: 'Status' });
    expect(inv.records.map((r) => [r.sourceId, r.name, r.urlHost, r.status])).toEqual([
      ['1', 'e-Office', 'eoffice.ntbprov.go.id', 'active'],
      ['2', 'JDIH NTB', 'jdih.ntbprov.go.id', 'active'],
    ]);
    expect(inv.rejected.map((r) => r.reason.key)).toEqual(['reject.columnNumbers', 'reject.mergedHeading', 'reject.totalRow']);
    expect(english(file.notes)).toContain('a two-row header: row 4 below it names the columns a heading spans ("Aplikasi": "Nama", "Alamat")');
  });

  it('keeps a first sheet that is a registry, though a later lookup sheet names more fields', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'satupintu-xlsx-'));
    const inv = await ingestFiles([await makeRegistryThenLookupWorkbook(dir)]);
    expect(inv.records.map((r) => r.name)).toEqual(['Lapor Sleman', 'SIMPEG']);
    expect(english(inv.files[0]!.notes)).toBe('sheet "Data"');
  });
  it('a sheet per government: each sheet\'s rows are its name\'s, the owner column of offices is the unit, "Jalan" and "Piloting" are statuses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'satupintu-xlsx-'));
    const inv = await ingestFiles([await makeSheetPerGovernmentWorkbook(dir)]);
    const byName = new Map(inv.records.map((r) => [r.name, r]));
    expect(byName.get('e-Office')!.government.code).toBe('73.06');
    expect(byName.get('e-Presensi')!.government.code).toBe('73.71');
    // no address, no government column: only its sheet says whose it is
    expect(byName.get('JDIH')!.government.code).toBe('73.71');
    // its own address names another government: that one's app, though listed on Gowa's sheet
    expect(byName.get('Smart City Makassar')!.government.code).toBe('73.71');
    expect(byName.get('SIMPEG')!.unit).toBe('BKPSDM');
    expect([byName.get('PPDB Online')!.status, byName.get('SIMPUS')!.status, byName.get('SIMPEG')!.status]).toEqual(['active', 'development', 'inactive']);
    const said = english(inv.files[0]!.assumptions);
    expect(said).toContain('column "Instansi Pemilik" is named like a government column, but 100% of its values are offices');
    expect(said).toContain('each sheet\'s rows are taken as the government its sheet name names (2 sheets: "Kab. Gowa" → Kabupaten Gowa, "Kota Makassar" → Kota Makassar');
  });

  it('a remarks column of statuses is the status; a remarks column of sentences stays the description', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'satupintu-remarks-'));
    const statuses = writeLines('website-opd.csv', [
      'No,Nama,OPD,URL,Keterangan',
      '1,Website Dinkes,Dinas Kesehatan,dinkes.slemankab.go.id,aktif',
      '2,Website Disdik,Dinas Pendidikan,disdik.slemankab.go.id,tidak bisa diakses',
      '3,Dinsos,Dinas Sosial,dinsos.slemankab.go.id,mati',
      '4,SIMPEG,BKPSDM,simpeg.slemankab.go.id,online',
      '5,e-Lapor,Diskominfo,lapor.slemankab.go.id,',
      '6,PPDB,Dinas Pendidikan,ppdb.slemankab.go.id,Dalam Pengembangan',
    ], dir);
    const listed = await ingestFiles([statuses]);
    expect(listed.records.map((r) => r.status)).toEqual(['active', 'inactive', 'inactive', 'active', 'unknown', 'development']);
    expect(listed.records.every((r) => r.description === null)).toBe(true);
    expect(listed.files[0]!.mapping.status).toBe('Keterangan');
    const sentences = writeLines('daftar.csv', [
      'No,Nama,OPD,Keterangan',
      '1,SIMPEG,BKPSDM,Data pokok pegawai dan riwayat kenaikan pangkat',
      '2,SIMPUS,Dinas Kesehatan,Rekam medis pasien di setiap puskesmas',
      '3,e-Lapor,Diskominfo,Pengaduan warga yang masih aktif ditindaklanjuti',
      '4,PPDB,Dinas Pendidikan,Pendaftaran peserta didik baru secara daring',
      '5,SIMBADA,BPKAD,Inventaris barang milik daerah dan penyusutannya',
    ], dir);
    const described = await ingestFiles([sentences]);
    expect(described.files[0]!.mapping.description).toBe('Keterangan');
    expect(described.records.every((r) => r.status === 'unknown')).toBe(true);
  });

  it('a JSON of governments, each with its apps, is read as the apps, each with its government', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'satupintu-json-'));
    const app = (id: string, name: string, link: string) => ({ app_id: id, name, opd: 'Diskominfo', deskripsi: null, description: `Layanan ${name} untuk warga dan pegawai daerah`, link, status: 'Aktif' });
    const path = join(dir, 'ekspor.json');
    writeFileSync(path, JSON.stringify({
      pemerintah: [
        { nama: 'Pemerintah Kabupaten Gowa', kode: '73.06', aplikasi: [app('A1', 'e-Office', 'eoffice.gowakab.go.id'), app('A2', 'SIMPEG', 'simpeg.gowakab.go.id'), app('A3', 'PPDB', '')] },
        { nama: 'Kota Makassar', kode: '73.71', aplikasi: [app('A4', 'e-Presensi', ''), app('A5', 'Lapor', 'lapor.makassarkota.go.id'), app('A6', 'SIMBADA', '')] },
      ],
    }));
    const inv = await ingestFiles([path]);
    expect(inv.records.map((r) => [r.sourceId, r.name, r.government.code])).toEqual([
      ['A1', 'e-Office', '73.06'], ['A2', 'SIMPEG', '73.06'], ['A3', 'PPDB', '73.06'],
      ['A4', 'e-Presensi', '73.71'], ['A5', 'Lapor', '73.71'], ['A6', 'SIMBADA', '73.71'],
    ]);
    // "description" stands in where "deskripsi" is blank: it is read as the description, never as data elements
    expect(inv.records[0]!.description).toBe('Layanan e-Office untuk warga dan pegawai daerah');
    expect(inv.files[0]!.mapping.dataElements).toBeUndefined();
    expect(inv.records.every((r) => r.status === 'active')).toBe(true);
  });
  it('a list whose addresses agree on no government is the file name\'s, but for the rows whose own address names one', async () => {
    const path = writeLines('daftar_aplikasi_kota_bandung.csv', [
      'No,Nama Aplikasi,URL',
      '1,SIMPATDA,simpatda.bandung.go.id',
      '2,SIPEDAL,sipedal.bandung.go.id',
      '3,e-SKP,eskp.bandung.go.id',
      '4,SIMPUS Garut,simpus.garutkab.go.id',
      '5,Lapor Dumai,lapor.dumaikota.go.id',
    ]);
    const inv = await ingestFiles([path]);
    expect(inv.records.map((r) => r.government.code)).toEqual(['32.73', '32.73', '32.73', '32.05', '14.72']);
    expect(english(inv.files[0]!.assumptions)).toContain('every row is taken as Kota Bandung, which the file name names, but for 2 row(s) whose own address names a government');
  });
  it('rows under a section heading that names an office or a government take it where they name none', async () => {
    const path = writeLines('rekap.csv', [
      'No,Nama Aplikasi,URL,Status',
      'I. KABUPATEN KUPANG,,,',
      'A. DINAS KESEHATAN,,,',
      '1,SIMPUS,simpus.kupangkab.go.id,aktif',
      '2,e-Posyandu,,aktif',
      'B. Badan Kepegawaian dan Pengembangan Sumber Daya Manusia,,,',
      '3,SIMPEG,simpeg.kupangkab.go.id,aktif',
      'C. Aplikasi Lainnya,,,',
      '4,Lapor Kupang,lapor.kupangkab.go.id,aktif',
    ]);
    const inv = await ingestFiles([path]);
    expect(inv.records.map((r) => [r.name, r.unit, r.government.code])).toEqual([
      ['SIMPUS', 'DINAS KESEHATAN', '53.01'],
      ['e-Posyandu', 'DINAS KESEHATAN', '53.01'],
      ['SIMPEG', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', '53.01'],
      // a heading that names no office starts a section of no known office
      ['Lapor Kupang', null, '53.01'],
    ]);
    expect(inv.rejected.map((r) => r.reason.key)).toEqual(['reject.sectionHeading', 'reject.sectionHeading', 'reject.sectionHeading', 'reject.sectionHeading']);
    expect(english(inv.files[0]!.assumptions)).toContain('3 row(s) with no unit take it from the section heading above them');
    expect(english(inv.files[0]!.assumptions)).toContain('4 row(s) with no government take it from the section heading above them');
  });
  it('a short form and a long name in columns of their own: one is the name, the other stands in; a status header\'s legend reads its codes', async () => {
    const path = writeLines('inventaris.csv', [
      'No;Singkatan;Nama Lengkap;Pemerintah Daerah;"Status (1/Y=Aktif; 0/T=Tidak Aktif; 2=Pengembangan)"',
      '1;SIMBAS;;Pemprov Aceh;1',
      '2;e-Reg;Registrasi Pasien Elektronik;Pemprov Aceh;T',
      '3;;Sistem Informasi Kepegawaian;Pemprov Aceh;2',
      '4;SIPD;Sistem Informasi Pemerintahan Daerah;Pemprov Aceh;Y',
      '5;e-Kinerja;Kinerja Pegawai Elektronik;Pemprov Aceh;0',
      '6;SIMPUS;Sistem Informasi Puskesmas;Pemprov Aceh;1',
      '7;PPDB;Penerimaan Peserta Didik Baru;Pemprov Aceh;1',
    ]);
    const inv = await ingestFiles([path]);
    expect(inv.rejected).toHaveLength(0);
    expect(inv.records.map((r) => r.status)).toEqual(['active', 'inactive', 'development', 'active', 'inactive', 'active', 'active']);
    expect(inv.records.map((r) => r.name)).toContain('SIMBAS');
    expect(inv.records.map((r) => r.name)).toContain('Sistem Informasi Kepegawaian');
    // both filled: the long name with its short form, as registries write both
    expect(inv.records.map((r) => r.name)).toContain('Sistem Informasi Puskesmas (SIMPUS)');
    expect(english(inv.files[0]!.notes)).toContain('explains its codes: 5 code(s) read as its header says');
  });
  it('a government cell no alias resolves is the government its rows\' addresses agree on', async () => {
    const path = writeLines('rekap.csv', [
      'No;Nama Aplikasi;Pemerintah Daerah;Alamat URL',
      '1;SIMPEG;Btm;simpeg.bartimkab.go.id',
      '2;e-Kinerja;Btm;bartimkab.go.id/ekinerja',
      '3;SIPD;Btm;',
      '4;LPSE;Qqx;lpse.bantenprov.go.id',
      '5;JDIH;Qqx;jdih.slemankab.go.id',
      '6;SIMDA;Kab. Kapuas;',
      '7;SIPKD;Kota Palangka Raya;',
      '8;e-Office;Kab. Katingan;',
      '9;SIKD;Kab. Seruyan;',
    ]);
    const inv = await ingestFiles([path]);
    expect(inv.records.slice(0, 5).map((r) => r.government.name)).toEqual(['Kabupaten Barito Timur', 'Kabupaten Barito Timur', 'Kabupaten Barito Timur', 'Qqx', 'Qqx']);
    expect(english(inv.files[0]!.assumptions)).toContain('"Btm" (3 row(s)) read as Kabupaten Barito Timur: 2 of the 2 addresses');
  });
  it('an alias column is the short form of the name (app_name, app_alias)', async () => {
    const path = writeLines('ekspor.json', [
      JSON.stringify({
        metadata: { title: 'Ekspor' },
        data: [
          { record_id: 'A-1', app_name: 'Sistem Informasi Manajemen Kepegawaian', app_alias: 'SIMPEG', owner: 'Kab. Paser' },
          { record_id: 'A-2', app_name: null, app_alias: 'e-Planning', owner: 'Kab. Paser' },
          { record_id: 'A-3', app_name: 'PPID Online', app_alias: 'PPID', owner: 'Kab. Paser' },
          { record_id: 'A-4', app_name: 'Layanan Pengadaan Secara Elektronik', app_alias: null, owner: 'Kab. Paser' },
          { record_id: 'A-5', app_name: 'Sistem Informasi Manajemen Rumah Sakit', app_alias: 'SIMRS', owner: 'Kab. Paser' },
          { record_id: 'A-6', app_name: 'Perpustakaan Keliling', app_alias: 'Pusling', owner: 'Kab. Paser' },
          { record_id: 'A-7', app_name: 'Kinerja Elektronik', app_alias: 'e-Kinerja', owner: 'Kab. Paser' },
          { record_id: 'A-8', app_name: 'Jaringan Dokumentasi dan Informasi Hukum', app_alias: 'JDIH', owner: 'Kab. Paser' },
        ],
      }),
    ]);
    const inv = await ingestFiles([path]);
    expect(inv.rejected).toHaveLength(0);
    expect(inv.records.map((r) => r.name)).toEqual([
      'Sistem Informasi Manajemen Kepegawaian (SIMPEG)',
      'e-Planning',
      'PPID Online',
      'Layanan Pengadaan Secara Elektronik',
      'Sistem Informasi Manajemen Rumah Sakit (SIMRS)',
      'Perpustakaan Keliling (Pusling)',
      'Kinerja Elektronik (e-Kinerja)',
      'Jaringan Dokumentasi dan Informasi Hukum (JDIH)',
    ]);
  });
});

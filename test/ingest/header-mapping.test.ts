import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessField, loadMappingFile, mapHeaders, unmappedHeaders } from '../../src/ingest/header-mapping.js';
import { detectDelimiter } from '../../src/ingest/csv.js';

describe('guessField', () => {
  it.each([
    ['No', 'id'],
    ['ID', 'id'],
    ['app_id', 'id'],
    ['id_app', 'id'],
    ['Nama Aplikasi', 'name'],
    ['NAMA APLIKASI', 'name'],
    ['nama_aplikasi', 'name'],
    ['Application Name', 'name'],
    ['Judul', 'name'],
    ['Nama Sistem', 'name'],
    ['Instansi', 'government'],
    ['Ministry/Agency', 'government'],
    ['Pemerintah Daerah', 'government'],
    ['OPD Pengelola', 'unit'],
    ['Unit Pengelola', 'unit'],
    ['Perangkat Daerah', 'unit'],
    ['Deskripsi', 'description'],
    ['Fungsi', 'description'],
    ['infofungsi', 'description'],
    ['Description', 'description'],
    ['Alamat URL', 'url'],
    ['Platforms', 'platforms'],
    ['Data yang Dikelola', 'dataElements'],
    ['Data Handled', 'dataElements'],
    ['Status', 'status'],
    ['Tahun Pembuatan', 'year'],
    ['Biaya Tahunan (Rp)', 'annualCost'],
    ['Annual Cost (IDR)', 'annualCost'],
    ['Monthly Users', 'monthlyUsers'],
    ['pengguna_bulanan', 'monthlyUsers'],
    ['Category', 'category'],
    ['jenis', 'kind'],
    ['Posisi Server', null],
    // headers no synonym covers, named by one of their words
    ['URL Aplikasi', 'url'],
    ['Application URL', 'url'],
    ['Deskripsi Singkat', 'description'],
    ['Platform Aplikasi', 'platforms'],
    ['Application Status', 'status'],
    ['Nama OPD', 'unit'],
    ['Judul Aplikasi', 'name'],
    ['Bidang Urusan', 'category'],
    // a rate is not the field it qualifies
    ['Biaya Operasional per Tahun', 'annualCost'],
    ['Jumlah Pengguna per Bulan', 'monthlyUsers'],
    // generic words name nothing, two named fields are no guess, the id is never guessed from a word
    ['Pemilik Aplikasi', 'government'],
    ['Nama Pemilik', 'government'],
    ['Yearly Budget', 'annualCost'],
    ['Keadaan', 'status'],
    ['Nama Versi', null],
    ['Versi Aplikasi', null],
    ['Tahun Anggaran', null],
    ['No. Telepon', null],
  ])('%s → %s', (header, field) => {
    expect(guessField(header)).toBe(field);
  });
});

describe('mapHeaders', () => {
  it('maps each field once and keeps the rest as unmapped', () => {
    const headers = ['No', 'Nama Aplikasi', 'Nama', 'Posisi Server'];
    const m = mapHeaders(headers);
    expect(m.mapped).toEqual({ id: 'No', name: 'Nama Aplikasi' });
    expect(unmappedHeaders(headers, m)).toEqual(['Nama', 'Posisi Server']);
  });

  it('lets a mapping file override and add mappings, one column feeding two fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'map-'));
    const file = join(dir, 'mapping.yaml');
    writeFileSync(file, 'columns:\n  URL: [name, url]\n  Keterangan: description\n  Jenis: ignore\ndefaults:\n  government: Provinsi Banten\n');
    const overrides = loadMappingFile(file);
    const m = mapHeaders(['no', 'OPD / Lembaga', 'URL', 'Jenis', 'Keterangan'], overrides);
    expect(m.mapped).toMatchObject({ id: 'no', unit: 'OPD / Lembaga', name: 'URL', url: 'URL', description: 'Keterangan' });
    expect(m.mapped.kind).toBeUndefined();
    expect(overrides.defaults.government).toBe('Provinsi Banten');
  });

  it('rejects an invalid mapping file naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'map-'));
    const file = join(dir, 'mapping.json');
    writeFileSync(file, JSON.stringify({ columns: { URL: 'nama' } }));
    expect(() => loadMappingFile(file)).toThrow(/mapping\.json: columns\.URL/);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a;b;c\n1;2;3\n', ';'],
    ['a,b,c\n1,2,3\n', ','],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['a|b|c\n1|2|3\n', '|'],
    ['"x;y",b,c\n1,2,3\n', ','],
    ['Nama;Deskripsi\n"SIMPEG";"Data pegawai, golongan, jabatan"\n', ';'],
  ])('%j → %j', (text, d) => {
    expect(detectDelimiter(text)).toBe(d);
  });
});

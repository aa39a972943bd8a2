import { describe, expect, it } from 'vitest';
import { nameFeatures, spelledOutName } from '../../src/features/name-features.js';
import { buildRecordFeatures } from '../../src/features/record-features.js';
import type { InventoryRecord } from '../../src/model/inventory.js';

const none = new Set<string>();

describe('nameFeatures', () => {
  it('a short form written with its long form gives both', () => {
    const f = nameFeatures('Sistem Informasi Manajemen Kepegawaian (SIMPEG)', none);
    expect(f.acronyms).toEqual(['simpeg']);
    expect(f.longForms).toEqual(['kepegawaian']);
  });

  it('a name in two wordings gives each as a form of its own', () => {
    const f = nameFeatures('APM Pajak (Unattended PBB Kiosk)', none);
    expect(f.acronyms).toEqual([]);
    expect(f.longForms.sort()).toEqual(['apm pajak', 'unattended pbb kiosk']);
    // a spaced slash parts the wordings; an unspaced one is a word's own ("Kab/Kota")
    expect(nameFeatures('e-Antrian / Antrian Elektronik', none).longForms.length).toBe(2);
    expect(nameFeatures('Portal Kab/Kota', none).longForms).toEqual([]);
  });

  it('a name in one part has no other forms; generic, region and English level words are not its words', () => {
    expect(nameFeatures('Aplikasi Presensi Online', none).longForms).toEqual([]);
    expect(nameFeatures('SIMPEG Online Padang City', new Set(['padang'])).core).toBe('simpeg');
  });

  it('a generic word mistyped by one letter or one swap is still generic; a shorter word of its own is not', () => {
    expect(nameFeatures('KIP Olnine', none).core).toBe('kip');
    expect(nameFeatures('Sisttem Infromasi Desa', none).core).toBe('desa');
    expect(nameFeatures('Mobil Keliling', none).core).toBe('mobil keliling');
  });

  it('the phone system a listing is for is no word of the name', () => {
    expect(nameFeatures('Garut Sehat (Android)', new Set(['garut'])).core).toBe(nameFeatures('Garut Sehat iOS', new Set(['garut'])).core);
  });
});

describe("a central body's name inside an app's name", () => {
  const gov = { code: '00.Kemenhub', name: 'Kementerian Perhubungan', level: 'pusat' as const, resolved: true };
  const record = (name: string, index: number): InventoryRecord => ({
    index, source: 'a.csv', sourceId: String(index + 1), line: index + 2, name, governmentRaw: '', government: gov,
    unit: null, description: null, url: null, urlHost: null, platforms: [], dataElements: [], status: 'unknown',
    statusRaw: null, year: null, annualCost: null, monthlyUsers: null, category: null, kind: null, extra: {},
  });

  it('says whose app it is, with its own short form; an app short form after it stays', () => {
    const { features } = buildRecordFeatures(['Info Kapal Ministry of Transportation (MoT)', 'SIMPEG Kementerian Perhubungan (SIMPEGHUB)'].map(record));
    expect(features.map((f) => [f.name.core, f.name.acronyms])).toEqual([
      ['info kapal', []],
      ['simpeg simpeghub', ['simpeg', 'simpeghub']],
    ]);
  });
});

describe('spelledOutName', () => {
  it.each([
    ['SIKD - Sistem Informasi Keuangan Daerah', 'Sistem Informasi Keuangan Daerah'],
    ['Sistem Informasi Gaji (SIGAJI)', 'Sistem Informasi Gaji'],
    ['SIMPEG | Sistem Informasi Manajemen Kepegawaian', 'Sistem Informasi Manajemen Kepegawaian'],
    ['SIMBG / Sistem Informasi Manajemen Bangunan Gedung', 'Sistem Informasi Manajemen Bangunan Gedung'],
  ])('%s says what its short form stands for', (name, long) => {
    expect(spelledOutName(name)).toBe(long);
  });

  it.each([
    ['a short form beside words it does not abbreviate', 'SIGAP - Layanan Kebencanaan'],
    ['no short form', 'Mobil Layanan Dukcapil - Keliling Kecamatan'],
    ['a short form alone', 'SIKD'],
    ['three parts', 'SIKD - Sistem Informasi Keuangan Daerah - Kota Malang'],
  ])('%s: null', (_label, name) => {
    expect(spelledOutName(name)).toBeNull();
  });
});

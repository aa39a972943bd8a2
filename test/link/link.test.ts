import { describe, expect, it } from 'vitest';
import { buildRecordFeatures, regionTokensOf } from '../../src/features/record-features.js';
import { blockCandidates } from '../../src/link/blocking.js';
import { comparePair } from '../../src/link/compare.js';
import { loadLinkModel } from '../../src/link/link-model.js';
import { linkRecords } from '../../src/link/link.js';
import { indexed, record } from './helpers.js';
import type { InventoryRecord } from '../../src/model/inventory.js';

const model = loadLinkModel();
const unknown = { fn: null, confident: false };

describe('blocking', () => {
  it('pairs records of one government sharing a host or a name form, never across governments', () => {
    const records = indexed([
      record({ name: 'e-Presensi Pegawai', url: 'epresensi.banyuwangikab.go.id', urlHost: 'epresensi.banyuwangikab.go.id' }),
      record({ name: 'Presensi Online', url: 'epresensi.banyuwangikab.go.id/login', urlHost: 'epresensi.banyuwangikab.go.id' }),
      record({ name: 'e-Presensi Pegawai', gov: 'dumai' }),
      record({ name: 'Bank Sampah Digital' }),
    ]);
    const { features } = buildRecordFeatures(records);
    const c = blockCandidates(features, model);
    const keys = [...c.pairs.keys()].map((k) => [Math.floor(k / records.length), k % records.length]);
    expect(keys).toEqual([[0, 1]]);
    expect(c.pairs.get(1)).toContain('government+host');
  });

  it('finds short form and long form of one name through the learned acronym dictionary', () => {
    const records = indexed([
      record({ name: 'Sistem Informasi Manajemen Pendidikan (SIMDIK)', gov: 'dumai' }),
      record({ name: 'Aplikasi SIMDIK' }),
      record({ name: 'Sistem Informasi Manajemen Pendidikan' }),
    ]);
    const { features } = buildRecordFeatures(records);
    const c = blockCandidates(features, model);
    expect(c.pairs.has(1 * 3 + 2)).toBe(true);
  });

  it('compares name words as classification reads them: standard spelling, no clitic', () => {
    const records = indexed([record({ name: 'Antrian Poliklinik', gov: 'dumai' }), record({ name: 'Antrean Poliklinik', gov: 'dumai' })]);
    const { features } = buildRecordFeatures(records);
    expect([...features[0]!.name.comparable]).toEqual([...features[1]!.name.comparable]);
    expect(blockCandidates(features, model).pairs.get(1)).toContain('government+name');
  });

  it('compares an English name with its Indonesian translation: e-Procurement is Pengadaan Elektronik', () => {
    const records = indexed([
      record({ name: 'e-Procurement', gov: 'dumai' }),
      record({ name: 'Pengadaan Elektronik', gov: 'dumai' }),
      record({ name: 'Open Data', gov: 'dumai' }),
      record({ name: 'Portal Data Terbuka', gov: 'dumai' }),
    ]);
    const { features } = buildRecordFeatures(records);
    expect([...features[0]!.name.comparable]).toEqual([...features[1]!.name.comparable]);
    const pairs = blockCandidates(features, model).pairs;
    expect(pairs.get(0 * 4 + 1)).toContain('government+name');
    expect(comparePair(features[2]!, features[3]!, unknown, unknown, model).signals.find((s) => s.signal === 'name')!.level).toBe('contained');
  });

  it('reads two names of one office\'s website as one name, whatever the office\'s spelling; not two offices\' sites', () => {
    const records = indexed([
      record({ name: 'Website Diskominfo', gov: 'dumai' }),
      record({ name: 'Portal Informasi Dinas Komunikasi dan Informatika', gov: 'dumai' }),
      record({ name: 'Website Dinas Kesehatan', gov: 'dumai' }),
    ]);
    const { features } = buildRecordFeatures(records);
    const pairs = blockCandidates(features, model).pairs;
    expect(pairs.get(0 * 3 + 1)).toContain('government+name');
    expect(comparePair(features[0]!, features[1]!, unknown, unknown, model).signals.find((s) => s.signal === 'name')!.level).toBe('acronym');
    expect(comparePair(features[0]!, features[2]!, unknown, unknown, model).signals.find((s) => s.signal === 'name')!.level).not.toMatch(/exact|acronym|contained/);
  });

  it("reads the government's own website by its address or by site words and the government's name; not an office's site", () => {
    const records = indexed([
      record({ name: 'Website Resmi Pemkot Dumai', gov: 'dumai' }),
      record({ name: 'www.dumaikota.go.id', gov: 'dumai' }),
      record({ name: 'Portal Dumai', gov: 'dumai' }),
      record({ name: 'Website DLH Dumai', gov: 'dumai' }),
      record({ name: 'dumaikota.go.id/sppd', gov: 'dumai' }),
      // the government named by its level alone
      record({ name: 'Portal Pemda', gov: 'dumai' }),
      record({ name: 'Situs Resmi Pemerintah Daerah', gov: 'dumai' }),
    ]);
    const { features } = buildRecordFeatures(records);
    const own = features.map((f) => f.nameVariants.includes('website of the government'));
    expect(own).toEqual([true, true, true, false, false, true, true]);
    expect(features.map((f) => f.governmentSite)).toEqual(own);
    expect(blockCandidates(features, model).pairs.get(0 * 7 + 1)).toContain('government+name');
  });

  it("reads a government's other names (Kemendagri, Kukar) as its own name words: not part of what the app is", () => {
    const kemendagri = { code: '00.Kemendagri', name: 'Kementerian Dalam Negeri', level: 'pusat' as const, resolved: true };
    const records = indexed([record({ name: 'JDIH Kemendagri', government: kemendagri }), record({ name: 'JDIH', government: kemendagri })]);
    const { features } = buildRecordFeatures(records);
    expect(regionTokensOf(records[0]!).has('kemendagri')).toBe(true);
    expect(features[0]!.name.core).toBe(features[1]!.name.core);
  });

  it('reads a one-word name written in lower case as the acronym the registries expand elsewhere', () => {
    const records = indexed([
      record({ name: 'Sistem Informasi Manajemen Pendidikan (SIMDIK)', gov: 'dumai' }),
      record({ name: 'simdik' }),
      record({ name: 'Sistem Informasi Manajemen Pendidikan' }),
    ]);
    const { features } = buildRecordFeatures(records);
    expect(features[1]!.nameVariants).toContain(features[2]!.name.core);
    expect(blockCandidates(features, model).pairs.has(1 * 3 + 2)).toBe(true);
  });

  it('compares a large block by sorted neighbourhood: linear in its size, duplicates still paired', () => {
    const { allPairsUpTo, window } = model.blocking;
    // one government, one host, many apps behind it (a portal): more than allPairsUpTo records
    const size = allPairsUpTo * 4;
    const apps = Array.from({ length: size / 2 }, (_, k) => `Layanan ${String.fromCharCode(97 + (k % 26))}${String.fromCharCode(97 + Math.floor(k / 26))}xq`);
    const records = indexed(
      // each app twice, far apart in input order
      [...apps, ...apps].map((name) => record({ name, url: 'portal.banyuwangikab.go.id', urlHost: 'portal.banyuwangikab.go.id' })),
    );
    const { features } = buildRecordFeatures(records);
    const c = blockCandidates(features, model);
    const hostPairs = [...c.pairs.values()].filter((rules) => rules.includes('government+host')).length;
    expect(hostPairs).toBeLessThanOrEqual(size * window);
    expect(hostPairs).toBeLessThan((size * (size - 1)) / 2);
    for (let k = 0; k < apps.length; k++) expect(c.pairs.get(k * size + k + apps.length), apps[k]).toContain('government+host');
  });

  it('still compares a block of allPairsUpTo records all-pairs', () => {
    const { allPairsUpTo } = model.blocking;
    const records = indexed(
      Array.from({ length: allPairsUpTo }, (_, k) => record({ name: `Layanan ${k}`, url: 'portal.banyuwangikab.go.id', urlHost: 'portal.banyuwangikab.go.id' })),
    );
    const { features } = buildRecordFeatures(records);
    expect(blockCandidates(features, model).pairs.size).toBe((allPairsUpTo * (allPairsUpTo - 1)) / 2);
  });
});

describe('comparePair', () => {
  it('scores the same host high and explains every signal', () => {
    const records = indexed([
      record({ name: 'e-KIR', url: 'ekir.sragenkab.go.id', urlHost: 'ekir.sragenkab.go.id', unit: 'Dinas Perhubungan' }),
      record({ name: 'Uji KIR Elektronik', url: 'ekir.sragenkab.go.id', urlHost: 'ekir.sragenkab.go.id', unit: 'Dishub' }),
    ]);
    const { features } = buildRecordFeatures(records);
    const cmp = comparePair(features[0]!, features[1]!, unknown, unknown, model);
    expect(cmp.cannotLink).toBe(false);
    expect(cmp.score).toBeGreaterThanOrEqual(model.threshold);
    expect(cmp.signals.map((s) => s.signal)).toEqual(['url', 'name', 'unit', 'description', 'dataElements', 'function', 'year', 'cost', 'platforms', 'status', 'source']);
    expect(cmp.signals.find((s) => s.signal === 'unit')!.level).toBe('same');
  });

  it('grades build years and annual costs: the same, a year or a tenth apart, or different', () => {
    const level = (signal: string, a: Partial<InventoryRecord>, b: Partial<InventoryRecord>) => {
      const { features } = buildRecordFeatures(indexed([record({ name: 'SIMPEG', ...a }), record({ name: 'SIMPEG', ...b })]));
      return comparePair(features[0]!, features[1]!, unknown, unknown, model).signals.find((s) => s.signal === signal)!.level;
    };
    expect(level('year', { year: 2021 }, { year: 2021 })).toBe('same');
    expect(level('year', { year: 2021 }, { year: 2022 })).toBe('close');
    expect(level('year', { year: 2018 }, { year: 2022 })).toBe('different');
    expect(level('year', { year: 2018 }, { year: null })).toBe('missing');
    expect(level('cost', { annualCost: 67_000_000 }, { annualCost: 67_000_000 })).toBe('same');
    expect(level('cost', { annualCost: 67_000_000 }, { annualCost: 70_000_000 })).toBe('close');
    expect(level('cost', { annualCost: 67_000_000 }, { annualCost: 150_000_000 })).toBe('different');
    // a zero cost says nothing
    expect(level('cost', { annualCost: 0 }, { annualCost: 150_000_000 })).toBe('missing');
  });

  it('forbids linking two different live hosts', () => {
    const records = indexed([
      record({ name: 'SiCantik', urlHost: 'sicantik.x.go.id', url: 'sicantik.x.go.id' }),
      record({ name: 'SiCantik Digital', urlHost: 'sicantikdigital.x.go.id', url: 'sicantikdigital.x.go.id' }),
    ]);
    const { features } = buildRecordFeatures(records);
    expect(comparePair(features[0]!, features[1]!, unknown, unknown, model).cannotLink).toBe(true);
  });

  it('forbids linking two apps whose names and offices both differ, with no address in common, whatever else agrees', () => {
    const site = (name: string, unit: string) =>
      record({ name, unit, description: `Official website of ${unit}`, dataElements: ['news', 'agenda'], year: 2023, platforms: ['android', 'web'] });
    const records = indexed([site('Inspektorat Dompu Official Site', 'Inspektorat'), site('Dinas Sosial Dompu Official Site', 'Dinas Sosial')]);
    const { features } = buildRecordFeatures(records);
    expect(comparePair(features[0]!, features[1]!, unknown, unknown, model).cannotLink).toBe(true);
    // one office under two names, or two names at one address, may still link
    const renamed = buildRecordFeatures(indexed([site('SIDAK', 'Inspektorat'), site('Sistem Audit Daerah', 'Inspektorat')])).features;
    expect(comparePair(renamed[0]!, renamed[1]!, unknown, unknown, model).cannotLink).toBe(false);
  });

  it('forbids linking the websites of two offices whose short names are a letter apart, unless they share an address', () => {
    const site = (name: string, extra: Partial<InventoryRecord> = {}) => record({ name, dataElements: ['berita'], year: 2020, platforms: ['web'], ...extra });
    const [bapenda, bappeda] = buildRecordFeatures(indexed([site('website-bapenda'), site('Website Bappeda')])).features;
    expect(bapenda!.siteOffice).toBe('bapenda');
    expect(bappeda!.siteOffice).toBe('bappeda');
    expect(comparePair(bapenda!, bappeda!, unknown, unknown, model).cannotLink).toBe(true);
    // one office's website under two names may link
    const [a, b] = buildRecordFeatures(indexed([site('Website Bappeda'), site('Portal Badan Perencanaan Pembangunan Daerah')])).features;
    expect(a!.siteOffice).toBe(b!.siteOffice);
    expect(comparePair(a!, b!, unknown, unknown, model).cannotLink).toBe(false);
    // an address both name outweighs how their names read
    const url = { url: 'web.x.go.id', urlHost: 'web.x.go.id' };
    const [c, d] = buildRecordFeatures(indexed([site('website-bapenda', url), site('Website Bappeda', url)])).features;
    expect(comparePair(c!, d!, unknown, unknown, model).cannotLink).toBe(false);
  });

  it('keeps two same-named apps of different functions apart', () => {
    const records = indexed([
      record({ name: 'SIGAP', unit: 'BKPSDM', description: 'Layanan kepegawaian ASN', dataElements: ['nip'] }),
      record({ name: 'SIGAP', unit: 'BPBD', description: 'Laporan kejadian bencana', dataElements: ['lokasi_gps'] }),
    ]);
    const { features } = buildRecordFeatures(records);
    const hr = { fn: 'kepegawaian', confident: true };
    const disaster = { fn: 'kebencanaan', confident: true };
    const cmp = comparePair(features[0]!, features[1]!, hr, disaster, model);
    expect(cmp.score).toBeLessThan(model.threshold);
  });
});

describe('linkRecords', () => {
  it('links duplicates into one application and honours analyst decisions', () => {
    const records = indexed([
      record({ name: 'SIMPEG', url: 'simpeg.banyuwangikab.go.id', urlHost: 'simpeg.banyuwangikab.go.id', source: 'a.csv' }),
      record({ name: 'Sistem Informasi Manajemen Kepegawaian (SIMPEG)', url: 'simpeg.banyuwangikab.go.id/login', urlHost: 'simpeg.banyuwangikab.go.id', source: 'b.json' }),
      record({ name: 'Bank Sampah', source: 'a.csv' }),
    ]);
    const { features } = buildRecordFeatures(records);
    const auto = linkRecords(features, () => unknown, model);
    expect(auto.appCount).toBe(2);
    expect(auto.appOfRecord[0]).toBe(auto.appOfRecord[1]);
    const split = linkRecords(features, () => unknown, model, [{ a: 0, b: 1, same: false }]);
    expect(split.appCount).toBe(3);
    expect(split.pairs.find((p) => p.a === 0 && p.b === 1)!.human).toBe('different');
    const joined = linkRecords(features, () => unknown, model, [{ a: 0, b: 2, same: true }]);
    expect(joined.appCount).toBe(1);
  });
});

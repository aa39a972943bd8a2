import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/taxonomy.js';
import type { Government, RawRecord } from '../../src/model/inventory.js';
import { normalizeRecords } from '../../src/normalize/normalize-records.js';
import { analyzeRecords } from '../../src/pipeline/analyze.js';
import { indexed, record } from '../link/helpers.js';

const knowledge = loadKnowledgeBase();

describe('a list of websites names each office\'s site by its office alone', () => {
  const site = (name: string, unit: string, label: string) => record({ name, unit, url: `https://${label}.banyuwangikab.go.id`, urlHost: `${label}.banyuwangikab.go.id` });
  const records = indexed([
    site('Dinsos', 'Dinas Sosial', 'dinsos'),
    site('Disdukcapil', 'Dinas Kependudukan dan Pencatatan Sipil', 'disdukcapil'),
    site('RSUD', 'Rumah Sakit Umum Daerah', 'rsud'),
    site('Situs Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Kependudukan dan Pencatatan Sipil', 'dispendukcapil'),
    site('Website Dinas Pendidikan', 'Dinas Pendidikan', 'dispendik'),
    // a service called by the office's name: the procurement service, not a website
    site('LPSE', 'Bagian Pengadaan Barang dan Jasa', 'lpse'),
    site('SIMRS', 'Rumah Sakit Umum Daerah', 'simrs'),
    site('e-KTP Online', 'Dinas Kependudukan dan Pencatatan Sipil', 'ektp'),
    site('Bansos Banyuwangi', 'Dinas Sosial', 'bansos'),
  ]);

  it('reads the office-only names as websites, and keeps a service named like an office a service', () => {
    const a = analyzeRecords(records, { knowledge });
    const fnOf = (i: number) => a.applications[a.appOfRecord[i]!]!.fn.function;
    expect([0, 1, 2, 3, 4].map(fnOf)).toEqual(['website', 'website', 'website', 'website', 'website']);
    expect(fnOf(5)).toBe('pengadaan');
    expect(fnOf(6)).toBe('simrs');
    // the websites of one government are merged, not migrated to the offices' national platforms
    expect(a.applications[a.appOfRecord[0]!]!.decision.action).not.toBe('migrate');
  });
});

describe('a national platform, whoever lists it, is one application', () => {
  const kemendagri: Government = { code: '00.Kemendagri', name: 'Kementerian Dalam Negeri', level: 'pusat', resolved: true };
  const records = indexed([
    record({ name: 'SIPD', government: kemendagri, governmentRaw: kemendagri.name, kind: 'umum', url: 'https://sipd.kemendagri.go.id', urlHost: 'sipd.kemendagri.go.id', description: 'Sistem Informasi Pemerintahan Daerah' }),
    record({ name: 'SIPD', kind: 'umum', url: 'sipd.kemendagri.go.id/', urlHost: 'sipd.kemendagri.go.id', unit: 'Bappeda' }),
    record({ name: 'SIPD (Dumai)', gov: 'dumai', kind: 'umum', unit: 'BPKAD' }),
    // a copy at the government's own address is the government's own app
    record({ name: 'SIPD', kind: 'umum', url: 'sipd.banyuwangikab.go.id', urlHost: 'sipd.banyuwangikab.go.id' }),
  ]);

  it('joins the listings at the platform\'s address into the owner\'s app, and leaves a copy at a government\'s own address apart', () => {
    const a = analyzeRecords(records, { knowledge });
    const [owner, banyuwangi, dumai, copy] = [0, 1, 2, 3].map((i) => a.appOfRecord[i]!);
    expect(banyuwangi).toBe(owner);
    expect(dumai).toBe(owner);
    expect(copy).not.toBe(owner);
    const platform = a.applications[owner!]!;
    expect(platform.government.code).toBe('00.Kemendagri');
    expect(platform.name).toBe('SIPD');
    expect(platform.platformId).toBe('sipd');
    expect(platform.records).toHaveLength(3);
  });
});

describe('a government\'s row named by a platform alone, with no address of its own', () => {
  const kemenkes: Government = { code: '00.Kemenkes', name: 'Kementerian Kesehatan', level: 'pusat', resolved: true };
  const records = indexed([
    record({ name: 'SATUSEHAT', government: kemenkes, governmentRaw: kemenkes.name, kind: 'umum', url: 'https://satusehat.kemkes.go.id', urlHost: 'satusehat.kemkes.go.id' }),
    record({ name: 'SATUSEHAT (Kementerian Kesehatan)', gov: 'dumai', unit: 'Dinas Kesehatan' }),
    record({ name: 'SATUSEHAT - Platform SATUSEHAT', unit: 'Setda' }),
    record({ name: 'SIASN Pusat', unit: 'BKPSDM' }),
    // a descriptive name a platform also goes by is the government's own service; so is a regional copy
    record({ name: 'Call Center 112', unit: 'Diskominfo' }),
    record({ name: 'SATUSEHAT Kabupaten Banyuwangi', unit: 'Dinas Kesehatan' }),
  ]);

  it('lists the platform, and joins the platform\'s app', () => {
    const a = analyzeRecords(records, { knowledge });
    const appOf = (i: number) => a.applications[a.appOfRecord[i]!]!;
    expect([1, 2].map((i) => a.appOfRecord[i])).toEqual([a.appOfRecord[0], a.appOfRecord[0]]);
    expect(appOf(3).platformId).toBe('siasn');
    expect(appOf(4).platformId).toBeNull();
    expect(appOf(5).platformId).toBeNull();
  });
});

describe('a government\'s row at a national platform\'s address', () => {
  const anri: Government = { code: '00.ANRI', name: 'Arsip Nasional Republik Indonesia', level: 'pusat', resolved: true };
  const records = indexed([
    record({ name: 'SRIKANDI', government: anri, governmentRaw: anri.name, kind: 'umum', url: 'https://srikandi.arsip.go.id', urlHost: 'srikandi.arsip.go.id' }),
    // a sparse list: no "Aplikasi Umum" mark, only the platform's name and address
    record({ name: 'Aplikasi Srikandi', unit: 'Setda', url: 'http://srikandi.arsip.go.id', urlHost: 'srikandi.arsip.go.id' }),
    record({ name: 'Srikandi', gov: 'dumai', unit: 'BKPSDM', url: 'srikandi.arsip.go.id', urlHost: 'srikandi.arsip.go.id' }),
  ]);

  it('is the platform it uses: one app, kept, never migrated onto itself', () => {
    const a = analyzeRecords(records, { knowledge });
    expect(new Set(a.appOfRecord).size).toBe(1);
    const app = a.applications[a.appOfRecord[1]!]!;
    expect(app.platformId).toBe('srikandi');
    expect(app.decision.action).toBe('retain');
  });
});

describe('a name that spells out its short form', () => {
  const records = indexed([
    record({ name: 'SIKD - Sistem Informasi Keuangan Daerah', url: 'https://sikd.banyuwangikab.go.id', urlHost: 'sikd.banyuwangikab.go.id' }),
    // elsewhere SIKD is the archives system it is best known as
    record({ name: 'SIKD', gov: 'dumai', unit: 'Dinas Perpustakaan dan Kearsipan', url: 'sikd.dumaikota.go.id', urlHost: 'sikd.dumaikota.go.id' }),
    record({ name: 'SIKD Arsip', gov: 'dumai', unit: 'Dinas Perpustakaan dan Kearsipan', description: 'Pengelolaan arsip dinamis', url: 'arsip.dumaikota.go.id', urlHost: 'arsip.dumaikota.go.id' }),
    record({ name: 'SIKD Dinas', unit: 'Dinas Perpustakaan dan Kearsipan', description: 'Arsip dinamis perangkat daerah', url: 'sikd-arsip.banyuwangikab.go.id', urlHost: 'sikd-arsip.banyuwangikab.go.id' }),
  ]);

  it('means what the name says it stands for, not what the short form means elsewhere', () => {
    const a = analyzeRecords(records, { knowledge });
    const fnOf = (i: number) => a.applications[a.appOfRecord[i]!]!.fn.function;
    expect(fnOf(0)).toBe('keuangan');
    expect(fnOf(1)).toBe('kearsipan');
  });
});

describe("a government's own website, named by its domain or by its level alone", () => {
  const records = indexed([
    record({ name: 'www.banyuwangikab.go.id', url: 'https://www.banyuwangikab.go.id', urlHost: 'www.banyuwangikab.go.id' }),
    record({ name: 'Portal Pemda', gov: 'dumai', url: 'https://portal.dumaikota.go.id', urlHost: 'portal.dumaikota.go.id' }),
    record({ name: 'Portal Satu Data', gov: 'dumai', description: 'Dataset dan data statistik sektoral daerah', url: 'https://data.dumaikota.go.id', urlHost: 'data.dumaikota.go.id' }),
  ]);

  it('is a website, with the reason said', () => {
    const a = analyzeRecords(records, { knowledge });
    const appOf = (i: number) => a.applications[a.appOfRecord[i]!]!;
    expect(appOf(0).fn.function).toBe('website');
    expect(appOf(1).fn.function).toBe('website');
    expect(appOf(1).fn.reasons.join(' | ')).toContain("its name is only its government's own address or website words (Portal Pemda)");
    expect(appOf(2).fn.function).toBe('satu_data');
  });
});

describe('an office named after a district', () => {
  it('is that district\'s office, not the government of the same name', () => {
    const raw: RawRecord[] = [{ source: 'web.csv', path: 'web.csv', line: 2, rowNumber: 1, fields: { name: 'Website Kec. Depok', unit: 'Kecamatan Depok', url: 'kecdepok.slemankab.go.id' }, extra: {} }];
    const [r] = normalizeRecords(raw).records;
    expect(r!.government.code).toBe('34.04');
  });
});

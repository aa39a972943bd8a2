import { describe, expect, it } from 'vitest';
import { buildRecordFeatures } from '../../src/features/record-features.js';
import { analyzeRecords } from '../../src/pipeline/analyze.js';
import { indexed, record } from '../link/helpers.js';

const siteName = (name: string, gov: 'banyuwangi' | 'dumai' = 'banyuwangi') => buildRecordFeatures([record({ name, gov })]).features[0]!.siteName;

describe('a name of website words and an office', () => {
  it.each([
    ['Website Puskesmas', 'Website', 'Puskesmas'],
    ['Portal Informasi Dinas Tenaga Kerja Banyuwangi', 'Portal Informasi', 'Dinas Tenaga Kerja'],
    ['Website Resmi Dinas Penanaman Modal dan PTSP', 'Website Resmi', 'Dinas Penanaman Modal dan PTSP'],
    ['Website Disdik Terpadu', 'Website', 'Disdik'],
    ['BPBD Official Website', 'Official Website', 'BPBD'],
    // written like an address
    ['website-inspektorat', 'website', 'inspektorat'],
    ['web_dinkes', 'web', 'dinkes'],
  ])('%s is the website of its office', (name, site, office) => {
    expect(siteName(name)).toEqual({ site, office });
  });

  it.each([
    ['Portal Perizinan Online'],
    ['Informasi Dinas Kesehatan'],
    ['Website'],
    ['Website Wisata Banyuwangi'],
    ['Sistem Informasi Puskesmas'],
    // generic words before the office belong to a system's name, not to a website's
    ['Sistem Informasi Manajemen Puskesmas Berbasis Web'],
    ['Sistem Manajemen Rumah Sakit Berbasis Web'],
    // a village or district followed by what the app does is no office's name
    ['Website Desa Wisata'],
    ['Website Kecamatan Tanggap Bencana'],
    ['Aplikasi e-Puskesmas Web'],
  ])('%s is not', (name) => {
    expect(siteName(name)).toBeNull();
  });

  it('is classified as the website, the office being who runs it, even with no description', () => {
    const analysis = analyzeRecords(
      indexed([
        record({ name: 'Website Puskesmas', gov: 'dumai' }),
        record({ name: 'Website Rumah Sakit Umum Daerah', gov: 'dumai' }),
        record({ name: 'SIMPUS', description: 'Rekam medis pasien puskesmas', gov: 'dumai' }),
      ]),
    );
    const fnOf = (name: string) => analysis.applications.find((a) => a.name === name)!.fn.function;
    expect(fnOf('Website Puskesmas')).toBe('website');
    expect(fnOf('Website Rumah Sakit Umum Daerah')).toBe('website');
    expect(fnOf('SIMPUS')).toBe('simpus');
  });
});

describe('an office named by its own address', () => {
  it('is that office\'s website, the name a "Website <office>" record also reads as', () => {
    const { features } = buildRecordFeatures(
      indexed([
        record({ name: 'disbudpar.dumaikota.go.id', url: 'disbudpar.dumaikota.go.id', urlHost: 'disbudpar.dumaikota.go.id', gov: 'dumai' }),
        record({ name: 'Website Disbudpar', gov: 'dumai' }),
        record({ name: 'Website Dinkes', gov: 'dumai' }),
      ]),
    );
    expect(features[0]!.officeSite).toBe(true);
    const office = features[0]!.nameVariants.find((v) => v.startsWith('website of '));
    expect(office).toBeDefined();
    expect(features[1]!.nameVariants).toContain(office);
    expect(features[2]!.nameVariants).not.toContain(office);
  });
});

describe('a description of website words and an office', () => {
  const descriptionSite = (description: string) =>
    buildRecordFeatures([record({ name: 'rsudmalingping.dumaikota.go.id', description, gov: 'dumai' })]).features[0]!.descriptionSite;

  it.each([
    ['Website Rumah Sakit Umum Daerah Malingping', 'Website', 'Rumah Sakit Umum Daerah Malingping'],
    ['Website rumah sakit umum daerah Kota Dumai', 'Website', 'rumah sakit umum daerah Kota'],
    ['Situs Resmi Dinas Koperasi, usaha kecil dan menengah', 'Situs Resmi', 'Dinas Koperasi, usaha kecil dan menengah'],
    ['Website Puskesmas Sukajadi', 'Website', 'Puskesmas Sukajadi'],
  ])('%s says the app is that office\'s website', (description, site, office) => {
    expect(descriptionSite(description)).toEqual({ site, office });
  });

  it.each([
    ['Sistem Informasi Manajemen Rumah Sakit berbasis web'],
    ['Website virtual tour panorama'],
    ['Pendaftaran pasien rumah sakit secara online melalui website'],
    ['Rekam medis elektronik rumah sakit'],
  ])('%s does not', (description) => {
    expect(descriptionSite(description)).toBeNull();
  });

  it('makes a hospital\'s website a website, not a hospital information system', () => {
    const analysis = analyzeRecords(
      indexed([
        record({ name: 'rsudmalingping.dumaikota.go.id', description: 'Website Rumah Sakit Umum Daerah Malingping', unit: 'RSUD Malingping', gov: 'dumai' }),
        record({ name: 'SIMRS', description: 'Sistem informasi manajemen rumah sakit: rekam medis, rawat inap, billing', unit: 'RSUD Malingping', gov: 'dumai' }),
      ]),
    );
    const fnOf = (name: string) => analysis.applications.find((a) => a.name === name)!.fn.function;
    expect(fnOf('rsudmalingping.dumaikota.go.id')).toBe('website');
    expect(fnOf('SIMRS')).toBe('simrs');
  });
});

import { describe, expect, it } from 'vitest';
import { governmentOfFileName } from '../../src/normalize/file-government.js';
import { createGovernmentResolver, withinOneEdit } from '../../src/normalize/government.js';

const resolver = createGovernmentResolver();

describe('regional governments', () => {
  it.each([
    // Every common way of writing a regency
    ['Pemkab Banyuwangi', '35.10', 'Kabupaten Banyuwangi'],
    ['PEMKAB BANYUWANGI', '35.10', 'Kabupaten Banyuwangi'],
    ['Kab. Banyuwangi', '35.10', 'Kabupaten Banyuwangi'],
    ['Kab Banyuwangi', '35.10', 'Kabupaten Banyuwangi'],
    ['KABUPATEN BANYUWANGI', '35.10', 'Kabupaten Banyuwangi'],
    ['Pemerintah Kabupaten Banyuwangi', '35.10', 'Kabupaten Banyuwangi'],
    ['Pemerintah Daerah Kabupaten Banyuwangi', '35.10', 'Kabupaten Banyuwangi'],
    ['  kab.   banyuwangi ', '35.10', 'Kabupaten Banyuwangi'],
    ['Banyuwangi', '35.10', 'Kabupaten Banyuwangi'],
    ['Banyuwangi Regency', '35.10', 'Kabupaten Banyuwangi'],
    ['Kabupaten Banyuwangi Provinsi Jawa Timur', '35.10', 'Kabupaten Banyuwangi'],
    ['Kab. Banyuwangi (Jatim)', '35.10', 'Kabupaten Banyuwangi'],
    // Cities
    ['Pemkot Dumai', '14.72', 'Kota Dumai'],
    ['Pemko Dumai', '14.72', 'Kota Dumai'],
    ['Kota Dumai', '14.72', 'Kota Dumai'],
    ['PEMERINTAH KOTA DUMAI', '14.72', 'Kota Dumai'],
    ['Pemerintah Kabupaten Dumai', '14.72', 'Kota Dumai'],
    ['Kota Adm. Jakarta Selatan', '31.74', 'Kota Administrasi Jakarta Selatan'],
    ['Pemkot Jakarta Timur', '31.75', 'Kota Administrasi Jakarta Timur'],
    ['Kota Padangsidimpuan', '12.77', 'Kota Padang Sidempuan'],
    ['Kota Tidore', '82.72', 'Kota Tidore Kepulauan'],
    ['Kota Surakarta (Solo)', '33.72', 'Kota Surakarta'],
    ['Pemkot Yogya', '34.71', 'Kota Yogyakarta'],
    ['City of Denpasar', '51.71', 'Kota Denpasar'],
    ['Malang Municipal Government', '35.73', 'Kota Malang'],
    // English compass words come before the name, Indonesian ones after it
    ['South Tangerang City', '36.74', 'Kota Tangerang Selatan'],
    ['Tangerang City', '36.71', 'Kota Tangerang'],
    ['West Bandung Regency', '32.17', 'Kabupaten Bandung Barat'],
    ['North Central Timor Regency', '53.03', 'Kabupaten Timor Tengah Utara'],
    ['Southwest Sumba Regency', '53.18', 'Kabupaten Sumba Barat Daya'],
    ['South Jakarta Administrative City', '31.74', 'Kota Administrasi Jakarta Selatan'],
    // Kepulauan, administrasi, spacing and old names
    ['Kab. Kep. Sangihe', '71.03', 'Kabupaten Kepulauan Sangihe'],
    ['Kab. Sangihe', '71.03', 'Kabupaten Kepulauan Sangihe'],
    ['Kabupaten Kepulauan Seribu', '31.01', 'Kabupaten Administrasi Kepulauan Seribu'],
    ['Kabupaten Fakfak', '92.03', 'Kabupaten Fak Fak'],
    ['Kabupaten Gunung Kidul', '34.03', 'Kabupaten Gunungkidul'],
    ['Kabupaten Lima Puluh Kota', '13.07', 'Kabupaten Lima Puluh Kota'],
    ['Kota Baru', '63.02', 'Kabupaten Kotabaru'],
    ['Kabupaten Toba Samosir', '12.12', 'Kabupaten Toba'],
    ['Kab. Maluku Tenggara Barat', '81.03', 'Kabupaten Kepulauan Tanimbar'],
    ['Kab. Pangkep', '73.10', 'Kabupaten Pangkajene dan Kepulauan'],
    // One-letter typos
    ['Kabupatn Garut', '32.05', 'Kabupaten Garut'],
    ['Kab. Aceh Barat Dya', '11.12', 'Kabupaten Aceh Barat Daya'],
    // Provinces
    ['Pemprov Jawa Timur', '35', 'Provinsi Jawa Timur'],
    ['Provinsi Jawa Timur', '35', 'Provinsi Jawa Timur'],
    ['Prov. Jatim', '35', 'Provinsi Jawa Timur'],
    ['PEMERINTAH PROVINSI JAWA TIMUR', '35', 'Provinsi Jawa Timur'],
    ['East Java Province', '35', 'Provinsi Jawa Timur'],
    ['Bali Provincial Government', '51', 'Provinsi Bali'],
    ['Pemprov Sumut', '12', 'Provinsi Sumatera Utara'],
    ['Sumatra Utara', '12', 'Provinsi Sumatera Utara'],
    ['Pemprov DKI', '31', 'Provinsi DKI Jakarta'],
    ['Pemprov DIY', '34', 'Provinsi Daerah Istimewa Yogyakarta'],
    ['Pemerintah Daerah Istimewa Yogyakarta', '34', 'Provinsi Daerah Istimewa Yogyakarta'],
    ['Provinsi Kepulauan Riau', '21', 'Provinsi Kepulauan Riau'],
    ['Prov. Kep. Riau', '21', 'Provinsi Kepulauan Riau'],
    ['Provinsi Riau', '14', 'Provinsi Riau'],
    ['Pemprov Babel', '19', 'Provinsi Kepulauan Bangka Belitung'],
    // A government named after one of its offices
    ['Diskominfo Kab. Garut', '32.05', 'Kabupaten Garut'],
  ])('%s → %s %s', (raw, code, name) => {
    const government = resolver.resolve(raw);
    expect(government).toMatchObject({ code, name, resolved: true });
    expect(government.level).toBe(code.includes('.') ? (name.startsWith('Kota') ? 'kota' : 'kabupaten') : 'provinsi');
  });
});

describe('central government bodies', () => {
  it.each([
    ['Kemenkes', '00.Kemenkes', 'Kementerian Kesehatan'],
    ['Kementerian Kesehatan', '00.Kemenkes', 'Kementerian Kesehatan'],
    ['KEMENTERIAN KESEHATAN RI', '00.Kemenkes', 'Kementerian Kesehatan'],
    ['Kementerian Kesehatan Republik Indonesia', '00.Kemenkes', 'Kementerian Kesehatan'],
    ['Depkes', '00.Kemenkes', 'Kementerian Kesehatan'],
    ['Kementrian Kesehatan', '00.Kemenkes', 'Kementerian Kesehatan'],
    ['Ministry of Health', '00.Kemenkes', 'Kementerian Kesehatan'],
    ['Ministry of Trade of the Republic of Indonesia', '00.Kemendag', 'Kementerian Perdagangan'],
    ['Marine Affairs & Fisheries Ministry', '00.KKP', 'Kementerian Kelautan dan Perikanan'],
    ['BKN', '00.BKN', 'Badan Kepegawaian Negara'],
    ['Badan Kepegawaian Negara', '00.BKN', 'Badan Kepegawaian Negara'],
    ['Badan Kepegawaian Negara (BKN)', '00.BKN', 'Badan Kepegawaian Negara'],
    ['Kantor Regional BKN', '00.BKN', 'Badan Kepegawaian Negara'],
    ['Kominfo', '00.Komdigi', 'Kementerian Komunikasi dan Digital'],
    ['Kemenkumham', '00.Kemenkum', 'Kementerian Hukum'],
    ['Kemendikbudristek', '00.Kemendikdasmen', 'Kementerian Pendidikan Dasar dan Menengah'],
    ['Kementerian PUPR', '00.KemenPU', 'Kementerian Pekerjaan Umum'],
    ['Kemendesa PDTT', '00.Kemendes', 'Kementerian Desa dan Pembangunan Daerah Tertinggal'],
    ['Kementerian PPN/Bappenas', '00.Bappenas', 'Kementerian Perencanaan Pembangunan Nasional/Bappenas'],
    ['Kementerian Investasi/BKPM', '00.BKPM', 'Kementerian Investasi dan Hilirisasi/BKPM'],
    ['KemenPAN-RB', '00.KemenPANRB', 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi'],
    ['Korps Lalu Lintas Polri', '00.Korlantas', 'Korps Lalu Lintas Kepolisian Negara Republik Indonesia'],
    ['Ditjen Dukcapil Kemendagri', '00.Kemendagri', 'Kementerian Dalam Negeri'],
  ])('%s → %s', (raw, code, name) => {
    expect(resolver.resolve(raw)).toEqual({ code, name, level: 'pusat', resolved: true });
  });

  it.each([
    '00.BKN', '00.ANRI', '00.Kemendagri', '00.LKPP', '00.Kemenkum', '00.Bappenas', '00.BIG', '00.BKPM',
    '00.KemenPANRB', '00.Kemenkes', '00.Kemendikdasmen', '00.Kemensos', '00.Korlantas', '00.Kemnaker',
    '00.Kementan', '00.BNPB', '00.Perpusnas', '00.Kemenhub', '00.BPKP', '00.Komdigi',
  ])('knows the platform owner %s', (code) => {
    expect(resolver.resolve(code.slice(3)).code).toBe(code);
  });
});

describe('names found in both a regency and a city', () => {
  it.each([
    ['Bekasi', null, null],
    ['Bekasi', 'www.bekasi.go.id', null],
    ['Bekasi', 'bekasikab.go.id', '32.16'],
    ['Bekasi', 'sipd.bekasikab.go.id', '32.16'],
    ['Bekasi', 'kab-bekasi.go.id', '32.16'],
    ['Bekasi', 'bekasikota.go.id', '32.75'],
    ['Bekasi', 'kotabekasi.go.id', '32.75'],
    ['Malang', 'malangkab.go.id', '35.07'],
    ['Malang', 'malangkota.go.id', '35.73'],
    ['Jambi', 'jambiprov.go.id', '15'],
    ['Jambi', 'jambikota.go.id', '15.71'],
    ['Yogyakarta', null, null],
  ])('%s with host %s → %s', (raw, urlHost, code) => {
    const government = resolver.resolve(raw, { urlHost });
    if (code === null) {
      expect(government).toMatchObject({ code: `x:${raw.toLowerCase()}`, name: raw, level: 'unknown', resolved: false });
      // which governments it could be, for the inventory to settle
      expect(government.namesakes!.length).toBeGreaterThan(1);
      expect(government.namesakes!.every((g) => g.resolved && g.name.endsWith(raw))).toBe(true);
    }
    else expect(government).toMatchObject({ code, resolved: true });
  });

  it('reads a short form after a level word as the regions of that level whose name has its letters in order', () => {
    const names = (raw: string) => resolver.resolve(raw).namesakes?.map((g) => g.name) ?? [];
    for (const [raw, meant] of [
      ['Kota Smg', 'Kota Semarang'],
      ['Pemkot Sby', 'Kota Surabaya'],
      ['Kab. Bwi', 'Kabupaten Banyuwangi'],
      ['Kab. DS', 'Kabupaten Deli Serdang'],
      ['Pemprov Jtm', 'Provinsi Jawa Timur'],
      // leading pieces of the name's words: PENajam PASer UTara
      ['Pemkab Penpasut', 'Kabupaten Penajam Paser Utara'],
    ] as const) {
      const government = resolver.resolve(raw);
      expect(government).toMatchObject({ resolved: false, shortForm: true });
      expect(names(raw)).toContain(meant);
    }
    // only the stated level, and the first letter leads: "Kota Smg" is no regency, nor Kota Bogor
    expect(names('Kota Smg').every((n) => n.startsWith('Kota S'))).toBe(true);
    // a short form is a few letters after a level word, nothing else
    expect(resolver.resolve('Smg').namesakes).toBeUndefined();
    expect(resolver.resolve('Kota Semarangan').namesakes).toBeUndefined();
    expect(resolver.resolve('Kab. 12').namesakes).toBeUndefined();
  });

  it('an address settles a short form', () => {
    expect(resolver.resolve('Kota Smg', { urlHost: 'simpeg.semarangkota.go.id' })).toMatchObject({ code: '33.74', resolved: true });
  });

  it('a stated level needs no hint', () => {
    expect(resolver.resolve('Pemkab Bekasi').code).toBe('32.16');
    expect(resolver.resolve('Pemkot Bekasi', { urlHost: 'bekasikab.go.id' }).code).toBe('32.75');
  });
});

describe('official region codes', () => {
  it.each([
    ['14.72', '14.72', 'Kota Dumai'],
    [' 35.10 ', '35.10', 'Kabupaten Banyuwangi'],
    ['14', '14', 'Provinsi Riau'],
    // written without its dot, as many exports do
    ['1472', '14.72', 'Kota Dumai'],
  ])('%j is %s', (raw, code, name) => {
    expect(resolver.resolve(raw)).toMatchObject({ code, name, resolved: true });
  });

  it.each([['99.99'], ['2020'], ['14.7']])('%j is no known code', (raw) => {
    expect(resolver.resolve(raw).resolved).toBe(false);
  });
});

describe('unresolved and blank', () => {
  it.each([
    ['Dinas Antah Berantah', 'x:dinasantahberantah', 'Dinas Antah Berantah'],
    ['  Yayasan   Maju  Jaya ', 'x:yayasanmajujaya', 'Yayasan Maju Jaya'],
    ['Dinas Kominfo', 'x:dinaskominfo', 'Dinas Kominfo'],
  ])('%s stays unresolved', (raw, code, name) => {
    expect(resolver.resolve(raw)).toEqual({ code, name, level: 'unknown', resolved: false });
  });

  it.each([[''], ['   '], ['-']])('%j is blank', (raw) => {
    expect(resolver.resolve(raw)).toEqual({ code: '', name: '', level: 'unknown', resolved: false });
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['garut', 'garut', true],
    ['garut', 'gartu', true],
    ['garut', 'garu', true],
    ['garut', 'gaurt', true],
    ['garut', 'garutt', true],
    ['garut', 'gerat', false],
    ['garut', 'ga', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

describe('the government a .go.id address names', () => {
  it.each([
    ['skp.bantenprov.go.id', 'Provinsi Banten'],
    ['jatimprov.go.id', 'Provinsi Jawa Timur'],
    ['dinkes.garutkab.go.id', 'Kabupaten Garut'],
    ['www.pemkabgarut.go.id', 'Kabupaten Garut'],
    ['bandungkab.go.id', 'Kabupaten Bandung'],
    ['surabaya.go.id', 'Kota Surabaya'],
    ['sso.kemkes.go.id', 'Kementerian Kesehatan'],
  ])('%s → %s', (host, name) => {
    expect(resolver.fromHost(host)?.name).toBe(name);
  });

  it.each([
    ['bandung.go.id', 'city or regency: ambiguous'],
    ['simaya.go.id', 'an app, not a government'],
    ['lapor.example.com', 'not a government domain'],
  ])('%s names none (%s)', (host) => {
    expect(resolver.fromHost(host)).toBeNull();
  });

  it("a ministry's own domain whose label is no name of it (pertanian.go.id, pu.go.id); such a word in a text names no ministry", () => {
    expect(resolver.fromHost('pertanian.go.id')?.code).toBe('00.Kementan');
    expect(resolver.fromHost('sipd.pu.go.id')?.code).toBe('00.KemenPU');
    expect(resolver.resolve('Bidang Pertanian').resolved).toBe(false);
  });

  it('a blank government cell falls back to the address', () => {
    expect(resolver.resolve('', { urlHost: 'dinkes.garutkab.go.id' }).code).toBe('32.05');
    expect(resolver.resolve('  ', { urlHost: 'lapor.example.com' }).resolved).toBe(false);
  });
});

describe('the government a file name states', () => {
  it.each([
    ['data/aplikasi_kab_sleman_2024.xlsx', 'Kabupaten Sleman'],
    ['Daftar Aplikasi Pemerintah Kota Bandung.csv', 'Kota Bandung'],
    ['registri-pemprov-jabar.csv', 'Provinsi Jawa Barat'],
    ['pemda_kab_bandung_barat.csv', 'Kabupaten Bandung Barat'],
    ['rekap kab. kepulauan sula.xlsx', 'Kabupaten Kepulauan Sula'],
  ])('%s → %s', (path, name) => {
    expect(governmentOfFileName(path, resolver)?.name).toBe(name);
  });

  it.each([['inventaris_daerah.csv'], ['katalog_spbe.json'], ['banten-daftar-website-dan-aplikasi-2017.csv'], ['rekap_kota_batu_dan_kab_malang.csv'], ['kab_sleman_kota_yogyakarta.csv']])(
    '%s names no one government',
    (path) => {
      expect(governmentOfFileName(path, resolver)).toBeNull();
    },
  );
});

describe('a government named beside an office', () => {
  it.each([
    ['Health Office (Dinkes), Buleleng Regency', '51.08', 'Health Office (Dinkes)'],
    ['Sleman District Government - Regional Revenue Agency', '34.04', 'Regional Revenue Agency'],
    ['Communication and Informatics Office of Yogyakarta City', '34.71', 'Communication and Informatics Office'],
    ['Government of Sidoarjo Regency - Legal Division', '35.15', 'Legal Division'],
    ['Bandung City Government, Education Office', '32.73', 'Education Office'],
    ['West Java Provincial Government / BAPPEDA', '32', 'BAPPEDA'],
    ['Health Office Buleleng Regency', '51.08', 'Health Office'],
    ['Sleman Regency Health Office', '34.04', 'Health Office'],
    ['Pemkab Garut - Dinas Kesehatan', '32.05', 'Dinas Kesehatan'],
    ['Dinas Kesehatan Kabupaten Garut', '32.05', 'Dinas Kesehatan'],
    ['Kab. Kutai Kartanegara (Dinas Kominfo)', '64.02', 'Dinas Kominfo'],
    ['Pemkab Sikka Dinas Kominfo', '53.07', 'Dinas Kominfo'],
  ])('%s is %s, office %s', (raw, code, office) => {
    expect(resolver.resolve(raw).code).toBe(code);
    expect(resolver.officeBeside(raw)).toBe(office);
  });

  it.each(['Kota Surakarta (Solo)', 'Kabupaten Sleman', 'Sleman Regency', 'Provincial Government of Bali', 'Surabaya City Government', 'Ministry of Religious Affairs (MoRA)', 'Kementerian Kesehatan'])(
    '%s names no office',
    (raw) => {
      expect(resolver.resolve(raw).resolved).toBe(true);
      expect(resolver.officeBeside(raw)).toBeNull();
    },
  );

  it("a ministry's name with commas is no office beside it; a dash sets one apart", () => {
    expect(resolver.resolve('Ministry of Education, Culture, Research and Technology').code).toBe('00.Kemendikdasmen');
    expect(resolver.officeBeside('Ministry of Education, Culture, Research and Technology')).toBeNull();
    expect(resolver.resolve('Ministry of Health Republic of Indonesia').code).toBe('00.Kemenkes');
    expect(resolver.officeBeside('Ministry of Health - Pusdatin')).toBe('Pusdatin');
  });

  it('two governments in the parts name neither', () => {
    expect(resolver.resolve('Health Office, Sleman Regency / Bantul Regency').resolved).toBe(false);
    expect(resolver.resolve('Sleman Regency - Malang City Health Office').resolved).toBe(false);
  });

  it('parts naming no government leave the text unresolved', () => {
    expect(resolver.resolve('Health Office, Regional Revenue Agency').resolved).toBe(false);
    expect(resolver.officeBeside('Health Office, Regional Revenue Agency')).toBeNull();
  });
});

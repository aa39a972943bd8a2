import { describe, expect, it } from 'vitest';
import { loadFunctionModel } from '../../src/cluster/function-model.js';
import { KeywordEvidence, type ClassifiableText } from '../../src/cluster/keyword-evidence.js';
import { loadKnowledgeBase } from '../../src/knowledge/taxonomy.js';

const knowledge = loadKnowledgeBase();
const model = loadFunctionModel();
const kw = new KeywordEvidence(knowledge.functions, model);
const fnIndex = (id: string) => knowledge.functions.findIndex((f) => f.id === id);
const text = (over: Partial<ClassifiableText>): ClassifiableText => ({ names: [], descriptions: [], addresses: [], units: [], categories: [], elements: [], ...over });

describe('KeywordEvidence reasons show only the evidence the score counts', () => {
  const site = fnIndex(model.evidence.officeSite.function);

  it('an office address makes a website of an app whose words say nothing, and says so', () => {
    const t = text({ names: ['SIDUGT'], addresses: ['dinkes'], officeAddress: true });
    expect(kw.score(t).scores.get(site)).toBe(model.evidence.officeSite.weight);
    expect(kw.reasonsFor(t, site).join(' ')).toMatch(/its address names only the office itself \(dinkes\)/);
  });

  it('an office address does not count, nor show, when the words name a function', () => {
    const t = text({ names: ['Sistem Informasi Kepegawaian'], addresses: ['bkd'], officeAddress: true });
    expect(kw.score(t).scores.get(site)).toBe(kw.score({ ...t, officeAddress: false }).scores.get(site));
    expect(kw.reasonsFor(t, site).join(' ')).not.toMatch(/names only the office/);
  });

  it('a single typical data element with no phrase is not a reason', () => {
    const presensi = fnIndex('presensi');
    const t = text({ names: ['SIXYZQ'], elements: ['check_in_time'] });
    expect(kw.score(t).scores.has(presensi)).toBe(false);
    expect(kw.reasonsFor(t, presensi)).toEqual([]);
  });
});

describe('KeywordEvidence: a system that includes another job\'s part', () => {
  it('a puskesmas system that also registers patients is no patient-registration app: medical records argue against it', () => {
    const scores = kw.score(text({ names: ['Puskesmas Elektronik'], descriptions: ['Rekam medis dan pendaftaran pasien'], units: ['UPTD Puskesmas Papar'] })).scores;
    expect(scores.get(fnIndex('simpus'))!).toBeGreaterThan(scores.get(fnIndex('daftar_faskes_online')) ?? 0);
    const booking = kw.score(text({ names: ['Antrian Online Puskesmas'], descriptions: ['Pendaftaran pasien dan nomor antrean dari rumah'] })).scores;
    expect(booking.get(fnIndex('daftar_faskes_online'))!).toBeGreaterThan(booking.get(fnIndex('simpus')) ?? 0);
  });
});

describe('KeywordEvidence: a name of website words and an office', () => {
  const site = fnIndex(model.evidence.officeSite.function);
  const best = (t: ClassifiableText) => [...kw.score(t).scores].sort((a, b) => b[1] - a[1])[0]?.[0];

  it('is that office\'s website, over the jobs its office suggests ("Portal Bappeda"), and says so', () => {
    const t = text({ names: ['Portal'], units: ['Bappeda'], siteOf: 'Bappeda' });
    expect(best(t)).toBe(site);
    expect(kw.reasonsFor(t, site).join(' ')).toContain('its name is only website words and an office (Bappeda)');
    expect(best(text({ names: ['Portal'], units: ['Bappeda'] }))).not.toBe(site);
  });

  it('is not, where the "office" is a service\'s own name ("Portal LPSE") or the words name a job', () => {
    expect(best(text({ names: ['Portal'], units: ['LPSE'], siteOf: 'LPSE' }))).toBe(fnIndex('pengadaan'));
    expect(kw.score(text({ names: ['Portal Perizinan'], units: ['DPMPTSP'], siteOf: 'DPMPTSP' })).scores.get(site) ?? 0).toBeLessThan(model.evidence.officeSite.weight);
  });
});

describe('KeywordEvidence: a keyword inside a longer keyword of another function', () => {
  it('counts for the longer one only ("mobile library" is not also "library")', () => {
    const mobile = fnIndex('perpustakaan_keliling');
    const library = fnIndex('perpustakaan');
    const scores = kw.score(text({ names: ['Mobile Library'] })).scores;
    expect(scores.get(mobile)).toBeGreaterThan(0);
    expect(scores.has(library)).toBe(false);
    expect(kw.reasonsFor(text({ names: ['Mobile Library'] }), library)).toEqual([]);
    // the shorter keyword on its own still counts
    expect(kw.score(text({ names: ['Library Information System'] })).scores.get(library)).toBeGreaterThan(0);
  });

  it('a mobile health clinic is its own function, not the puskesmas record system', () => {
    const scores = kw.score(text({ names: ['Puskesmas Keliling Online'], descriptions: ['Jadwal kunjungan mobil puskesmas ke desa terpencil'] })).scores;
    const best = [...scores].sort((a, b) => b[1] - a[1])[0]![0];
    expect(knowledge.functions[best]!.id).toBe('puskesmas_keliling');
    expect(knowledge.functions[best]!.ecosystem).toBe('mobile');
  });
});

describe('KeywordEvidence.dutyOfficePhrase', () => {
  it("names the taxonomy's office phrase the app's office shows, for that function only", () => {
    const presensi = fnIndex('presensi');
    expect(kw.dutyOfficePhrase(text({ units: ['Badan Kepegawaian dan Pengembangan Sumber Daya Manusia'] }), presensi)).not.toBeNull();
    expect(kw.dutyOfficePhrase(text({ units: ['Sekretariat Daerah'] }), presensi)).toBeNull();
    // a keyword of the function in the name is no office
    expect(kw.dutyOfficePhrase(text({ names: ['Presensi BKPSDM'] }), presensi)).toBeNull();
    expect(kw.dutyOfficePhrase(text({ units: ['BKPSDM'] }), fnIndex('website'))).toBeNull();
  });
});

describe('KeywordEvidence: government IT services are not public services', () => {
  const best = (t: ClassifiableText) => {
    const ranked = [...kw.score(t).scores].sort((a, b) => b[1] - a[1]);
    return ranked.length ? knowledge.functions[ranked[0]![0]]!.id : null;
  };

  it("an offices' IT helpdesk is the IT service desk, not public complaints", () => {
    expect(best(text({ names: ['helpdesk'], descriptions: ['Pengaduan dan Pelayanan OPD ke Dinas KOMINFO'], units: ['Dinas Komunikasi dan Informatika'] }))).toBe('layanan_tik');
    expect(best(text({ names: ['Lapor Bupati'], descriptions: ['Pengaduan masyarakat secara online'] }))).toBe('pengaduan');
  });

  it('staple-food price information is a job of its own, not farming, market levies or small business', () => {
    for (const [name, description, unit] of [
      ['Info Harga Pangan', 'Harga harian beras, cabai dan bawang di pasar tradisional', 'Dinas Ketahanan Pangan'],
      ['PANTAU BAPOK', 'Pemantauan harga bahan pokok untuk warga', 'Dinas Perdagangan'],
      ['Market Prices', 'Daily staple food prices in traditional markets', 'Trade Office'],
    ]) {
      expect(best(text({ names: [name!], descriptions: [description!], units: [unit!] })), name).toBe('harga_pangan');
    }
    expect(best(text({ names: ['Retribusi Pasar'], descriptions: ['Pembayaran retribusi pedagang pasar'] }))).toBe('retribusi');
    expect(best(text({ names: ['e-RDKK'], descriptions: ['Alokasi pupuk bersubsidi kelompok tani'] }))).toBe('pertanian');
  });

  it('bus routes are public transport information, not vehicle testing; fishers are fisheries, not farming', () => {
    expect(best(text({ names: ['Trans Kota - Info Rute dan Jadwal Bus Kota'], units: ['Dinas Perhubungan'] }))).toBe('transportasi_publik');
    expect(best(text({ names: ['Uji KIR Online'], descriptions: ['Pengujian berkala kendaraan angkutan barang'], units: ['Dinas Perhubungan'] }))).toBe('uji_kir');
    expect(best(text({ names: ['SINELAYAN'], descriptions: ['Pencatatan nelayan, kapal dan hasil tangkapan ikan'], units: ['Dinas Kelautan dan Perikanan'] }))).toBe('perikanan');
    expect(best(text({ names: ['Fishing Vessel Logbook'], descriptions: ['Electronic fish catch logbook for fishers'] }))).toBe('perikanan');
    expect(best(text({ names: ['e-RDKK'], descriptions: ['Alokasi pupuk bersubsidi kelompok tani'], units: ['Dinas Pertanian'] }))).toBe('pertanian');
  });

  it('online registration at a health centre is patient registration, not the health-centre system', () => {
    expect(best(text({ names: ['Pendaftaran Online Puskesmas'], descriptions: ['Daftar berobat online ke puskesmas tanpa antre di loket'], units: ['Dinas Kesehatan'] }))).toBe('daftar_faskes_online');
    expect(best(text({ names: ['SIMPUS'], descriptions: ['Rekam medis dan pelayanan pasien di puskesmas'], units: ['Dinas Kesehatan'] }))).toBe('simpus');
  });

  it('"pusling" is the mobile health clinic or the mobile library, as the office says', () => {
    expect(best(text({ names: ['Pusling'], units: ['Dinas Kesehatan'] }))).toBe('puskesmas_keliling');
    expect(best(text({ names: ['Pusling'], units: ['Dinas Perpustakaan'] }))).toBe('perpustakaan_keliling');
  });

  it('a hospital self-registration kiosk is patient registration, not the hospital system; a scholarship is no social aid', () => {
    expect(best(text({ names: ['Anjungan Pendaftaran Mandiri RSUD'], units: ['RSUD'] }))).toBe('daftar_faskes_online');
    expect(best(text({ names: ['Cek Penerima PIP'], descriptions: ['Program Indonesia Pintar bagi siswa'] }))).toBe('beasiswa');
    // hauling medical waste from health centres is no patient care
    const waste = kw.score(text({ names: ['Sistem Informasi Limbah Medis B3'], descriptions: ['Pengangkutan limbah medis dari puskesmas'] }));
    expect(waste.scores.has(fnIndex('simpus'))).toBe(false);
  });

  it('a tool that monitors websites is not an office website', () => {
    const scores = kw.score(text({ names: ['monitor'], descriptions: ['Monitoring Website dan Aplikasi'] })).scores;
    expect(scores.has(fnIndex('website'))).toBe(false);
  });
});

describe('KeywordEvidence: a job named in one channel\'s words, in another channel', () => {
  const withCues = new KeywordEvidence(knowledge.functions, model, undefined, knowledge.cues.cues);
  const best = (t: ClassifiableText) => [...withCues.score(t).scores].sort((a, b) => b[1] - a[1])[0]?.[0];

  it('an ID-card service called a kiosk is the population-document kiosk, and says why', () => {
    const t = text({ names: ['Self-service ID Card Kiosk'] });
    const kiosk = fnIndex('adminduk_mandiri');
    expect(kw.score(t).textual.has(kiosk)).toBe(false);
    const scored = withCues.score(t);
    expect(scored.textual.has(kiosk)).toBe(true);
    expect(best(t)).toBe(kiosk);
    expect(withCues.reasonsFor(t, kiosk)[0]).toBe('name names the "Online population-document services" job with the channel word "self service"');
  });

  it('a channel word alone, or beside a job with no function for that channel, names nothing', () => {
    expect(withCues.score(text({ names: ['Kiosk Informasi'] })).textual.size).toBe(0);
    const hospital = withCues.score(text({ names: ['Rumah Sakit Keliling'] }));
    expect(hospital.textual.has(fnIndex('puskesmas_keliling'))).toBe(false);
  });

  it('only a channel word counts: a village app about residents is not the mobile population service', () => {
    const t = text({ names: ['Sistem Informasi Kependudukan Desa'] });
    expect(withCues.score(t).scores.get(fnIndex('adminduk_keliling')) ?? 0).toBe(kw.score(t).scores.get(fnIndex('adminduk_keliling')) ?? 0);
  });

  it('a channel word in the description is not enough', () => {
    const t = text({ names: ['Layanan KTP'], descriptions: ['tersedia juga di anjungan'] });
    expect(withCues.score(t).textual.has(fnIndex('adminduk_mandiri'))).toBe(false);
  });
});

describe('KeywordEvidence: a job described without its keyword', () => {
  const payroll = fnIndex('gaji_tpp');
  const described = text({ names: ['BERKAH'], descriptions: ['Proses transfer tunjangan daerah ke rekening pegawai setelah diverifikasi'], units: ['BKPSDM'] });
  const best = (t: ClassifiableText) => [...kw.score(t).scores].sort((a, b) => b[1] - a[1])[0]?.[0];

  it('several supporting words of one function, with data of that function, name it', () => {
    const t = { ...described, elements: ['base_salary', 'bank_account'] };
    expect(kw.score(t).textual.has(payroll)).toBe(true);
    expect(best(t)).toBe(payroll);
  });

  it('the words alone do not, however many: the data must agree', () => {
    expect(kw.score(described).textual.size).toBe(0);
    // a new kind of app (street-light sensors) described in monitoring words, at the communications office
    const lights = text({ names: ['PJU Pintar'], descriptions: ['Pemantauan lampu penerangan jalan umum berbasis sensor IoT secara real time'], units: ['Diskominfo'] });
    expect(kw.score(lights).textual.size).toBe(0);
  });

  it('fewer than relatedToName different supporting words do not', () => {
    const t = text({ names: ['BERKAH'], descriptions: ['transfer tunjangan'], elements: ['base_salary', 'bank_account'] });
    expect(model.evidence.relatedToName).toBe(3);
    expect(kw.score(t).textual.has(payroll)).toBe(false);
  });
});

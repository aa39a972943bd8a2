import { describe, expect, it } from 'vitest';
import { EcosystemClassifier, placeApplications } from '../../src/classify/ecosystem.js';
import { loadKnowledgeBase } from '../../src/knowledge/taxonomy.js';
import { application as app } from '../link/helpers.js';

const knowledge = loadKnowledgeBase();
const classifier = new EcosystemClassifier(knowledge);
const fn = (id: string) => knowledge.functionById.get(id)!;

describe('ecosystem rules', () => {
  it.each([
    ['kepegawaian', 'SIMPEG', 'internal'],
    ['simpus', 'SIMPUS', 'direct'],
    ['pengaduan', 'Lapor Bupati', 'electronic'],
    ['posyandu', 'e-Posyandu', 'mobile'],
    ['adminduk_mandiri', 'Anjungan Dukcapil Mandiri', 'self'],
  ])('function %s places %s in %s', (f, name, eco) => {
    const r = classifier.classify(app({ name }), fn(f));
    expect(r.ecosystem).toBe(eco);
    expect(r.reasons[0]).toContain('function');
  });

  it('a kiosk-only app is self-service whatever its function says', () => {
    const r = classifier.classify(app({ name: 'Cetak KTP', platforms: ['kiosk'] }), fn('adminduk_online'));
    expect(r.ecosystem).toBe('self');
    expect(r.reasons[0]).toContain('kiosk');
  });

  it('a kiosk of a service given in person is part of it: queue tickets at the counters stay direct', () => {
    const r = classifier.classify(app({ name: 'e-Queue MPP', platforms: ['kiosk'] }), fn('antrian_mpp'));
    expect(r.ecosystem).toBe('direct');
    expect(classifier.classify(app({ name: 'Cetak KTP', platforms: ['kiosk'] }), fn('adminduk_online')).ecosystem).toBe('self');
  });

  it('"keliling" or "jemput bola" in the name makes a citizen service mobile', () => {
    expect(classifier.classify(app({ name: 'Pelayanan Jemput Bola Dukcapil' }), fn('adminduk_online')).ecosystem).toBe('mobile');
  });

  it('"mandiri" alone means independent, not self-service: only with a service word it is a kiosk', () => {
    expect(classifier.classify(app({ name: 'Sidoarjo Olah Sampah Mandiri' }), fn('bank_sampah')).ecosystem).toBe('electronic');
    expect(classifier.classify(app({ name: 'Layanan Mandiri Kependudukan' }), fn('adminduk_online')).ecosystem).toBe('self');
  });

  it('an internal function stays internal whatever its words', () => {
    expect(classifier.classify(app({ name: 'Presensi Keliling Pegawai' }), fn('presensi')).ecosystem).toBe('internal');
  });

  it('an office website is online whichever office runs it: the fire brigade or hospital in its name is no channel', () => {
    expect(classifier.classify(app({ name: 'Website Damkar' }), fn('website')).ecosystem).toBe('electronic');
    expect(classifier.classify(app({ name: 'Situs Dinas Pemadam Kebakaran', description: 'Profil dan berita armada damkar' }), fn('website')).ecosystem).toBe('electronic');
    expect(classifier.classify(app({ name: 'Website RSUD' }), fn('website')).ecosystem).toBe('electronic');
  });

  it('apps of no known function are placed by their words, then by platform', () => {
    expect(classifier.classify(app({ name: 'Layanan Keliling Pasar' }), null).ecosystem).toBe('mobile');
    expect(classifier.classify(app({ name: 'Zzz', platforms: ['android'] }), null).ecosystem).toBe('electronic');
    expect(classifier.classify(app({ name: 'Zzz', platforms: ['desktop'] }), null).ecosystem).toBe('internal');
  });

  it('an app of no known function that keeps a log or register is back-office work, though it runs on the web', () => {
    expect(classifier.classify(app({ name: 'Sea Turtle Nesting Log', platforms: ['web'] }), null).ecosystem).toBe('internal');
    expect(classifier.classify(app({ name: 'SICAGAR', description: 'Pendataan cagar budaya daerah', platforms: ['web'] }), null).ecosystem).toBe('internal');
  });
});

describe('a job with a function per channel (functions.yaml family)', () => {
  it('moves an app whose name shows another channel to the family function of that channel', () => {
    const p = classifier.place(app({ name: 'Vehicle Tax Mobile Service' }), fn('samsat_online'));
    expect(p.channel?.function.id).toBe('samsat_keliling');
    expect(p.channel?.why).toContain('"mobile service"');
    expect(p.ecosystem.ecosystem).toBe('mobile');
    expect(p.ecosystem.reasons[0]).toContain('Samsat keliling');
  });

  it('a kiosk-only app of an online job becomes that job\'s kiosk function', () => {
    const p = classifier.place(app({ name: 'Cetak KTP', platforms: ['kiosk'] }), fn('adminduk_online'));
    expect(p.channel?.function.id).toBe('adminduk_mandiri');
    expect(p.ecosystem.ecosystem).toBe('self');
  });

  it('keeps the function when the family has no function for that channel, or the function no family', () => {
    // hospitals have no mobile function: the channel decides the ecosystem alone
    const hospital = classifier.place(app({ name: 'Sistem Informasi Rumah Sakit Keliling' }), fn('simrs'));
    expect(hospital.channel).toBeNull();
    expect(hospital.ecosystem.ecosystem).toBe('mobile');
    const tax = classifier.place(app({ name: 'Pajak Daerah Keliling' }), fn('pajak_daerah'));
    expect(tax.channel).toBeNull();
    expect(tax.ecosystem.ecosystem).toBe('mobile');
  });

  it('a description showing only officers who travel to citizens moves the app too; a queue or a market kios there does not', () => {
    const visits = classifier.place(app({ name: 'MOBILDUK', description: 'Petugas mendatangi sekolah dan warga sakit untuk perekaman KTP-el.' }), fn('adminduk_online'));
    expect(visits.channel?.function.id).toBe('adminduk_keliling');
    expect(visits.channel?.why).toContain('description says "mendatangi sekolah"');
    const queue = classifier.place(app({ name: 'Antrian Online Dukcapil', description: 'Ambil nomor antrian loket secara online.' }), fn('adminduk_online'));
    expect(queue.channel).toBeNull();
    expect(queue.ecosystem.ecosystem).toBe('electronic');
    const market = classifier.classify(app({ name: 'e-Retribusi Pasar', description: 'Pedagang membayar retribusi los dan kios pasar secara non tunai.' }), fn('retribusi'));
    expect(market.ecosystem).toBe('electronic');
  });

  it('keeps the function when the name shows its own channel', () => {
    const p = classifier.place(app({ name: 'Samsat Keliling' }), fn('samsat_keliling'));
    expect(p.channel).toBeNull();
    expect(p.ecosystem.ecosystem).toBe('mobile');
  });

  it('placeApplications reassigns the moved apps with the reason first, and says that some moved', () => {
    const apps = [app({ name: 'Mobile Population Registration Van' }), app({ name: 'SIMPEG' })];
    const before = [
      { clusterId: 'adminduk_online', function: 'adminduk_online', confidence: 0.8, reasons: ['name has "population registration"'] },
      { clusterId: 'kepegawaian', function: 'kepegawaian', confidence: 0.9, reasons: [] },
    ];
    const placed = placeApplications(apps, before, knowledge);
    expect(placed.moved).toBe(true);
    expect(placed.assignments[0]).toMatchObject({ clusterId: 'adminduk_keliling', function: 'adminduk_keliling', confidence: 0.8 });
    expect(placed.assignments[0]!.reasons[0]).toMatch(/name says "van".*channel of the "Online population-document services" job/);
    expect(placed.assignments[0]!.reasons[1]).toBe('name has "population registration"');
    expect(placed.assignments[1]).toBe(before[1]);
    expect(placed.ecosystems.map((e) => e.ecosystem)).toEqual(['mobile', 'internal']);
    expect(before[0]!.function).toBe('adminduk_online');
    expect(placeApplications([apps[1]!], [before[1]!], knowledge).moved).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { EcosystemClassifier } from '../../src/classify/ecosystem.js';
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

  it('"keliling" or "jemput bola" in the name makes a citizen service mobile', () => {
    expect(classifier.classify(app({ name: 'Pelayanan Jemput Bola Dukcapil' }), fn('adminduk_online')).ecosystem).toBe('mobile');
  });

  it('an internal function stays internal whatever its words', () => {
    expect(classifier.classify(app({ name: 'Presensi Keliling Pegawai' }), fn('presensi')).ecosystem).toBe('internal');
  });

  it('apps of no known function are placed by their words, then by platform', () => {
    expect(classifier.classify(app({ name: 'Layanan Keliling Pasar' }), null).ecosystem).toBe('mobile');
    expect(classifier.classify(app({ name: 'Zzz', platforms: ['android'] }), null).ecosystem).toBe('electronic');
    expect(classifier.classify(app({ name: 'Zzz', platforms: ['desktop'] }), null).ecosystem).toBe('internal');
  });
});

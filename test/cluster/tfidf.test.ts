import { describe, expect, it } from 'vitest';
import { scoreFunctions, scoreItem } from '../../src/cluster/function-scorer.js';
import { loadFunctionModel } from '../../src/cluster/function-model.js';
import type { ClassifiableText } from '../../src/cluster/keyword-evidence.js';
import { Centroid, CentroidIndex, TfIdf } from '../../src/cluster/tfidf.js';
import { loadKnowledgeBase } from '../../src/knowledge/taxonomy.js';

function cosine(a: { ids: number[]; weights: number[] }, b: { ids: number[]; weights: number[] }): number {
  const w = new Map(b.ids.map((id, k) => [id, b.weights[k]!]));
  return a.ids.reduce((s, id, k) => s + a.weights[k]! * (w.get(id) ?? 0), 0);
}

describe('CentroidIndex', () => {
  const tfidf = new TfIdf();
  const [v, w, x] = tfidf.fit([
    new Map([['w:absensi', 1], ['w:pegawai', 1]]),
    new Map([['w:absensi', 1], ['w:kehadiran', 1]]),
    new Map([['w:sampah', 1], ['w:bank', 1]]),
  ]) as [ReturnType<TfIdf['transform']>, ReturnType<TfIdf['transform']>, ReturnType<TfIdf['transform']>];
  const centroid = (...members: (typeof v)[]) => {
    const c = new Centroid(tfidf.size);
    for (const m of members) c.add(m);
    c.normalize();
    return c;
  };

  it('scores the cosine with every class', () => {
    const index = new CentroidIndex([centroid(v, w), centroid(x)], tfidf.size);
    const s = index.scores(w);
    expect(s[1]).toBeCloseTo(0, 9);
    expect(s[0]).toBeGreaterThan(0.5);
  });

  it('leaves an item out of the class it helped build', () => {
    const index = new CentroidIndex([centroid(v, w), centroid(x)], tfidf.size);
    // without itself, class 0 is just w
    expect(index.scores(v, 0)[0]).toBeCloseTo(cosine(v, w), 6);
    // an item that alone built a class gets no support from it
    expect(index.scores(x, 1)[1]).toBeCloseTo(0, 6);
    expect(index.textScores(x, 1)[1]).toBeCloseTo(0, 6);
    // other classes are untouched
    expect(index.scores(v, 1)[0]).toBeCloseTo(index.scores(v)[0]!, 12);
  });

  it('trusts a centroid of few apps less (supportPrior)', () => {
    const model = loadFunctionModel();
    const prior = model.combine.supportPrior;
    expect(prior).toBeGreaterThan(0);
    const index = new CentroidIndex([centroid(v, w), centroid(x)], tfidf.size);
    const none = { scores: new Map<number, number>(), textual: new Set<number>(), context: new Map<number, number>(), against: new Set<number>() };
    const raw = index.scores(w)[0]!;
    const plain = scoreItem(w, none, index, model, false);
    expect(plain.candidates[0]!.cosine).toBeCloseTo(raw, 12);
    // two apps behind class 0: its cosine counts 2 / (2 + prior)
    const shrunk = scoreItem(w, none, index, model, false, -1, Int32Array.from([2, 1]));
    expect(shrunk.candidates[0]!.cosine).toBeCloseTo((raw * 2) / (2 + prior), 12);
    // scored leave-one-out, the item itself is not one of the apps behind it
    const own = scoreItem(w, none, index, model, false, 0, Int32Array.from([2, 1]));
    expect(own.candidates[0]!.cosine).toBeCloseTo((index.scores(w, 0)[0]! * 1) / (1 + prior), 12);
  });
});

describe('scoreFunctions', () => {
  const knowledge = loadKnowledgeBase();
  const text = (name: string, description: string, unit: string): ClassifiableText => ({ names: [name], descriptions: [description], addresses: [], units: [unit], categories: [], elements: [] });

  it('places apps by their keywords and leaves a truly new kind of app novel, even when it is alone', () => {
    const texts = [
      text('Aplikasi Presensi Pegawai', 'Absensi harian ASN dengan swafoto', 'BKPSDM'),
      text('e-Absensi', 'Presensi pegawai berbasis lokasi', 'BKPSDM'),
      text('SIMPEG', 'Sistem informasi manajemen kepegawaian, data induk pegawai', 'BKPSDM'),
      // only loose words (data, online) point anywhere: it must not resemble a function by itself
      text('Sistem Informasi Pemakaman', 'Pemesanan petak makam dan data ahli waris di TPU secara online', 'Dinas Perumahan dan Kawasan Permukiman'),
    ];
    const scoring = scoreFunctions(texts, knowledge.functions, loadFunctionModel());
    const top = (i: number) => knowledge.functions[scoring.items[i]!.candidates[0]!.fn]!.id;
    expect(top(0)).toBe('presensi');
    expect(top(1)).toBe('presensi');
    expect(top(2)).toBe('kepegawaian');
    expect(scoring.items[3]!.novel).toBe(true);
  });
});

describe('discovered clusters', () => {
  it('are labelled with words as the apps write them, not their comparison forms', async () => {
    const { analyzeRecords } = await import('../../src/pipeline/analyze.js');
    const { indexed, record } = await import('../link/helpers.js');
    const records = indexed([
      record({ name: 'Cemetery Plot Booking', description: 'Residents book cemetery plots and record heirs', gov: 'dumai' }),
      record({ name: 'Mobile Veterinary Outreach Van', description: 'Rabies vaccination van for livestock visiting remote villages', gov: 'dumai' }),
      record({ name: 'SIMPEG', description: 'Sistem informasi manajemen kepegawaian, data induk pegawai', unit: 'BKPSDM', gov: 'dumai' }),
    ]);
    const analysis = analyzeRecords(records);
    const labels = analysis.clusters.filter((c) => c.origin === 'discovered').map((c) => c.labelEn);
    expect(labels).toContain('New: cemetery, plot, booking');
    expect(labels.some((l) => /veterinary|rabies|livestock/.test(l) && !/obile/.test(l))).toBe(true);
    const van = analysis.applications.find((a) => a.name.startsWith('Mobile Veterinary'))!;
    expect(van.eco.ecosystem).toBe('mobile');
    expect(van.decision.reasons.join(' ')).not.toMatch(/new_/);
  });
});

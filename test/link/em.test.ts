import { describe, expect, it } from 'vitest';
import { settled, trainWeights, type Comparison, type TrainedModel } from '../../src/link/em.js';

function comparison(name: string, year: string, score: number): Comparison {
  return {
    signals: [
      { signal: 'name', level: name, weight: name === 'exact' ? 6 : -5 },
      { signal: 'year', level: year, weight: year === 'same' ? 3 : -3 },
    ],
    cannotLink: false,
    score,
  };
}

describe('EM training of link weights', () => {
  it('learns that agreeing levels favour a match and disagreeing ones argue against it', () => {
    const data: Comparison[] = [];
    for (let i = 0; i < 300; i++) data.push(comparison('exact', i % 10 === 0 ? 'different' : 'same', 9));
    for (let i = 0; i < 700; i++) data.push(comparison('different', i % 10 === 0 ? 'same' : 'different', -8));
    const t = trainWeights(data, 6, 5);
    expect(t.weights.get('name\u0000exact')!).toBeGreaterThan(3);
    expect(t.weights.get('name\u0000different')!).toBeLessThan(-3);
    expect(t.weights.get('year\u0000same')!).toBeGreaterThan(0);
    expect(t.weights.get('year\u0000different')!).toBeLessThan(0);
    expect(t.lambda).toBeGreaterThan(0.2);
    expect(t.lambda).toBeLessThan(0.4);
  });

  it('settles on pairs that support a model, and tells a match share still running away', () => {
    const data: Comparison[] = [];
    for (let i = 0; i < 300; i++) data.push(comparison('exact', i % 10 === 0 ? 'different' : 'same', 9));
    for (let i = 0; i < 700; i++) data.push(comparison('different', i % 10 === 0 ? 'same' : 'different', -8));
    const t = trainWeights(data, 6, 5);
    expect(t.lambdas).toHaveLength(5);
    expect(settled(t, 0.02)).toBe(true);
    const runaway = { ...t, lambdas: [0.9, 0.875, 0.829, 0.728, 0.605] } as TrainedModel;
    expect(settled(runaway, 0.02)).toBe(false);
    expect(settled({ ...t, lambdas: [0.694, 0.653, 0.634, 0.625, 0.622] } as TrainedModel, 0.02)).toBe(true);
  });

  it('clamps weights and ignores pairs that can never link', () => {
    const data: Comparison[] = Array.from({ length: 50 }, () => comparison('exact', 'same', 9));
    data.push({ ...comparison('exact', 'same', -90), cannotLink: true });
    const t = trainWeights(data, 6, 3, 4);
    for (const w of t.weights.values()) expect(Math.abs(w)).toBeLessThanOrEqual(4);
  });

  it('scores every pair with the learned weights; a level seen only in pairs left out keeps its hand-set weight', () => {
    const data: Comparison[] = [];
    for (let i = 0; i < 40; i++) data.push(comparison('exact', i % 4 === 0 ? 'different' : 'same', 9));
    for (let i = 0; i < 60; i++) data.push(comparison('different', 'different', -8));
    // a pair training leaves out, with a name level no training pair has
    data.push({ ...comparison('exact', 'same', 9), cannotLink: true, signals: [{ signal: 'name', level: 'acronym', weight: 2.5 }, { signal: 'year', level: 'same', weight: 3 }] });
    const t = trainWeights(data, 6, 4);
    expect(t.scores).toHaveLength(data.length);
    const learned = (c: Comparison) => t.priorWeight + c.signals.reduce((sum, s) => sum + (t.weights.get(`${s.signal}\u0000${s.level}`) ?? s.weight), 0);
    for (let i = 0; i < data.length; i++) expect(t.scores[i]).toBeCloseTo(learned(data[i]!), 10);
    expect(t.weights.has('name\u0000acronym')).toBe(false);
    expect(t.scores[data.length - 1]).toBeCloseTo(t.priorWeight + 2.5 + t.weights.get('year\u0000same')!, 10);
  });

  it('never learns a missing value as evidence of a match, though one list that lacks a column lists mostly matches', () => {
    // a list without years (a domain-monitoring export) whose rows mostly match others
    const data: Comparison[] = [];
    for (let i = 0; i < 200; i++) data.push(comparison('exact', 'missing', 6));
    for (let i = 0; i < 200; i++) data.push(comparison('different', i % 2 ? 'different' : 'same', -8));
    const t = trainWeights(data, 6, 5);
    expect(t.weights.get('year\u0000missing')!).toBeLessThanOrEqual(0);
    // missingness may still argue against a match
    const against: Comparison[] = [];
    for (let i = 0; i < 200; i++) against.push(comparison('exact', 'same', 9));
    for (let i = 0; i < 200; i++) against.push(comparison('different', 'missing', -8));
    expect(trainWeights(against, 6, 5).weights.get('year\u0000missing')!).toBeLessThan(0);
  });
});

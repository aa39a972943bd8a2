import { describe, expect, it } from 'vitest';
import { LABEL_KEYS, translator } from '../../src/report/i18n.js';

describe('translator', () => {
  const id = translator('id');
  const en = translator('en');

  it('has both languages for every key, and they differ where words are translated', () => {
    for (const key of LABEL_KEYS) {
      expect(id.t(key)).not.toBe('');
      expect(en.t(key)).not.toBe('');
    }
    expect(id.t('section.summary')).toBe('Ringkasan');
    expect(en.t('section.summary')).toBe('Summary');
    const differing = LABEL_KEYS.filter((k) => id.t(k) !== en.t(k));
    expect(differing.length).toBeGreaterThan(LABEL_KEYS.length * 0.85);
  });

  it('fills placeholders with numbers formatted for the language', () => {
    expect(id.t('metric.noCost', { apps: 27000 })).toBe('27.000 aplikasi tanpa data biaya');
    expect(en.t('metric.noCost', { apps: 27000 })).toBe('27,000 apps without cost data');
  });

  it('formats rupiah in the largest fitting unit', () => {
    expect(id.money(1_500_000_000)).toBe('Rp 1,5 miliar');
    expect(en.money(1_500_000_000)).toBe('IDR 1.5 billion');
    expect(id.money(150_000_000)).toBe('Rp 150 juta');
    expect(id.money(950_000)).toBe('Rp 950.000');
  });
});

describe('plurals', () => {
  it('picks the singular word for 1 in English', () => {
    const en = translator('en');
    expect(en.t('metric.noCost', { apps: 1 })).toBe('1 app without cost data');
    expect(en.t('metric.noCost', { apps: 2 })).toBe('2 apps without cost data');
    expect(en.t('catalogue.moving', { apps: 1 })).toBe('1 local app moves here');
    expect(translator('id').t('metric.noCost', { apps: 1 })).toBe('1 aplikasi tanpa data biaya');
  });
});

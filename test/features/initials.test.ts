import { describe, expect, it } from 'vitest';
import { buildRecordFeatures } from '../../src/features/record-features.js';
import { abbreviates, abbreviationWords } from '../../src/util/initials.js';
import { blockCandidates } from '../../src/link/blocking.js';
import { comparePair } from '../../src/link/compare.js';
import { loadLinkModel } from '../../src/link/link-model.js';
import { indexed, record } from '../link/helpers.js';

const words = abbreviationWords;

describe('abbreviates: an acronym from the leading letters or syllables of every word', () => {
  it.each([
    ['simpeg', 'Sistem Informasi Manajemen Kepegawaian'],
    ['sikda', 'Sistem Informasi Kesehatan Daerah'],
    ['bansos', 'Bantuan Sosial'],
    ['jikd', 'Jaringan Informasi Kearsipan Daerah'],
    ['sipkd', 'Sistem Informasi Pengelolaan Keuangan Daerah'],
    ['jdih', 'Jaringan Dokumentasi dan Informasi Hukum'],
  ])('%s abbreviates %s', (acronym, name) => {
    expect(abbreviates(acronym, words(name))).toBe(true);
  });

  it.each([
    // a word of the name the acronym skips
    ['simda', 'Sistem Informasi Manajemen Daerah Keuangan'],
    // a whole long word is no abbreviation of a name starting with it
    ['perkantoran', 'Perkantoran Elektronik Kemenkop'],
    // letters out of order, or a word left without a letter
    ['sigap', 'Sistem Informasi Gawat Darurat'],
    ['sik', 'Sistem Informasi Kesehatan Daerah'],
  ])('%s does not abbreviate %s', (acronym, name) => {
    expect(abbreviates(acronym, words(name))).toBe(false);
  });

  it('may leave out the optional words at the end (the region, generic words)', () => {
    expect(abbreviates('tpp', words('Tambahan Penghasilan Pegawai Elektronik'))).toBe(false);
    expect(abbreviates('tpp', words('Tambahan Penghasilan Pegawai Elektronik'), new Set(['elektronik']))).toBe(true);
  });
});

describe('linking an acronym with the long name it abbreviates', () => {
  const model = loadLinkModel();
  const unknown = { fn: null, confident: false };

  it('pairs them within one government and compares them as one name; not across governments', () => {
    const records = indexed([
      record({ name: 'Aplikasi SIKDA', gov: 'dumai' }),
      record({ name: 'Sistem Informasi Kesehatan Daerah', gov: 'dumai' }),
      record({ name: 'Sistem Informasi Kesehatan Daerah' }),
      record({ name: 'Sistem Informasi Kepegawaian Dumai', gov: 'dumai' }),
    ]);
    const { features } = buildRecordFeatures(records);
    const pairs = blockCandidates(features, model).pairs;
    expect(pairs.get(0 * 4 + 1)).toContain('government+name');
    expect(comparePair(features[0]!, features[1]!, unknown, unknown, model).signals.find((s) => s.signal === 'name')!.level).toBe('acronym');
    expect(features[2]!.nameVariants).not.toContain('sikda');
    expect(features[3]!.nameVariants).not.toContain('sikda');
  });

  it('reads no office website ("Situs Disdik") as the long name of an acronym (SID)', () => {
    const records = indexed([
      record({ name: 'SID (Sistem Informasi Desa)', gov: 'dumai', unit: 'DPMD' }),
      record({ name: 'Situs Disdik', gov: 'dumai', unit: 'Disdik' }),
      record({ name: 'Sistem Informasi Desa Dumai', gov: 'dumai', unit: 'DPMD' }),
      record({ name: 'SID', gov: 'dumai', unit: 'DPMD' }),
    ]);
    const { features } = buildRecordFeatures(records);
    expect(features[1]!.siteName).not.toBeNull();
    expect(features[1]!.nameVariants).not.toContain('sid');
    expect(features[2]!.nameVariants).toContain('sid');
  });
});

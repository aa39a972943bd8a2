import { describe, expect, it } from 'vitest';
import { nameFeatures } from '../../src/features/name-features.js';

const none = new Set<string>();

describe('nameFeatures', () => {
  it('a short form written with its long form gives both', () => {
    const f = nameFeatures('Sistem Informasi Manajemen Kepegawaian (SIMPEG)', none);
    expect(f.acronyms).toEqual(['simpeg']);
    expect(f.longForms).toEqual(['kepegawaian']);
  });

  it('a name in two wordings gives each as a form of its own', () => {
    const f = nameFeatures('APM Pajak (Unattended PBB Kiosk)', none);
    expect(f.acronyms).toEqual([]);
    expect(f.longForms.sort()).toEqual(['apm pajak', 'unattended pbb kiosk']);
  });

  it('a name in one part has no other forms; generic, region and English level words are not its words', () => {
    expect(nameFeatures('Aplikasi Presensi Online', none).longForms).toEqual([]);
    expect(nameFeatures('SIMPEG Online Padang City', new Set(['padang'])).core).toBe('simpeg');
  });
});

import { describe, expect, it } from 'vitest';
import { dedouble, PhraseMatcher, standardWord } from '../../src/features/phrase-matcher.js';

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher<string>();
  matcher.add('antrean online', 'queue');
  matcher.add('presensi', 'attendance');
  matcher.add('izin usaha', 'permit');

  it('finds whole-word phrases only', () => {
    expect(matcher.find('Aplikasi Antrean Online Puskesmas').map((h) => h.value)).toEqual(['queue']);
    expect(matcher.find('Antrean onlinex')).toEqual([]);
  });

  it('reads glued prefixes, doubled letters and non-standard spellings as the keyword', () => {
    expect(matcher.find('ePresensi Pegawai').map((h) => h.value)).toEqual(['attendance']);
    expect(matcher.find('e-Presensi').map((h) => h.value)).toEqual(['attendance']);
    expect(matcher.find('Presenssi harian').map((h) => h.value)).toEqual(['attendance']);
    expect(matcher.find('Sistem Antrian Online RSUD').map((h) => h.value)).toEqual(['queue']);
    expect(matcher.find('Layanan Ijin Usaha').map((h) => h.value)).toEqual(['permit']);
  });
});

describe('standardWord', () => {
  it('maps non-standard spellings and removes letter doubling in long words only', () => {
    expect(standardWord('antrian')).toBe('antrean');
    expect(standardWord('perijinan')).toBe('perizinan');
    expect(dedouble('puskkesmas')).toBe('puskesmas');
    expect(dedouble('pppk')).toBe('pppk');
  });

  it('reads a word without its clitic when four letters remain', () => {
    expect(standardWord('disposisinya')).toBe('disposisi');
    expect(standardWord('antriannya')).toBe('antrean');
    expect(standardWord('hanya')).toBe('hanya');
    expect(standardWord('punya')).toBe('punya');
  });

  it('finds a singular English keyword written in the plural, and leaves Indonesian -s words alone', () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add('community health centre', 'puskesmas');
    matcher.add('library', 'library');
    matcher.add('kela', 'never');
    expect(matcher.find('Records for community health centres').map((h) => h.value)).toEqual(['puskesmas']);
    expect(matcher.find('Regional libraries').map((h) => h.value)).toEqual(['library']);
    expect(matcher.find('Absensi kelas dan dinas').map((h) => h.value)).toEqual([]);
  });

  it('finds a keyword written with a clitic', () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add('disposisi', 'letters');
    expect(matcher.find('Korespondensi kantor beserta disposisinya').map((h) => h.value)).toEqual(['letters']);
  });
});

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

  it('lets a longer phrase hide a shorter one inside it, where the policy says so', () => {
    const shadowing = new PhraseMatcher<string>((longer, shorter) => longer !== shorter);
    shadowing.add('library', 'library');
    shadowing.add('mobile library', 'mobile');
    shadowing.add('library system', 'library');
    expect(shadowing.find('Mobile Library').map((h) => h.value)).toEqual(['mobile']);
    // the same thing is not hidden by itself, and a second "library" outside the longer phrase still counts
    expect(shadowing.find('Library System').map((h) => h.phrase).sort()).toEqual(['library', 'library system']);
    expect(shadowing.find('Mobile Library and Library Catalogue').map((h) => h.value).sort()).toEqual(['library', 'mobile']);
    // without a policy every phrase found counts
    const plain = new PhraseMatcher<string>();
    plain.add('library', 'library');
    plain.add('mobile library', 'mobile');
    expect(plain.find('Mobile Library').map((h) => h.value).sort()).toEqual(['library', 'mobile']);
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

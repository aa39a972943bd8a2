import stringSimilarity from 'string-similarity';
import { describe, expect, it } from 'vitest';
import { diceCoefficient } from '../../src/util/dice.js';

describe('diceCoefficient', () => {
  it('gives the same number as string-similarity on names, edge cases and random strings', () => {
    const fixed: [string, string][] = [
      ['simpeg', 'simpeg'],
      ['sim peg', 'simpeg'],
      ['', ''],
      ['', ' '],
      ['a', 'a '],
      ['a', 'b'],
      ['a', 'abc'],
      ['aaaa', 'aa'],
      ['presensi pegawai', 'presensi online pegawai'],
      ['sistem informasi kepegawaian', 'kepegawaian sistem informasi'],
      ['pelayanan terpadu', 'pelayanan terpadu satu pintu'],
      ['ñandú ü', 'nandu u'],
      ['😀ab', 'ab😀'],
    ];
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const alphabet = 'aabbcde  fgé';
    const word = () => Array.from({ length: Math.floor(rand() * 9) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    const random: [string, string][] = Array.from({ length: 2000 }, () => [word(), word()]);
    for (const [x, y] of [...fixed, ...random]) {
      expect(diceCoefficient(x, y), `${x} / ${y}`).toBeCloseTo(stringSimilarity.compareTwoStrings(x, y), 12);
      // the cache must not change the answer on a second call, nor depend on the order
      expect(diceCoefficient(y, x)).toBeCloseTo(stringSimilarity.compareTwoStrings(y, x), 12);
    }
  });
});

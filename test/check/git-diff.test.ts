import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addedRecords, filesAtRef, locateInRepo } from '../../src/check/git-diff.js';
import { ingestFiles } from '../../src/ingest/ingest.js';
import { InputError } from '../../src/util/errors.js';
import { gitRepo, record } from './helpers.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'check');

describe('addedRecords', () => {
  const base = [
    record({ name: 'SIMPEG', sourceId: '1', governmentRaw: 'Kota Dumai' }),
    record({ name: 'e-Surat', sourceId: '2', governmentRaw: 'Kota Dumai' }),
    record({ name: 'Lapor', sourceId: '3', governmentRaw: 'Kota Dumai' }),
  ];
  it('finds nothing new when rows are reordered or renumbered', () => {
    const head = [
      { ...base[2]!, sourceId: '1' },
      { ...base[0]!, sourceId: '2' },
      { ...base[1]!, sourceId: '3' },
    ];
    expect(addedRecords(head, base)).toEqual([]);
  });
  it('treats an edited row as existing, an inserted one as new, and counts duplicates', () => {
    const head = [
      base[0]!,
      record({ name: 'SI-UDARA', sourceId: '2', governmentRaw: 'Kota Dumai' }),
      { ...base[1]!, sourceId: '3', description: 'new description' },
      { ...base[2]!, sourceId: '4' },
      { ...base[2]!, sourceId: '5' },
    ];
    expect(addedRecords(head, base).map((r) => `${r.sourceId}:${r.name}`)).toEqual(['2:SI-UDARA', '5:Lapor']);
  });
  it('everything is new against an empty base', () => {
    expect(addedRecords(base, [])).toHaveLength(3);
  });
});

describe('files at a git ref', () => {
  it('reads the committed version; only added rows are new; a new file has no base', async () => {
    const { dir, git } = gitRepo();
    mkdirSync(join(dir, 'registri'));
    const file = join(dir, 'registri', 'usulan.csv');
    const lines = readFileSync(join(FIXTURES, 'usulan.csv'), 'utf8').split('\n');
    writeFileSync(file, `${lines.slice(0, 3).join('\n')}\n`); // header + 2 rows
    git('add', '.');
    git('commit', '-q', '-m', 'registry');
    appendFileSync(file, `${lines[4]}\n${lines[5]}\n`);
    const other = join(dir, 'registri', 'baru.csv');
    writeFileSync(other, `${lines[0]}\n${lines[3]}\n`);

    expect(locateInRepo(file).pathInRepo).toBe('registri/usulan.csv');
    const at = filesAtRef([file, other], 'HEAD');
    try {
      expect(at.paths[1]).toBeNull();
      const head = await ingestFiles([file]);
      const baseInv = await ingestFiles([at.paths[0]!]);
      expect(baseInv.records.map((r) => r.source)).toEqual(['usulan.csv', 'usulan.csv']);
      expect(addedRecords(head.records, baseInv.records).map((r) => r.name)).toEqual(['SI-UDARA', 'e-Presensi ASN']);
    } finally {
      at.cleanup();
    }
  });
  it('an unknown ref or a file outside git is an input error', () => {
    const { dir, git } = gitRepo();
    const file = join(dir, 'x.csv');
    writeFileSync(file, 'a\n');
    git('add', '.');
    git('commit', '-q', '-m', 'x');
    expect(() => filesAtRef([file], 'no-such-ref')).toThrow(InputError);
    expect(() => filesAtRef([file], 'no-such-ref')).toThrow(/unknown git ref/);
    expect(() => filesAtRef([file], '--output=/tmp/x')).toThrow(/not a git ref/);
    const outside = join(mkdtempSync(join(tmpdir(), 'sp-nogit-')), 'y.csv');
    writeFileSync(outside, 'a\n');
    expect(() => filesAtRef([outside], 'HEAD')).toThrow(/git repository/);
  });
});

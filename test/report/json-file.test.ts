import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/util/errors.js';
import { StreamedList, materialize, writeJsonFile } from '../../src/util/json-file.js';
import { writeOutput } from '../../src/util/output-files.js';

const dir = mkdtempSync(join(tmpdir(), 'satupintu-json-'));

describe('writeJsonFile', () => {
  it('writes the bytes JSON.stringify gives, lists in chunks, streamed items mapped as written', () => {
    const items = Array.from({ length: 2501 }, (_, i) => ({ id: i, name: `app "${i}" <b>`, gone: undefined }));
    const fields = {
      format: 'x@1',
      skipped: undefined,
      empty: [],
      plain: items,
      mapped: new StreamedList(items, (x) => ({ id: x.id * 2, tags: [x.name] })),
      nested: { a: [1, 2], b: null },
    };
    const path = join(dir, 'out.json');
    writeJsonFile(path, fields, '\n');
    const expected = `${JSON.stringify(materialize(fields))}\n`;
    expect(readFileSync(path, 'utf8')).toBe(expected);
    const back = JSON.parse(expected) as { mapped: { id: number }[]; plain: unknown[] };
    expect(back.mapped).toHaveLength(2501);
    expect(back.mapped[2500]!.id).toBe(5000);
    expect(Object.keys(back)).toEqual(['format', 'empty', 'plain', 'mapped', 'nested']);
  });

  it('leaves out fields JSON has no form for, as JSON.stringify does', () => {
    const fields = { a: 1, f: () => 1, s: Symbol('x'), b: [new Date(0)], c: { toJSON: () => undefined } };
    const path = join(dir, 'odd.json');
    writeJsonFile(path, fields);
    expect(readFileSync(path, 'utf8')).toBe(JSON.stringify(fields));
  });

  it('keeps an earlier file whole when writing fails half-way, and leaves no partial file', () => {
    const path = join(dir, 'keep.json');
    writeJsonFile(path, { ok: true });
    const boom = new StreamedList(Array.from({ length: 5000 }, (_, i) => i), (i) => {
      if (i === 4000) throw new Error('boom');
      return 'x'.repeat(500);
    });
    expect(() => writeJsonFile(path, { list: boom })).toThrow('boom');
    expect(readFileSync(path, 'utf8')).toBe('{"ok":true}');
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('names the file it cannot write', () => {
    const path = join(dir, 'missing', 'out.json');
    expect(() => writeJsonFile(path, { a: 1 })).toThrow(InputError);
    expect(() => writeJsonFile(path, { a: 1 })).toThrow(`${path}: cannot write (ENOENT)`);
  });
});

describe('writeOutput', () => {
  it('replaces an earlier file whole, through the same mechanism, and names a folder it cannot write to', () => {
    const path = writeOutput(dir, 'plan.csv', 'a,b\n1,2\n');
    expect(writeOutput(dir, 'plan.csv', 'a,b\n')).toBe(path);
    expect(readFileSync(path, 'utf8')).toBe('a,b\n');
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
    expect(() => writeOutput(join(dir, 'missing'), 'plan.csv', 'x')).toThrow(`${join(dir, 'missing', 'plan.csv')}: cannot write (ENOENT)`);
  });
});

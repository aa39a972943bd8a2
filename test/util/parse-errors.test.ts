import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadValidated } from '../../src/knowledge/load.js';
import { AnalystDecisionsSchema } from '../../src/pipeline/analyst-decisions.js';
import { describeIssues } from '../../src/util/parse-errors.js';

const why = (value: unknown) => {
  const r = AnalystDecisionsSchema.safeParse(value);
  if (r.success) throw new Error('expected a failure');
  return describeIssues(r.error.issues);
};

describe('describeIssues: a value no branch of a union takes', () => {
  it('an unknown decision type lists every type there is', () => {
    expect(why({ decisions: [{ type: 'functon', app: 'APP-1', function: 'presensi' }] })).toBe(
      'decisions.0.type: expected one of "same-app", "different-apps", "function", "ecosystem", "action"',
    );
  });

  it('a known type speaks through its own branch', () => {
    expect(why({ decisions: [{ type: 'action', app: 'APP-1', action: 'delete' }] })).toBe('decisions.0.action: Invalid option: expected one of "retire"|"migrate"|"merge"|"retain"');
    expect(why({ decisions: [{ type: 'same-app', records: [{ source: 'a.csv', id: 1 }] }] })).toMatch(/^decisions\.0\.records: /);
    expect(why({ decisions: [{ type: 'ecosystem', record: { source: 'a.csv' }, ecosystem: 'direct' }] })).toMatch(/^decisions\.0\.record\.id: /);
  });

  it('outside unions, the first issue as zod words it', () => {
    expect(why({ decisions: [{ type: 'function', app: 'APP-1', function: '' }] })).toMatch(/^decisions\.0\.function: Too small/);
    expect(why(null)).toMatch(/^\(root\): /);
  });
});

describe('loadValidated', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satupintu-load-'));
  const schema = z.object({ a: z.number() }).strict();
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('says an empty file is empty', () => {
    expect(() => loadValidated(file('empty.yaml', '\n  \n'), schema)).toThrow(/empty\.yaml: the file is empty$/);
  });

  it('names the line of bad JSON, and the YAML parser its own', () => {
    expect(() => loadValidated(file('bad.json', '{\n  "a": 1,\n  "b": yes\n}'), schema)).toThrow(/bad\.json: line 3: invalid JSON \(unexpected "y"\)$/);
    expect(() => loadValidated(file('bad.yaml', 'a: [1,\n'), schema)).toThrow(/bad\.yaml: not valid YAML: .*line/);
  });

  it('takes a YAML warning (an unknown tag) as an error with its line, not a Node warning', () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      expect(() => loadValidated(file('tag.yaml', 'a: 1\nb: !!js/function x\n'), z.object({}).loose())).toThrow(/tag\.yaml: not valid YAML: Unresolved tag: .* at line 2/);
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).toEqual([]);
  });
});

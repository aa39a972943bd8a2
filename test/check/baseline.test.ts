import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, baselineSkeleton, loadBaseline, parseBaseline, writeBaseline } from '../../src/check/baseline.js';
import { buildReport } from '../../src/check/run-check.js';
import { InputError } from '../../src/util/errors.js';
import { sampleVerdicts } from './helpers.js';

const exception = (over: Record<string, string> = {}) => ({
  proposal: '1',
  reason: 'data sharing MoU signed',
  approver: 'Sekda',
  expires: '2026-06-30',
  ...over,
});

describe('baseline', () => {
  it('a valid exception turns a block into a baselined allow, with reason and approver', () => {
    const r = buildReport(sampleVerdicts(), { today: '2026-06-30', baseline: { exceptions: [exception()] } });
    const first = r.results[0]!;
    expect(first).toMatchObject({ decision: 'allow', matchedDecision: 'block', baselined: true, baseline: { approver: 'Sekda', expires: '2026-06-30' } });
    expect(first.reasons[0]).toContain('approved by Sekda: data sharing MoU signed');
    expect(r.summary).toMatchObject({ blocked: 3, allowed: 2, baselined: 1 });
  });

  it('an expired exception fails again and says when it expired', () => {
    const r = buildReport(sampleVerdicts(), { today: '2026-07-01', baseline: { exceptions: [exception()] } });
    const first = r.results[0]!;
    expect(first).toMatchObject({ decision: 'block', baselined: false, baselineExpired: '2026-06-30' });
    expect(first.reasons[0]).toContain('expired on 2026-06-30');
    expect(r.summary).toMatchObject({ blocked: 4, baselined: 0, expiredExceptions: 1 });
  });

  it('matches by name (case-insensitive) and respects source', () => {
    const byName = buildReport(sampleVerdicts(), { today: '2026-01-01', baseline: { exceptions: [exception({ proposal: 'e-presensi  ASN' })] } });
    expect(byName.results[3]!.baselined).toBe(true);
    const otherFile = buildReport(sampleVerdicts(), { today: '2026-01-01', baseline: { exceptions: [exception({ source: 'other.csv' })] } });
    expect(otherFile.results[0]!.baselined).toBe(false);
    expect(otherFile.unusedExceptions).toEqual(['other.csv: 1']);
    const sameFile = buildReport(sampleVerdicts(), { today: '2026-01-01', baseline: { exceptions: [exception({ source: 'usulan.csv' })] } });
    expect(sameFile.results[0]!.baselined).toBe(true);
  });

  it('never touches allowed proposals', () => {
    const r = buildReport(sampleVerdicts(), { today: '2026-01-01', baseline: { exceptions: [exception({ proposal: '5' })] } });
    expect(r.results[4]).toMatchObject({ decision: 'allow', baselined: false });
    expect(r.unusedExceptions).toEqual(['5']);
  });

  it('validates YAML and JSON with zod', () => {
    const yaml = 'exceptions:\n  - proposal: 12\n    reason: pilot\n    approver: Kadis\n    expires: 2026-12-31\n';
    expect(parseBaseline(yaml, 'b.yaml').exceptions[0]).toMatchObject({ proposal: '12', expires: '2026-12-31' });
    expect(parseBaseline('{"exceptions": []}', 'b.json').exceptions).toEqual([]);
    expect(() => parseBaseline('exceptions:\n  - proposal: x\n    reason: r\n    approver: a\n    expires: 31-12-2026\n', 'b.yaml')).toThrow(/exceptions\.0\.expires/);
    expect(() => parseBaseline('exceptions:\n  - proposal: x\n    reason: r\n    approver: a\n    expires: 2026-02-30\n', 'b.yaml')).toThrow(InputError);
    expect(() => parseBaseline('exceptions:\n  - proposal: x\n    approver: a\n    expires: 2026-02-03\n', 'b.yaml')).toThrow(/reason/);
    expect(() => parseBaseline('{"exceptions": [', 'b.json')).toThrow(/^b\.json: baseline: line 1: invalid JSON: the file ends early/);
    expect(() => parseBaseline('{"exceptions": [\n  {"proposal": "1",}\n]}', 'b.json')).toThrow(/^b\.json: baseline: line 2: invalid JSON/);
    expect(() => loadBaseline('/nonexistent/baseline.yaml')).toThrow(/cannot read baseline/);
  });

  it('writes a skeleton for blocked proposals that loads back (90 days, approver TODO)', () => {
    const r = buildReport(sampleVerdicts(), { today: '2026-01-15' });
    const skeleton = baselineSkeleton(r.results, '2026-01-15');
    expect(skeleton.exceptions).toHaveLength(4);
    expect(skeleton.exceptions[0]).toMatchObject({ proposal: '1', source: 'usulan.csv', approver: 'TODO', expires: '2026-04-15' });
    const dir = mkdtempSync(join(tmpdir(), 'sp-baseline-'));
    for (const name of ['b.yaml', 'b.json']) {
      const path = join(dir, name);
      writeBaseline(skeleton, path);
      expect(loadBaseline(path)).toEqual(skeleton);
    }
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toMatch(/^# satupintu check baseline/);
    const again = buildReport(sampleVerdicts(), { today: '2026-01-15', baseline: loadBaseline(join(dir, 'b.yaml')) });
    expect(again.summary).toMatchObject({ blocked: 0, baselined: 4 });
    writeFileSync(join(dir, 'empty.yaml'), '');
    expect(loadBaseline(join(dir, 'empty.yaml')).exceptions).toEqual([]);
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-01', 90)).toBe('2027-03-01');
  });
});

import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/check/run-check.js';
import { FORMATS, reporterFor } from '../../src/check/formats/index.js';
import { escapeData, escapeProperty } from '../../src/check/formats/github.js';
import { artifactUri } from '../../src/check/formats/sarif.js';
import { RULES } from '../../src/check/rules.js';
import type { CheckReport } from '../../src/check/types.js';
import { parseXml, type XmlElement } from './xml.js';
import { sampleVerdicts } from './helpers.js';

const ctx = { color: false, version: '0.1.0' };

function report(): CheckReport {
  const baseline = {
    exceptions: [{ proposal: 'Bank Sampah', reason: 'pilot agreed with Kemen LHK', approver: 'Kepala Diskominfo', expires: '2030-01-01' }],
  };
  return buildReport(sampleVerdicts(), { today: '2026-03-01', baseline, fileOf: () => 'registri/usulan.csv' });
}

describe('summary', () => {
  it('counts blocked, allowed and baselined', () => {
    const r = report();
    expect(r.summary).toMatchObject({ proposals: 5, blocked: 3, allowed: 2, baselined: 1, expiredExceptions: 0 });
    expect(r.summary.byKind).toMatchObject({ platform: 1, 'local-duplicate': 1, 'existing-app': 1, 'other-governments': 0 });
  });
});

describe('text format', () => {
  it('prints decision, name, government, alternative, reasons and the summary line, plain without a TTY', () => {
    const out = reporterFor('text').render(report(), ctx);
    expect(out).not.toMatch(/\u001b\[/);
    expect(out).toContain('BLOCK Sistem Persuratan, Elektronik: v2 — Kabupaten Sleman');
    expect(out).toContain('use instead: SRIKANDI');
    expect(out).toContain('SP002/national-platform-exists');
    expect(out).toContain('confidence: 0.87');
    expect(out).toContain('ALLOW Bank Sampah');
    expect(out).toContain('(baselined)');
    expect(out).toContain('approved by Kepala Diskominfo');
    expect(out.trimEnd().split('\n').at(-1)).toBe('5 proposals: 3 blocked, 2 allowed (1 baselined)');
  });
  it('colours when asked', () => {
    expect(reporterFor('text').render(report(), { ...ctx, color: true })).toMatch(/\u001b\[/);
  });
  it('never prints control characters from registry text', () => {
    const r = report();
    r.results[0]!.name = 'evil\u001b[2Jname\u0007';
    const out = reporterFor('text').render(r, ctx);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});

describe('json format', () => {
  it('has the documented shape', () => {
    const j = JSON.parse(reporterFor('json').render(report(), ctx));
    expect(j.results).toHaveLength(5);
    for (const r of j.results) {
      for (const k of ['source_id', 'name', 'government', 'decision', 'kind', 'alternative', 'function', 'confidence', 'matches', 'reasons', 'file', 'line']) {
        expect(r).toHaveProperty(k);
      }
      expect(['block', 'allow']).toContain(r.decision);
    }
    expect(j.results[0]).toMatchObject({ source_id: '1', decision: 'block', kind: 'platform', alternative: 'SRIKANDI', file: 'registri/usulan.csv', line: 2 });
    expect(j.results[0].matches[0]).toMatchObject({ app_id: 'APP-1', relation: 'platform' });
    expect(j.results[2]).toMatchObject({ decision: 'allow', baselined: true, baseline: { approver: 'Kepala Diskominfo' } });
    expect(j.summary).toMatchObject({ proposals: 5, blocked: 3, allowed: 2, baselined: 1 });
  });
});

describe('sarif format', () => {
  it('is structurally valid SARIF 2.1.0', () => {
    const s = JSON.parse(reporterFor('sarif').render(report(), ctx));
    expect(s.$schema).toMatch(/sarif/);
    expect(s.version).toBe('2.1.0');
    expect(Array.isArray(s.runs)).toBe(true);
    expect(s.runs).toHaveLength(1);
    const driver = s.runs[0].tool.driver;
    expect(driver.name).toBe('satupintu');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    const ids = driver.rules.map((r: { id: string }) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['SP001/duplicate-of-existing-app', 'SP002/national-platform-exists', 'SP003/local-duplicate', 'SP004/built-elsewhere']);
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.fullDescription.text).toBeTruthy();
    }
    const results = s.runs[0].results;
    // 3 blocked + 1 baselined (suppressed); the plain allow is not a result
    expect(results).toHaveLength(4);
    for (const r of results) {
      expect(ids).toContain(r.ruleId);
      expect(driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.level).toBe('error');
      expect(typeof r.message.text).toBe('string');
      expect(r.message.text.length).toBeGreaterThan(0);
      expect(r.locations).toHaveLength(1);
      const loc = r.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toBe('registri/usulan.csv');
      expect(Number.isInteger(loc.region.startLine)).toBe(true);
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
    }
    const suppressed = results.filter((r: { suppressions?: unknown[] }) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].ruleId).toBe('SP004/built-elsewhere');
    expect(results[0].message.text).toContain('Use instead: SRIKANDI');
  });
  it('keeps rule ids stable', () => {
    expect(RULES.map((r) => `${r.kind}=${r.id}`)).toEqual([
      'existing-app=SP001/duplicate-of-existing-app',
      'platform=SP002/national-platform-exists',
      'local-duplicate=SP003/local-duplicate',
      'other-governments=SP004/built-elsewhere',
    ]);
  });
  it('writes relative paths as URI references', () => {
    expect(artifactUri('registri/usulan baru.csv')).toBe('registri/usulan%20baru.csv');
    expect(artifactUri('/abs/x.csv')).toBe('file:///abs/x.csv');
  });
  it('is valid with no proposals', () => {
    const s = JSON.parse(reporterFor('sarif').render(buildReport([], { today: '2026-01-01' }), ctx));
    expect(s.runs[0].results).toEqual([]);
  });
});

function all(el: XmlElement, name: string): XmlElement[] {
  return [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => all(c, name))];
}

describe('junit format', () => {
  it('is well-formed XML with one testsuite and one testcase per proposal', () => {
    const xml = reporterFor('junit').render(report(), ctx);
    const root = parseXml(xml);
    const suites = all(root, 'testsuite');
    expect(suites).toHaveLength(1);
    const suite = suites[0]!;
    expect(suite.attrs.tests).toBe('5');
    expect(suite.attrs.failures).toBe('3');
    const cases = all(suite, 'testcase');
    expect(cases).toHaveLength(5);
    expect(cases.filter((c) => c.children.some((x) => x.name === 'failure'))).toHaveLength(3);
    // escaping survives the round trip
    expect(cases[1]!.attrs.name).toBe('<script>alert("x")</script> & co (Kabupaten Sleman)');
    const failure = cases[0]!.children.find((x) => x.name === 'failure')!;
    expect(failure.attrs.type).toBe('SP002/national-platform-exists');
    expect(failure.attrs.message).toContain('SRIKANDI');
    expect(failure.text).toContain('use instead: SRIKANDI');
    expect(xml).not.toContain('<script>');
  });
  it('rejects malformed XML (the checker works)', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a x="1 & 2"/>')).toThrow();
    expect(() => parseXml('<a>1 < 2</a>')).toThrow();
    expect(() => parseXml('<a>')).toThrow();
    expect(parseXml('<?xml version="1.0"?><a x="&lt;"><b/>t&amp;</a>').attrs.x).toBe('<');
  });
});

describe('github format', () => {
  it('emits ::error for blocked and ::notice for allowed, one line each', () => {
    const out = reporterFor('github').render(report(), ctx);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(6); // 5 proposals + summary
    expect(lines.filter((l) => l.startsWith('::error file=registri/usulan.csv,line='))).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('::notice file=registri/usulan.csv,line='))).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=registri\/usulan\.csv,line=2,title=SP002\/national-platform-exists%3A Sistem Persuratan%2C Elektronik%3A v2::/);
    expect(lines[1]).toContain('%0Asecond line 100%25');
    expect(lines.at(-1)).toBe('::error title=satupintu check::5 proposals: 3 blocked, 2 allowed (1 baselined)');
  });
  it('escapes per the workflow-command rules', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });
});

describe('every format', () => {
  it.each(FORMATS)('%s renders', (f) => {
    expect(reporterFor(f).render(report(), ctx).length).toBeGreaterThan(0);
  });
});

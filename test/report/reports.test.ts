import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript } from '../../src/report/html/escape.js';
import { htmlReport } from '../../src/report/html.js';
import { escapeMarkdown, markdownReport } from '../../src/report/markdown.js';
import { PlanJsonSchema, planJson } from '../../src/report/plan-json.js';
import { redirectsCsv } from '../../src/report/redirects-csv.js';
import { formatTerminalSummary } from '../../src/report/terminal-summary.js';
import { ANALYZE_OUTPUTS, selectOutputs } from '../../src/report/analyze-outputs.js';
import { writeReports } from '../../src/report/write-reports.js';
import { scopeToGovernment } from '../../src/plan/views.js';
import { FORMULA_NAME, FORMULA_URL, GOV, SCRIPT_NAME, fixtureAnalysis, fixtureKnowledge } from './fixture.js';

const analysis = fixtureAnalysis();
const knowledge = fixtureKnowledge();
const files = [{ source: 'inventaris_daerah.csv', path: 'x/inventaris_daerah.csv', format: 'csv' as const, encoding: 'utf-8', rowsRead: 11, accepted: 11, rejected: 0, mapping: {}, unmapped: [], notes: [], assumptions: [] }];

describe('markdown', () => {
  it('escapes table pipes, HTML and markdown specials in values', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown(SCRIPT_NAME)).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeMarkdown('*bold* _it_ [link](http://x) `code` #h')).toBe('\\*bold\\* \\_it\\_ \\[link\\](http://x) \\`code\\` \\#h');
    expect(escapeMarkdown('line\nbreak')).toBe('line break');
    expect(escapeMarkdown('- item')).toBe('\\- item');
  });

  it('writes the sections with escaped app names and no raw HTML from values', () => {
    const md = markdownReport(analysis, knowledge, { lang: 'id', files });
    for (const heading of ['## Ringkasan', '## Tindakan', '## Ekosistem layanan publik', '## Penghematan per gelombang', '## Gelombang pelaksanaan', '## Kandidat platform bersama', '## Pertukaran data', '## Katalog satu pintu', '## Klaster fungsi']) {
      expect(md).toContain(heading);
    }
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('| Hentikan | 3 |');
    expect(md).toContain('SiRetri | Kabupaten Banyuwangi | Retribusi daerah | E-Retribusi (A2)');
    // within each table, every row has as many cell separators as the header
    const tables = md.split(/\n(?!\|)/).map((block) => block.split('\n').filter((l) => l.startsWith('|'))).filter((t) => t.length);
    expect(tables.length).toBeGreaterThan(5);
    const pipes = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    for (const rows of tables) for (const row of rows) expect(pipes(row)).toBe(pipes(rows[0]!));
  });

  it('is in English with --lang en', () => {
    const id = markdownReport(analysis, knowledge, { lang: 'id', files });
    const en = markdownReport(analysis, knowledge, { lang: 'en', files });
    expect(en).toContain('## Summary');
    expect(en).toContain('Local charges');
    expect(en).not.toContain('## Ringkasan');
    expect(id).toContain('Retribusi daerah');
    expect(en).not.toBe(id);
  });
});

describe('source registries section', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const read = [
    {
      ...files[0]!,
      rejected: 2,
      notes: [{ key: 'file.windows1252' }],
      assumptions: [{ key: 'file.columnByValues', vars: { column: hostile, share: 100, examples: '"SIMPEG"' }, parts: { field: 'file.field.name', holds: 'file.holds.name' } }],
    },
    { ...files[0]!, source: 'katalog.json', format: 'json' as const, rowsRead: 5, accepted: 5 },
  ];

  it('lists each registry with its counts and, in the report language, what was noticed and assumed', () => {
    const id = markdownReport(analysis, knowledge, { lang: 'id', files: read });
    const en = markdownReport(analysis, knowledge, { lang: 'en', files: read });
    expect(id).toContain('## Registri sumber dan cara membacanya');
    expect(id).toContain('| inventaris\\_daerah.csv | CSV | 11 | 11 | 2 |');
    expect(id).toContain('| katalog.json | JSON | 5 | 5 | 0 |');
    expect(id).toContain('bukan UTF-8 yang sah');
    expect(id).toContain('100% nilainya berupa teks pendek yang berbeda tiap baris');
    expect(en).toContain('## Source registries and how they were read');
    expect(en).toContain('100% of its values are short texts that differ from row to row');
    expect(id).not.toContain('<img');
    // notes are listed under the file they belong to, and only files with notes are listed
    expect(id.slice(id.indexOf('**Catatan pembacaan**'))).not.toContain('katalog.json');
  });

  it('is in report.html too, escaped', () => {
    const html = htmlReport(analysis, knowledge, { lang: 'en', files: read });
    expect(html).toContain('<section id="sources">');
    expect(html).toContain('href="#sources"');
    expect(html).toContain('not valid UTF-8');
    expect(html).not.toContain(hostile);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('is in plan.json as text in the plan language', () => {
    const doc = PlanJsonSchema.parse(JSON.parse(planJson(analysis, knowledge, read, 'id')));
    expect(doc.files[0]!.notes).toEqual(['bukan UTF-8 yang sah: dibaca sebagai Windows-1252 (Latin-1)']);
    expect(doc.files[0]!.assumptions[0]).toMatch(/^kolom "<img src=x onerror=alert\(1\)>" dibaca sebagai nama \(name\): 100%/);
  });
});

describe('redirects.csv', () => {
  const rows = (lang: 'id' | 'en') => parse(redirectsCsv(analysis, knowledge, lang), { columns: true }) as Record<string, string>[];

  it('has one row per switched-off app with a URL', () => {
    const csv = rows('en');
    expect(Object.keys(csv[0]!)).toEqual(['old_url', 'new_home', 'action', 'app_id', 'name']);
    expect(csv.map((r) => r.app_id).sort()).toEqual(['A1', 'A10', 'A3', 'A5', 'A8', 'A9']);
    expect(csv.find((r) => r.app_id === 'A8')).toMatchObject({ old_url: 'perizinan.jatimprov.go.id', new_home: 'https://oss.go.id', action: 'migrate' });
    expect(csv.find((r) => r.app_id === 'A5')!.new_home).toMatch(/^Archive/);
    expect(rows('id').find((r) => r.app_id === 'A5')!.new_home).toMatch(/^Arsip/);
  });

  it('neutralises spreadsheet formulas', () => {
    const row = rows('en').find((r) => r.app_id === 'A10')!;
    expect(row.old_url).toBe(`'${FORMULA_URL}`);
    expect(row.name).toBe(`'${FORMULA_NAME}`);
    for (const r of rows('en')) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+\-@]/);
  });
});

describe('plan.json', () => {
  it('matches its schema and carries records, decisions, evidence and views', () => {
    const doc = PlanJsonSchema.parse(JSON.parse(planJson(analysis, knowledge, files, 'en')));
    expect(doc.format).toBe('satupintu/plan@1');
    expect(doc.summary.actions).toEqual({ retire: 3, migrate: 2, merge: 1, retain: 6 });
    const a8 = doc.applications.find((a) => a.appId === 'A8')!;
    expect(a8.records).toEqual([
      { source: 'inventaris_daerah.csv', source_id: '8', name: 'SICANTIK' },
      { source: 'katalog_spbe.json', source_id: 'K-8', name: 'SiCantik Cloud Jawa Timur' },
    ]);
    expect(a8.decision).toMatchObject({ action: 'migrate', target: 'OSS RBA', wave: 2 });
    expect(doc.evidence).toEqual([
      expect.objectContaining({ appId: 'A8', a: { source: 'inventaris_daerah.csv', source_id: '8' }, score: 12.3 }),
    ]);
    expect(doc.views.waves.map((w) => w.appIds)).toEqual([['A5', 'A10', 'A9'], ['A8', 'A1'], ['A3'], ['A2', 'A7', 'A6']]);
    expect(doc.views.sharedPlatforms[0]!.clusterId).toBe('C-retribusi');
  });
});

describe('terminal summary', () => {
  it('prints plain tables without colour codes when colour is off', () => {
    const text = formatTerminalSummary(analysis, knowledge, { lang: 'en', color: false });
    expect(text).not.toMatch(/\u001b\[/);
    expect(text).toContain('13 records → 12 applications · 5 clusters · 5 governments');
    expect(text).toContain('Most duplicated functions');
    expect(text).toContain('Local charges');
    expect(text).toMatch(/Retire\s*│\s*3/);
    const id = formatTerminalSummary(analysis, knowledge, { lang: 'id', color: false });
    expect(id).toContain('13 catatan → 12 aplikasi');
    expect(id).toContain('Fungsi paling banyak diduplikasi');
  });
});

describe('html', () => {
  const html = htmlReport(analysis, knowledge, { lang: 'id', files });

  it('is self-contained: no external URLs are loaded', () => {
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="(https?:)?\/\//);
    expect(html).toContain('Content-Security-Policy');
  });

  it('never emits a value as markup', () => {
    expect(html).not.toContain(SCRIPT_NAME);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(escapeHtml(SCRIPT_NAME)).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(jsonForScript({ n: '</script><!--' })).toBe('{"n":"\\u003c/script\\u003e\\u003c!--"}');
  });
});

describe('writeReports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satupintu-reports-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every output of analyze into a new folder, in order, and returns their paths', () => {
    const out = join(dir, 'nested', 'out');
    const paths = writeReports({ full: analysis, files, knowledge }, { outDir: out, lang: 'en' });
    expect(paths.map((p) => p.slice(out.length + 1))).toEqual([...ANALYZE_OUTPUTS]);
    for (const p of paths) expect(existsSync(p)).toBe(true);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('# Government Application Consolidation Plan');
    // plan.json is streamed list by list: the same bytes as the string form, timestamp aside
    const stamp = (text: string) => text.replace(/"generatedAt":"[^"]+"/, '"generatedAt":""');
    expect(stamp(readFileSync(join(out, 'plan.json'), 'utf8'))).toBe(stamp(planJson(analysis, knowledge, files, 'en')));
    expect(readFileSync(join(out, 'rejected.csv'), 'utf8')).toBe('source,path,line,field,reason,sheet\n');
  });

  it('writes only what `only` names; a scoped run keeps the whole run in inventory.json', () => {
    const out = join(dir, 'scoped');
    const shown = scopeToGovernment(analysis, GOV.banyuwangi.name);
    const written: string[] = [];
    const paths = writeReports(
      { full: analysis, shown, files, knowledge },
      { outDir: out, lang: 'en', only: selectOutputs('inventory.json,report.md'), onWritten: (name) => written.push(name) },
    );
    expect(written).toEqual(['plan.csv', 'rejected.csv', 'inventory.json', 'report.md']);
    expect(paths).toHaveLength(4);
    for (const name of ['links.csv', 'plan.json', 'report.html', 'redirects.csv']) expect(existsSync(join(out, name))).toBe(false);
    const planRows = parse(readFileSync(join(out, 'plan.csv'), 'utf8'), { columns: true }) as { government: string }[];
    expect(shown.applications.length).toBeLessThan(analysis.applications.length);
    expect(new Set(planRows.map((r) => r.government))).toEqual(new Set([GOV.banyuwangi.name]));
    const inventory = JSON.parse(readFileSync(join(out, 'inventory.json'), 'utf8')) as { applications: unknown[] };
    expect(inventory.applications).toHaveLength(analysis.applications.length);
  });
});

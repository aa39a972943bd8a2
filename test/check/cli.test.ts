import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/ingest.js';
import { analyzeRecords } from '../../src/pipeline/analyze.js';
import { writeAnalysisJson } from '../../src/report/analysis-json.js';
import { inventoryJson } from '../../src/report/inventory-files.js';
import { parseXml } from './xml.js';
import { gitRepo, runCli } from './helpers.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'check');
const REGISTRY = [join(FIX, 'registri.csv'), join(FIX, 'katalog.json')];
const PROPOSALS = join(FIX, 'usulan.csv');
const tmp = mkdtempSync(join(tmpdir(), 'sp-check-'));
function badJson(): string {
  const path = join(tmp, 'bad.json');
  writeFileSync(path, '{\n  "format": 1,\n  x\n}');
  return path;
}

interface JsonResult {
  source_id: string;
  name: string;
  decision: string;
  kind: string;
  alternative: string;
  baselined: boolean;
  reasons: string[];
  file: string;
  line: number;
}

function proposalsFile(name: string, rows: number[]): string {
  const lines = readFileSync(PROPOSALS, 'utf8').trimEnd().split('\n');
  const path = join(tmp, name);
  writeFileSync(path, `${[lines[0], ...rows.map((r) => lines[r])].join('\n')}\n`);
  return path;
}

let inventory: string;
let json: { results: JsonResult[]; summary: Record<string, number> };
let byName: Map<string, JsonResult>;

beforeAll(async () => {
  const inv = await ingestFiles(REGISTRY);
  inventory = join(tmp, 'inventory.json');
  writeAnalysisJson(inventory, analyzeRecords(inv.records), inv.files);
  const run = await runCli(['check', PROPOSALS, '--registry', ...REGISTRY, '--format', 'json']);
  expect(run.code).toBe(1);
  json = JSON.parse(run.stdout);
  byName = new Map(json.results.map((r) => [r.name, r]));
});

describe('decisions on the fixtures (inventory built with --registry)', () => {
  it('blocks a national-platform duplicate and names the platform', () => {
    expect(byName.get('Sistem Informasi Persuratan Elektronik')).toMatchObject({ decision: 'block', kind: 'platform', alternative: 'SRIKANDI' });
  });
  it('blocks a second app of the same government', () => {
    const r = byName.get('SiAbsen Pegawai Banyuwangi')!;
    expect(r).toMatchObject({ decision: 'block', kind: 'local-duplicate' });
    expect(r.alternative).toContain('e-Presensi ASN');
  });
  it('blocks a function other governments already run', () => {
    const r = byName.get('Bank Sampah Sleman')!;
    expect(r).toMatchObject({ decision: 'block', kind: 'other-governments' });
    expect(r.reasons.join(' ')).toMatch(/Dumai|Jawa Barat/);
  });
  it('blocks the very same application', () => {
    expect(byName.get('e-Presensi ASN')).toMatchObject({ decision: 'block', kind: 'existing-app' });
  });
  it('allows a job nobody does', () => {
    expect(byName.get('SI-UDARA')).toMatchObject({ decision: 'allow', kind: 'none', alternative: '' });
  });
  it('meets the national platform even when no app of the inventory does that job', async () => {
    const path = join(tmp, 'no-local-app.csv');
    writeFileSync(path, 'No;Nama Aplikasi;Instansi;OPD Pengelola;Deskripsi\n1;Portal Lowongan Kerja;Kota Dumai;Disnaker;Informasi lowongan kerja dan pencari kerja\n');
    const run = await runCli(['check', path, '--inventory', inventory, '--format', 'json']);
    const [r] = (JSON.parse(run.stdout) as { results: JsonResult[] }).results;
    expect(r).toMatchObject({ decision: 'block', kind: 'platform', alternative: 'SIAPkerja' });
  });
  it('reports file and line', () => {
    const r = byName.get('Bank Sampah Sleman')!;
    expect(r.file).toBe('test/fixtures/check/usulan.csv');
    expect(r.line).toBe(4);
    expect(json.summary).toMatchObject({ proposals: 5, blocked: 4, allowed: 1, baselined: 0 });
  });
});

describe('exit codes', () => {
  it('0 when everything is allowed (saved inventory)', async () => {
    const run = await runCli(['check', proposalsFile('allow.csv', [4]), '--inventory', inventory]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ALLOW SI-UDARA');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('1 proposal: 0 blocked, 1 allowed (0 baselined)');
  });
  it('1 when a proposal is blocked, with the summary line', async () => {
    const run = await runCli(['check', PROPOSALS, '--inventory', inventory]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('BLOCK Sistem Informasi Persuratan Elektronik');
    expect(run.stdout).toContain('use instead: SRIKANDI');
    expect(run.stdout).toContain('5 proposals: 4 blocked, 1 allowed (0 baselined)');
  });
  it.each([
    ['neither --inventory nor --registry', ['check', PROPOSALS], /--inventory .* or --registry/],
    ['both --inventory and --registry', ['check', PROPOSALS, '--inventory', 'x.json', '--registry', REGISTRY[0]!], /either --inventory or --registry/],
    ['a missing inventory', ['check', PROPOSALS, '--inventory', join(tmp, 'nope.json')], /cannot read inventory/],
    ['an inventory of bad JSON', ['check', PROPOSALS, '--inventory', badJson()], /bad\.json: line 3: invalid JSON/],
    ['a missing proposals file', ['check', join(tmp, 'nope.csv'), '--registry', ...REGISTRY], /nope\.csv: cannot read file/],
    ['a broken proposals file', ['check', join(FIX, 'broken.csv'), '--registry', ...REGISTRY], /broken\.csv/],
    ['an unknown format', ['check', PROPOSALS, '--registry', ...REGISTRY, '--format', 'xml'], /xml/],
    ['a bad --today', ['check', PROPOSALS, '--registry', ...REGISTRY, '--today', '2026-13-01'], /--today/],
    ['a missing baseline', ['check', PROPOSALS, '--registry', ...REGISTRY, '--baseline', join(tmp, 'nope.yaml')], /cannot read baseline/],
  ])('2 for %s, with a one-line message', async (_label, args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
  it('2 for an ingest inventory instead of an analysis one', async () => {
    const inv = await ingestFiles(REGISTRY);
    const path = join(tmp, 'ingest-inventory.json');
    writeFileSync(path, inventoryJson(inv));
    const run = await runCli(['check', PROPOSALS, '--inventory', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/satupintu analyze/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('--output and formats through the CLI', () => {
  it('writes SARIF to a file with the proposals file as a relative location', async () => {
    const out = join(tmp, 'check.sarif');
    const run = await runCli(['check', PROPOSALS, '--inventory', inventory, '--format', 'sarif', '--output', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/5 proposals: 4 blocked.*sarif report written to/);
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(4);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('test/fixtures/check/usulan.csv');
  });
  it('a report or baseline that cannot be written is an input error naming the file, and leaves no partial file', async () => {
    const dir = join(tmp, 'unwritable');
    mkdirSync(dir, { recursive: true });
    const out = join(dir, 'missing', 'check.json');
    const report = await runCli(['check', PROPOSALS, '--inventory', inventory, '--format', 'json', '--output', out]);
    expect(report.code).toBe(2);
    expect(report.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(`${out}: cannot write (ENOENT)`)]);
    const baseline = join(dir, 'missing', 'baseline.yaml');
    const skeleton = await runCli(['check', PROPOSALS, '--inventory', inventory, '--write-baseline', baseline, '--format', 'json']);
    expect(skeleton.code).toBe(2);
    expect(skeleton.stderr).toContain(`${baseline}: cannot write (ENOENT)`);
    expect(readdirSync(dir)).toEqual([]);
  });
  it('an earlier report is replaced whole, never appended to or left half-written', async () => {
    const out = join(tmp, 'replaced.json');
    writeFileSync(out, 'x'.repeat(100_000));
    const run = await runCli(['check', PROPOSALS, '--inventory', inventory, '--format', 'json', '--output', out]);
    expect(run.code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).results).toHaveLength(5);
    expect(readdirSync(tmp).filter((f) => f.includes('.partial'))).toEqual([]);
  });
  it('junit and github formats', async () => {
    const junit = await runCli(['check', PROPOSALS, '--inventory', inventory, '--format', 'junit']);
    expect(junit.code).toBe(1);
    const root = parseXml(junit.stdout);
    expect(root.children[0]!.children.filter((c) => c.name === 'testcase')).toHaveLength(5);
    const gh = await runCli(['check', PROPOSALS, '--inventory', inventory, '--format', 'github']);
    expect(gh.code).toBe(1);
    expect(gh.stdout.split('\n').filter((l) => l.startsWith('::error file=test/fixtures/check/usulan.csv,line='))).toHaveLength(4);
    expect(gh.stdout).toContain('::notice file=test/fixtures/check/usulan.csv,line=5,');
  });
  it('never matches a proposal against itself when the inventory holds the proposals file', async () => {
    const run = await runCli(['check', proposalsFile('self.csv', [4]), '--registry', ...REGISTRY, join(tmp, 'self.csv'), '--format', 'json']);
    expect(run.code).toBe(0);
    const j = JSON.parse(run.stdout);
    expect(j.results[0]).toMatchObject({ name: 'SI-UDARA', decision: 'allow' });
    expect(j.summary.notes.join(' ')).toMatch(/left out/);
  });
});

describe('baseline through the CLI', () => {
  it('--write-baseline, then --baseline allows until expiry; an expired exception fails again', async () => {
    const path = join(tmp, 'baseline.yaml');
    const first = await runCli(['check', PROPOSALS, '--inventory', inventory, '--write-baseline', path, '--today', '2026-01-10', '--format', 'json']);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/wrote 4 exception/);
    expect(readFileSync(path, 'utf8')).toContain('expires: 2026-04-10');
    const ok = await runCli(['check', PROPOSALS, '--inventory', inventory, '--baseline', path, '--today', '2026-04-10']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('5 proposals: 0 blocked, 5 allowed (4 baselined)');
    expect(ok.stdout).toContain('approved by TODO');
    const expired = await runCli(['check', PROPOSALS, '--inventory', inventory, '--baseline', path, '--today', '2026-04-11']);
    expect(expired.code).toBe(1);
    expect(expired.stdout).toContain('expired on 2026-04-10');
    expect(expired.stdout).toContain('5 proposals: 4 blocked, 1 allowed (0 baselined), 4 with an expired exception');
  });
  it('an invalid baseline is an input error', async () => {
    const path = join(tmp, 'bad-baseline.yaml');
    writeFileSync(path, 'exceptions:\n  - proposal: 1\n    reason: x\n');
    const run = await runCli(['check', PROPOSALS, '--inventory', inventory, '--baseline', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/invalid baseline: exceptions\.0\.approver/);
  });
});

describe('diff mode (--base)', () => {
  it('checks only rows added since the ref, against the registry as it was at the ref', async () => {
    const { dir, git } = gitRepo();
    const reg = join(dir, 'registri');
    mkdirSync(reg);
    copyFileSync(REGISTRY[0]!, join(reg, 'registri.csv'));
    copyFileSync(REGISTRY[1]!, join(reg, 'katalog.json'));
    const usulan = join(reg, 'usulan.csv');
    const lines = readFileSync(PROPOSALS, 'utf8').trimEnd().split('\n');
    writeFileSync(usulan, `${lines[0]}\n${lines[1]}\n${lines[3]}\n`); // persuratan + bank sampah, already accepted
    git('add', '.');
    git('commit', '-q', '-m', 'registry');
    // the pull request: one allowed and one blocked proposal, inserted before the old rows, plus one row renumbered
    writeFileSync(usulan, `${lines[0]}\n${lines[4]!.replace(/^4;/, '1;')}\n${lines[5]!.replace(/^5;/, '2;')}\n${lines[3]!.replace(/^3;/, '3;')}\n${lines[1]!.replace(/^1;/, '4;')}\n`);
    // a registry row added in the same PR must not be matched against itself either
    appendFileSync(join(reg, 'registri.csv'), `8;SI-UDARA;Kabupaten Sleman;Bidang Pengendalian Pencemaran;Pemantauan kualitas udara dan indeks polusi udara harian.;;web;Indeks Kualitas Udara;Aktif;2026;\n`);

    const run = await runCli(['check', usulan, '--base', 'HEAD', '--registry', join(reg, 'registri.csv'), join(reg, 'katalog.json'), '--format', 'json']);
    const j = JSON.parse(run.stdout);
    expect(j.results.map((r: JsonResult) => r.name)).toEqual(['SI-UDARA', 'e-Presensi ASN']);
    expect(j.results.map((r: JsonResult) => r.decision)).toEqual(['allow', 'block']);
    expect(j.results[0].line).toBe(2);
    expect(j.summary.notes.join('\n')).toMatch(/2 row\(s\) added since HEAD/);
    expect(run.code).toBe(1);

    const onlyAllowed = join(reg, 'usulan.csv');
    writeFileSync(onlyAllowed, `${lines[0]}\n${lines[1]}\n${lines[3]}\n${lines[4]}\n`);
    const ok = await runCli(['check', onlyAllowed, '--base', 'HEAD', '--registry', join(reg, 'registri.csv'), join(reg, 'katalog.json')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('1 proposal: 0 blocked, 1 allowed (0 baselined)');

    git('add', '.');
    git('commit', '-q', '-m', 'accept');
    const none = await runCli(['check', onlyAllowed, '--base', 'HEAD', '--inventory', join(tmp, 'does-not-matter.json')]);
    expect(none.code).toBe(2); // a missing inventory is still reported
    const empty = await runCli(['check', onlyAllowed, '--base', 'HEAD', '--inventory', inventory, '--format', 'sarif']);
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout).runs[0].results).toEqual([]);
  });

  it('a file that did not exist at the ref: every row is new', async () => {
    const { dir, git } = gitRepo();
    writeFileSync(join(dir, 'README'), 'x\n');
    git('add', '.');
    git('commit', '-q', '-m', 'init');
    const usulan = proposalsFile('baru.csv', [4]);
    const inRepo = join(dir, 'baru.csv');
    copyFileSync(usulan, inRepo);
    const run = await runCli(['check', inRepo, '--base', 'HEAD', '--inventory', inventory, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).results).toHaveLength(1);
  });

  it('an unknown ref is exit 2 with a message', async () => {
    const { dir, git } = gitRepo();
    const file = join(dir, 'usulan.csv');
    copyFileSync(PROPOSALS, file);
    git('add', '.');
    git('commit', '-q', '-m', 'init');
    const run = await runCli(['check', file, '--base', 'origin/nope', '--inventory', inventory]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--base origin\/nope: unknown git ref/);
    expect(existsSync(file)).toBe(true);
  });
});

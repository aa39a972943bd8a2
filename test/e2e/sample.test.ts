/**
 * End to end on the bundled sample registry (data/sample/, invented data with known answers, see its
 * README): runs the built CLI binary as a user would and checks the plan it writes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'satupintu.js');
const registries = ['inventaris_daerah.csv', 'katalog_spbe.json', 'survei_kementerian.csv'].map((f) => join(root, 'data', 'sample', 'registries', f));
const proposals = join(root, 'data', 'sample', 'proposals', 'usulan_aplikasi_baru.csv');

type Row = Record<string, string>;
let out: string;
let plan: Row[];
const key = (r: Row) => `${{ 'inventaris_daerah.csv': 'inv', 'katalog_spbe.json': 'kat', 'survei_kementerian.csv': 'sur' }[r.source!]}:${r.source_id}`;
const byKey = new Map<string, Row>();

function run(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) execFileSync('npx', ['tsc', '-p', join(root, 'tsconfig.json')], { cwd: root });
  out = mkdtempSync(join(tmpdir(), 'satupintu-e2e-'));
  const r = run(['analyze', ...registries, '--out', out, '--lang', 'en']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  plan = parse(readFileSync(join(out, 'plan.csv'), 'utf8'), { columns: true }) as Row[];
  for (const row of plan) byKey.set(key(row), row);
});

describe('analyze on the sample registry', () => {
  it('writes every output, one plan row per input record', () => {
    for (const f of ['plan.csv', 'plan.json', 'report.html', 'report.md', 'redirects.csv', 'links.csv', 'inventory.json', 'rejected.csv']) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    expect(plan).toHaveLength(117);
    expect(new Set(plan.map((r) => key(r))).size).toBe(117);
  });

  it('links the same application across registries and spellings', () => {
    const groups = [
      ['inv:1', 'inv:16', 'kat:SPBE-8481766-1'],
      ['inv:5', 'kat:SPBE-6923473-2'],
      ['inv:6', 'kat:SPBE-6951507-3'],
      ['kat:SPBE-8798526-41', 'sur:S00001'],
      ['kat:SPBE-7268267-43', 'sur:S00003'],
    ];
    for (const g of groups) expect(new Set(g.map((k) => byKey.get(k)!.app_id)).size, g.join(' ')).toBe(1);
    expect(new Set(plan.map((r) => r.app_id)).size).toBe(89);
  });

  it('keeps SIGAP the HR app and SIGAP the disaster app apart', () => {
    const hr = byKey.get('inv:6')!;
    const disaster = byKey.get('kat:SPBE-3942430-4')!;
    expect(hr.app_id).not.toBe(disaster.app_id);
    expect(hr.function).toBe('kepegawaian');
    expect(disaster.function).toBe('kebencanaan');
  });

  it('places population services in their ecosystems and migrates them to IKD', () => {
    expect(byKey.get('kat:SPBE-5482184-8')).toMatchObject({ function: 'adminduk_online', ecosystem: 'electronic', action: 'migrate', target: 'IKD/SIAK Terpusat' });
    expect(byKey.get('inv:12')).toMatchObject({ function: 'adminduk_keliling', ecosystem: 'mobile', action: 'migrate' });
    expect(byKey.get('inv:13')).toMatchObject({ function: 'adminduk_mandiri', ecosystem: 'self', action: 'migrate' });
  });

  it('retires inactive apps, retains the national platforms, merges local duplicates into one survivor', () => {
    expect(byKey.get('inv:4')!.action).toBe('retire');
    expect(byKey.get('kat:SPBE-8798526-41')).toMatchObject({ action: 'retain' });
    expect(byKey.get('kat:SPBE-8798526-41')!.reasons).toContain('national platform SIASN');
    const attendance = ['inv:1', 'inv:2', 'inv:3'].map((k) => byKey.get(k)!);
    const survivors = new Set(attendance.map((r) => (r.action === 'merge' ? r.target : r.app_id)));
    expect(survivors.size).toBe(1);
    expect(attendance.filter((r) => r.action === 'merge')).toHaveLength(2);
    expect(attendance.find((r) => r.action === 'merge')!.reasons).toMatch(/rule: /);
  });

  it('shows hostile names as text in the HTML report and neutralises formulas in CSV', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).not.toContain('<script>alert(1)</script>');
    const planText = readFileSync(join(out, 'plan.csv'), 'utf8');
    expect(planText).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('explains an application', () => {
    const app = byKey.get('inv:5')!.app_id!;
    const r = run(['analyze', ...registries, '--out', out, '--explain', app, '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Records (2)');
    expect(r.stdout).toMatch(/url=same_/);
    expect(r.stdout).toContain('Action: migrate → SIASN');
    expect(r.stdout).toContain('Cluster: kepegawaian (');
  });

  it('explains in Indonesian by default, codes kept as in plan.csv', () => {
    const r = run(['analyze', ...registries, '--out', out, '--explain', 'inventaris_daerah.csv:5']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Catatan (2)');
    expect(r.stdout).toContain('Tindakan: migrate → SIASN');
    expect(r.stdout).toMatch(/Klaster: kepegawaian \(Manajemen Kepegawaian/);
    expect(r.stdout).not.toMatch(/Records|Action:|confidence/);
  });

  it('--timings prints one line with every stage and output on stderr, the plan unchanged', () => {
    const again = mkdtempSync(join(tmpdir(), 'satupintu-e2e-timings-'));
    const r = run(['analyze', ...registries, '--out', again, '--lang', 'en', '--timings', '--quiet']);
    expect(r.status).toBe(0);
    const line = r.stderr.trim();
    expect(line.split('\n')).toHaveLength(1);
    for (const phase of ['ingest', 'features', 'score functions', 'link', 'cluster', 'classify', 'plan', 'plan.csv', 'inventory.json', 'report.html', 'total']) {
      expect(line).toMatch(new RegExp(`(: |· )${phase.replace('.', '\\.')} \\d+ ms`));
    }
    expect(readFileSync(join(again, 'plan.csv'), 'utf8')).toBe(readFileSync(join(out, 'plan.csv'), 'utf8'));
  });
});

describe('--reports', () => {
  it('writes only the outputs asked for, the plan the same, and names what it wrote', () => {
    const lean = mkdtempSync(join(tmpdir(), 'satupintu-e2e-reports-'));
    const r = run(['analyze', ...registries, '--out', lean, '--lang', 'en', '--quiet', '--reports', 'inventory.json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const f of ['plan.csv', 'rejected.csv', 'inventory.json']) expect(existsSync(join(lean, f)), f).toBe(true);
    for (const f of ['plan.json', 'report.html', 'report.md', 'redirects.csv', 'links.csv']) expect(existsSync(join(lean, f)), f).toBe(false);
    expect(r.stdout).toMatch(/wrote plan\.csv, inventory\.json to /);
    expect(readFileSync(join(lean, 'plan.csv'), 'utf8')).toBe(readFileSync(join(out, 'plan.csv'), 'utf8'));
    // check reads the lean inventory as it reads the full one
    const verdicts = (inventory: string) => run(['check', proposals, '--inventory', inventory, '--format', 'json', '--lang', 'en']).stdout;
    expect(verdicts(join(lean, 'inventory.json'))).toBe(verdicts(join(out, 'inventory.json')));
  });

  it('says which outputs in the folder are left from an earlier run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satupintu-e2e-stale-'));
    expect(run(['analyze', ...registries, '--out', dir, '--quiet']).status).toBe(0);
    const r = run(['analyze', ...registries, '--out', dir, '--quiet', '--reports', 'report.html', '--reports', 'links.csv']);
    expect(r.status).toBe(0);
    const notes = r.stderr.trim().split('\n');
    expect(notes).toHaveLength(4);
    for (const f of ['inventory.json', 'plan.json', 'report.md', 'redirects.csv']) expect(r.stderr).toContain(`${join(dir, f)} is left from an earlier run`);
    expect(r.stdout).toMatch(/wrote plan\.csv, links\.csv, report\.html to /);
  });

  it('rejects a name that is no output with exit 2, before reading anything', () => {
    const r = run(['analyze', join(root, 'nope.csv'), '--out', out, '--reports', 'inventory.json,report.pdf']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--reports: "report\.pdf" is no output of analyze; choose from inventory\.json, links\.csv/);
    expect(r.stderr).not.toContain('nope.csv');
  });
});

describe('analyst decisions through the binary', () => {
  it('honours a decisions file and marks the decisions as human in plan.csv and report.md', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satupintu-dec-'));
    const decisions = join(dir, 'decisions.yaml');
    writeFileSync(
      decisions,
      'decisions:\n  - type: action\n    record: {source: inventaris_daerah.csv, id: "5"}\n    action: retain\n    by: Diskominfo Banyuwangi\n' +
        '  - type: different-apps\n    records: [{source: inventaris_daerah.csv, id: "1"}, {source: inventaris_daerah.csv, id: "16"}]\n',
    );
    const r = run(['analyze', ...registries, '--out', dir, '--decisions', decisions, '--lang', 'en']);
    expect(r.status).toBe(0);
    const rows = parse(readFileSync(join(dir, 'plan.csv'), 'utf8'), { columns: true }) as Row[];
    const find = (id: string) => rows.find((x) => x.source === 'inventaris_daerah.csv' && x.source_id === id)!;
    expect(find('5')).toMatchObject({ action: 'retain', human_decision: 'action' });
    expect(find('1').app_id).not.toBe(find('16').app_id);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('## Analyst decisions');
  });
});

describe('languages', () => {
  it('writes reasons in Indonesian by default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satupintu-id-'));
    const r = run(['analyze', ...registries, '--out', dir]);
    expect(r.status).toBe(0);
    const rows = parse(readFileSync(join(dir, 'plan.csv'), 'utf8'), { columns: true }) as Row[];
    const simpeg = rows.find((x) => x.source === 'inventaris_daerah.csv' && x.source_id === '5')!;
    expect(simpeg.reasons).toContain('sudah dilayani secara nasional oleh SIASN');
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/Gelombang|Rencana|Aplikasi/);
  });

  it('check speaks Indonesian with --lang id', () => {
    const r = run(['check', proposals, '--inventory', join(out, 'inventory.json'), '--lang', 'id', '--format', 'json']);
    const results = JSON.parse(r.stdout).results as { source_id: string; reasons: string[] }[];
    expect(results.find((x) => x.source_id === '5')!.reasons[0]).toContain('platform nasional SATUSEHAT');
  });
});

describe('check on the sample proposals', () => {
  it('blocks duplicates and platform functions, allows new jobs, exits 1', () => {
    const r = run(['check', proposals, '--inventory', join(out, 'inventory.json'), '--format', 'json']);
    expect(r.status).toBe(1);
    const results = JSON.parse(r.stdout).results as { source_id: string; decision: string; kind: string; alternative: string }[];
    const d = new Map(results.map((x) => [x.source_id, x]));
    expect(d.get('5')).toMatchObject({ decision: 'block', kind: 'platform', alternative: 'SATUSEHAT' });
    expect(d.get('4')).toMatchObject({ decision: 'block', alternative: 'SRIKANDI' });
    expect(d.get('1')).toMatchObject({ decision: 'block', kind: 'local-duplicate' });
    expect(d.get('8')!.decision).toBe('allow');
    expect(d.get('9')!.decision).toBe('allow');
    expect(results.filter((x) => x.decision === 'block')).toHaveLength(8);
  });
});

describe('bad input through the binary', () => {
  it('exits 2 with one line naming the file, no stack trace', () => {
    const r = run(['analyze', join(root, 'test', 'fixtures', 'ingest', 'truncated.json'), '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('truncated.json');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('shows a bidi override in bad input as an escape, never raw on the terminal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satupintu-bidi-'));
    const file = join(dir, 'katalog.json');
    writeFileSync(file, '[\n  {"nama_aplikasi": "SIMPEG", "instansi": "Kota Dumai"},\n  {"nama_aplikasi": "e-Absen", "aktif": \u202Eyes, "instansi": "Kota Dumai"}\n]');
    const r = run(['ingest', file, '--out', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`satupintu: ${file}: line 3: invalid JSON (unexpected "\\u202E")\n`);
  });

  it('exits 2 on a missing file and on an unknown option', () => {
    expect(run(['ingest', '/nope.csv']).status).toBe(2);
    expect(run(['analyze', '--bogus']).status).toBe(2);
  });

  it('reads a list of websites with no name or government column as an analyst would', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satupintu-websites-'));
    const r = run(['analyze', join(root, 'test', 'fixtures', 'analyze', 'website-list.csv'), '--out', dir, '--lang', 'en', '--quiet']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/note: website-list\.csv: no name column: each application is named by its address/);
    expect(r.stderr).toMatch(/note: website-list\.csv: no government column: every row is taken as Kota Dumai/);
    const rows = parse(readFileSync(join(dir, 'plan.csv'), 'utf8'), { columns: true }) as Row[];
    const by = new Map(rows.map((row) => [row.name!, row]));
    expect(new Set(rows.map((row) => row.government))).toEqual(new Set(['Kota Dumai']));
    // three travel-order apps of one city: one survives, two merge into it
    const sppd = ['sppd.dumaikota.go.id', 'sppd.diskominfo.dumaikota.go.id', 'sppd.dpu.dumaikota.go.id'].map((n) => by.get(n)!);
    expect(new Set(sppd.map((row) => row.function))).toEqual(new Set(['perjalanan_dinas']));
    const survivor = sppd.find((row) => row.action === 'retain')!;
    expect(sppd.filter((row) => row.action === 'merge').map((row) => row.target)).toEqual([survivor.app_id, survivor.app_id]);
    // "tata surat" is correspondence, whatever office the address and description name
    expect(by.get('tatasurat.dumaikota.go.id')!.target).toBe('SRIKANDI');
    // an office named in the description ("Dinas Pekerjaan Umum dan Tata Ruang") is not what the app does
    expect(by.get('lapbul.dpu.dumaikota.go.id')!.function).not.toBe('geospasial');
    // an address that names only an office (disbudpar: Dinas Pariwisata) is that office's website
    expect(by.get('disbudpar.dumaikota.go.id')!.function).toBe('website');
    expect(by.get('disbudpar.dumaikota.go.id')!.reasons).toMatch(/its address names only the office itself \(disbudpar\)/);
  });

  it('reads a registry worded its own way: headers by their values, apps by their addresses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satupintu-opaque-'));
    const r = run(['analyze', join(root, 'test', 'fixtures', 'analyze', 'opaque-names.csv'), '--out', dir, '--lang', 'en', '--quiet']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/note: opaque-names\.csv: column "Produk" read as name/);
    expect(r.stderr).toMatch(/note: opaque-names\.csv: column "Penyelenggara" read as government/);
    expect(r.stderr).toMatch(/note: opaque-names\.csv: column "Sifat" read as status/);
    const rows = parse(readFileSync(join(dir, 'plan.csv'), 'utf8'), { columns: true }) as Row[];
    const by = new Map(rows.map((row) => [row.name!, row]));
    expect(by.get('SIKEOM')!.government).toBe('Kabupaten Garut');
    expect(by.get('SIKOMPAK')!.action).toBe('retire');
    // a name that says nothing: the app's own address does (eretribusi, jdih)
    expect(by.get('SIKEOM')!.function).toBe('retribusi');
    expect(by.get('SIKEOM')!.reasons).toMatch(/web address has "e-retribusi"/);
    expect(by.get('SIDCEC')!.function).toBe('jdih');
    // an office's own address with no word of its own is that office's website
    expect(by.get('SIDUGT')!.function).toBe('website');
    expect(by.get('SIDUGT')!.reasons).toMatch(/its address names only the office itself \(dinkes\)/);
    // two offices' own wordings of one job
    expect(by.get('SIRRWC')!.function).toBe('persuratan');
    expect(by.get('SITMUC')!.function).toBe('persuratan');
  });

  it('--show-mapping prints what was detected even when no column can be the name', () => {
    const r = run(['ingest', join(root, 'test', 'fixtures', 'ingest', 'no-name-column.csv'), '--show-mapping']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('no column can be the application name');
    expect(r.stdout).toContain('unmapped (kept as extra attributes)');
  });

  it('ingest accepts every sample record and reports counts', () => {
    const r = run(['ingest', ...registries, '--out', join(out, 'ingest')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('total: 117 rows read, 117 accepted, 0 rejected');
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { CommanderError } from 'commander';
import { takeExitCode } from '../../src/cli/action.js';
import { registerCheck } from '../../src/cli/commands/check.js';
import { buildProgram, main } from '../../src/cli/main.js';
import { InputError } from '../../src/util/errors.js';
import type { InventoryRecord } from '../../src/model/inventory.js';
import type { ProposalVerdict } from '../../src/check/match-proposals.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (as `main` does), capturing stdout and stderr. Works before and after main.ts registers `check`. */
export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  try {
    const argv = ['node', 'satupintu', ...args];
    const program = buildProgram();
    if (program.commands.some((c) => c.name() === 'check')) return { code: await main(argv), stdout, stderr };
    registerCheck(program);
    let code: number;
    try {
      await program.parseAsync(argv);
      code = takeExitCode();
    } catch (error) {
      if (error instanceof CommanderError) code = error.exitCode === 0 ? 0 : 2;
      else if (error instanceof InputError) {
        process.stderr.write(`satupintu: ${error.message}\n`);
        code = 2;
      } else throw error;
    }
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

export function record(over: Partial<InventoryRecord> & { name: string }): InventoryRecord {
  return {
    index: 0,
    source: 'usulan.csv',
    sourceId: '1',
    line: 2,
    governmentRaw: 'Kab. Sleman',
    government: { code: '34.04', name: 'Kabupaten Sleman', level: 'kabupaten', resolved: true },
    unit: null,
    description: null,
    url: null,
    urlHost: null,
    platforms: [],
    dataElements: [],
    status: 'proposed',
    statusRaw: 'Usulan',
    year: 2026,
    annualCost: null,
    monthlyUsers: null,
    category: null,
    kind: null,
    extra: {},
    ...over,
  };
}

/** Verdicts covering every kind, with hostile text in names to exercise escaping. */
export function sampleVerdicts(): ProposalVerdict[] {
  const base = { function: 'persuratan', functionLabel: 'official correspondence', confidence: 0.87, matches: [], scores: { cosine: 0.6, evidence: 6, combined: 1.2, named: true } };
  return [
    {
      ...base,
      record: record({ name: 'Sistem Persuratan, Elektronik: v2', sourceId: '1', line: 2 }),
      decision: 'block',
      kind: 'platform',
      alternative: 'SRIKANDI',
      matches: [{ appId: 'APP-1', name: 'SRIKANDI', government: 'ANRI', relation: 'platform', score: 0.8 }],
      reasons: ['the national platform SRIKANDI (ANRI) already does this: use it instead of building', 'function: official correspondence (score 0.74)'],
    },
    {
      ...base,
      record: record({ name: '<script>alert("x")</script> & co', sourceId: '2', line: 3 }),
      decision: 'block',
      kind: 'local-duplicate',
      alternative: 'e-Presensi (APP-2)',
      reasons: ['Kabupaten Sleman already runs 1 app(s) for this job: e-Presensi (APP-2)\nsecond line 100%'],
    },
    {
      ...base,
      record: record({ name: 'Bank Sampah', sourceId: '3', line: 4 }),
      decision: 'block',
      kind: 'other-governments',
      alternative: 'cluster bank_sampah (waste bank)',
      reasons: ['2 other government(s) already run 2 app(s) for this job'],
    },
    {
      ...base,
      record: record({ name: 'e-Presensi ASN', sourceId: '4', line: 5 }),
      decision: 'block',
      kind: 'existing-app',
      alternative: 'e-Presensi ASN (APP-3)',
      reasons: ['Kabupaten Sleman already runs this application'],
    },
    {
      ...base,
      function: null,
      functionLabel: null,
      confidence: 0.6,
      record: record({ name: 'SI-UDARA', sourceId: '5', line: 6 }),
      decision: 'allow',
      kind: 'none',
      alternative: '',
      reasons: ['no existing application or national platform does this job'],
    },
  ];
}

/** A fresh git repository in a temporary folder. */
export function gitRepo(): { dir: string; git: (...args: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'sp-git-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  git('init', '-q', '-b', 'main');
  return { dir, git };
}


/**
 * `npm run bench`: speed and memory of satupintu on the full-size registry set.
 *   node dist/bench/bench.js [DATASET_DIR]   (default ../shared/datasets/registri-27k)
 * Prints: node's bare parse time of the same files, ingest and analyze wall time and peak memory,
 * scaling at 1×, 2× and 4× the input, a naive all-pairs string-similarity comparison extrapolated to
 * the full set, and `check` of the proposals against the saved inventory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import stringSimilarity from 'string-similarity';
import { detectDelimiter } from '../ingest/csv.js';
import { scaledCopies } from './scaled-copies.js';

const here = dirname(fileURLToPath(import.meta.url));
const bin = resolve(here, '..', '..', 'bin', 'satupintu.js');

interface RunResult {
  ms: number;
  maxRssMb: number;
  /** The `timings:` line the command printed with `--timings`, if any. */
  timings: string | null;
}

/** Runs the CLI in a fresh process; the CLI reports its own peak memory when SATUPINTU_REPORT_PEAK is set. */
/** The faster of two runs: on a shared two-core machine one run's noise is as large as the effects measured. */
function bestOfTwo(args: string[]): { best: RunResult; otherMs: number } {
  const [a, b] = [timeChild(args), timeChild(args)];
  return a.ms <= b.ms ? { best: a, otherMs: b.ms } : { best: b, otherMs: a.ms };
}

function timeChild(args: string[]): RunResult {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', SATUPINTU_REPORT_PEAK: '1' },
    maxBuffer: 1 << 28,
  });
  const ms = Math.round(performance.now() - t0);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.slice(1, 2).join(' ')} failed: ${r.stderr.split('\n')[0]}`);
  const peak = /peak-rss-kb (\d+)/.exec(r.stderr);
  const timings = /^timings: (.*)$/m.exec(r.stderr);
  return { ms, maxRssMb: peak ? Math.round(Number(peak[1]) / 1024) : 0, timings: timings ? timings[1]! : null };
}

function registryFiles(dataset: string): string[] {
  const dir = join(dataset, 'registries');
  return readdirSync(dir).map((f) => join(dir, f));
}

/** Node alone: read, decode and parse the same files (JSON.parse, csv-parse), nothing else. */
function bareParseMs(files: string[]): number {
  const t0 = performance.now();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    if (f.endsWith('.json')) JSON.parse(text);
    else parseCsv(text, { delimiter: detectDelimiter(text), bom: true, relax_column_count: true, relax_quotes: true });
  }
  return Math.round(performance.now() - t0);
}

/** The same, as a fresh `node` process (start-up and csv-parse loading included), for a like-for-like with the CLI. */
function bareParseProcessMs(files: string[]): number {
  const jobs = files.map((f) => [f, f.endsWith('.json') ? null : detectDelimiter(readFileSync(f, 'utf8'))]);
  const script = `
    const { readFileSync } = require('node:fs');
    const { parse } = require(${JSON.stringify(createRequire(import.meta.url).resolve('csv-parse/sync'))});
    for (const [f, delimiter] of ${JSON.stringify(jobs)}) {
      const text = readFileSync(f, 'utf8');
      if (delimiter === null) JSON.parse(text);
      else parse(text, { delimiter, bom: true, relax_column_count: true, relax_quotes: true });
    }`;
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bare parse process failed: ${r.stderr.split('\n')[0]}`);
    best = Math.min(best, performance.now() - t0);
  }
  return Math.round(best);
}

function naiveAllPairs(files: string[], sample: number): { pairs: number; ms: number } {
  const names: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    if (f.endsWith('.json')) for (const r of JSON.parse(text) as { nama_aplikasi?: string }[]) names.push(String(r.nama_aplikasi ?? ''));
    else for (const line of text.split('\n').slice(1)) names.push(line.split(/[;,]/)[1] ?? '');
  }
  const step = Math.max(1, Math.floor(names.length / sample));
  const picked = names.filter((_, i) => i % step === 0).slice(0, sample);
  const t0 = performance.now();
  let pairs = 0;
  for (let i = 0; i < picked.length; i++) for (let j = i + 1; j < picked.length; j++) {
    stringSimilarity.compareTwoStrings(picked[i]!, picked[j]!);
    pairs++;
  }
  return { pairs, ms: performance.now() - t0 };
}

async function main(): Promise<void> {
  const dataset = resolve(process.argv[2] ?? join(here, '..', '..', '..', 'shared', 'datasets', 'registri-27k'));
  if (!existsSync(join(dataset, 'registries'))) {
    process.stderr.write(`bench: no registries under ${dataset}; give the data set folder as the first argument\n`);
    process.exitCode = 2;
    return;
  }
  const files = registryFiles(dataset);
  const tmp = mkdtempSync(join(tmpdir(), 'satupintu-bench-'));
  try {
    await measure(dataset, files, tmp);
  } finally {
    // each run writes the outputs five times over (hundreds of MB)
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function measure(dataset: string, files: string[], tmp: string): Promise<void> {
  const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(44)} ${value}\n`);

  process.stdout.write(`satupintu bench on ${dataset}\n`);
  const parse = Math.min(bareParseMs(files), bareParseMs(files), bareParseMs(files));
  line('node alone: read + parse the files', `${parse} ms`);
  const parseProcess = bareParseProcessMs(files);
  line('  the same as a fresh node process', `${parseProcess} ms`);

  const ingest = timeChild([bin, 'ingest', ...files, '--out', join(tmp, 'ingest'), '--quiet']);
  line('satupintu ingest (process, incl. writing)', `${ingest.ms} ms, peak ${ingest.maxRssMb} MB`);

  const out = join(tmp, 'analyze');
  const { best: analyze, otherMs } = bestOfTwo([bin, 'analyze', ...files, '--out', out, '--quiet', '--timings']);
  line(
    'satupintu analyze (process, best of 2)',
    `${analyze.ms} ms (other run ${otherMs} ms), peak ${analyze.maxRssMb} MB (${(analyze.ms / parse).toFixed(1)}x parse, ${(analyze.ms / parseProcess).toFixed(1)}x the parse process)`,
  );
  if (analyze.timings) for (const part of analyze.timings.split(' · ')) line(`  ${part.replace(/ \d+ ms$/, '')}`, /\d+ ms$/.exec(part)?.[0] ?? '');

  // what a CI gate needs before `check`: the plan and inventory.json, no planner reports
  const { best: lean, otherMs: leanOther } = bestOfTwo([bin, 'analyze', ...files, '--out', join(tmp, 'lean'), '--quiet', '--reports', 'inventory.json']);
  line(
    '  with --reports inventory.json (best of 2)',
    `${lean.ms} ms (other run ${leanOther} ms), peak ${lean.maxRssMb} MB (${(lean.ms / parse).toFixed(1)}x parse, ${(lean.ms / parseProcess).toFixed(1)}x the parse process)`,
  );

  const scaling: number[] = [];
  for (const k of [1, 2, 4]) {
    const dir = join(tmp, `x${k}`);
    mkdirSync(dir);
    const copies = scaledCopies(files, k, dir);
    const { best: r, otherMs } = bestOfTwo([bin, 'analyze', ...copies, '--out', join(dir, 'out'), '--quiet', '--timings']);
    scaling.push(r.ms);
    line(
      `analyze ${k}x input (best of 2)`,
      `${r.ms} ms (other run ${otherMs} ms), peak ${r.maxRssMb} MB${k > 1 ? ` (${(r.ms / scaling[scaling.length - 2]!).toFixed(2)}x the previous)` : ''}`,
    );
    if (r.timings) process.stdout.write(`    ${r.timings}\n`);
  }

  const records = JSON.parse(readFileSync(join(out, 'inventory.json'), 'utf8')).records.length as number;
  const naive = naiveAllPairs(files, 2000);
  const perPair = naive.ms / naive.pairs;
  const fullPairs = (records * (records - 1)) / 2;
  line('naive all-pairs Dice, 2,000-record sample', `${naive.pairs.toLocaleString('en')} pairs in ${Math.round(naive.ms)} ms`);
  line(`  extrapolated to ${records.toLocaleString('en')} records`, `${fullPairs.toLocaleString('en')} pairs ≈ ${Math.round((perPair * fullPairs) / 1000)} s (names only, no other signal)`);

  const proposals = join(dataset, 'proposals');
  if (existsSync(proposals)) {
    const { benchCheck } = await import('./check-bench.js');
    for (const f of readdirSync(proposals)) {
      const r = await benchCheck(join(out, 'inventory.json'), join(proposals, f));
      line(`check ${r.proposals} proposals vs saved inventory`, `${r.ms} ms (in process)`);
      const cli = timeChild([bin, 'check', join(proposals, f), '--inventory', join(out, 'inventory.json'), '--format', 'json', '--output', join(tmp, 'check.json')]);
      line('satupintu check (process)', `${cli.ms} ms, peak ${cli.maxRssMb} MB`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

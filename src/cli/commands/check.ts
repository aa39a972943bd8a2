import { messages, type Lang } from '../../knowledge/messages.js';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { Option, type Command } from 'commander';
import { baselineSkeleton, isValidDate, loadBaseline, todayIso, writeBaseline, type Baseline } from '../../check/baseline.js';
import { FORMATS, reporterFor } from '../../check/formats/index.js';
import { summaryLine } from '../../check/formats/text.js';
import { addedRecords, filesAtRef } from '../../check/git-diff.js';
import { exitCodeOf, runCheck } from '../../check/run-check.js';
import type { CheckFormat } from '../../check/types.js';
import { ingestFiles } from '../../ingest/ingest.js';
import type { ReadOptions } from '../../ingest/read-registry.js';
import { loadKnowledgeBase, type Knowledge } from '../../knowledge/taxonomy.js';
import type { Inventory, InventoryRecord } from '../../model/inventory.js';
import { analyzeRecords } from '../../pipeline/analyze.js';
import { ANALYSIS_FORMAT, loadAnalysisJson, toSavedAnalysis, type SavedAnalysis } from '../../report/analysis-json.js';
import { InputError } from '../../util/errors.js';
import { writeTextFile } from '../../util/output-files.js';
import { withExitCode } from '../action.js';
import { toolVersion, useColor } from '../output.js';
import { addInputOptions, readInputs, readOptionsOf, type InputOptions } from './ingest.js';
import { printableLine } from '../../util/text.js';

export interface CheckCliOptions extends InputOptions {
  inventory?: string;
  registry?: string[];
  base?: string;
  format: CheckFormat;
  output?: string;
  baseline?: string;
  writeBaseline?: string;
  today?: string;
  lang: Lang;
}

/** How a file is named in reports: relative to the working folder (the repository root in CI), `/`-separated. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), resolve(file));
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return resolve(file);
  return rel.split(sep).join('/');
}

/** Splits one inventory into the records of each input file (ingest keeps file order). */
function recordsPerFile(inventory: Inventory): InventoryRecord[][] {
  const out: InventoryRecord[][] = [];
  let at = 0;
  for (const f of inventory.files) {
    out.push(inventory.records.slice(at, at + f.accepted));
    at += f.accepted;
  }
  return out;
}

function warnRejected(inventory: Inventory): void {
  const shown = inventory.rejected.slice(0, 20);
  for (const r of shown) process.stderr.write(`satupintu: warning: ${printableLine(`${r.path}:${r.line}: row skipped (${r.field}: ${messages('en').render(r.reason)})`)}\n`);
  if (inventory.rejected.length > shown.length) process.stderr.write(`satupintu: warning: ${inventory.rejected.length - shown.length} more rows skipped\n`);
}

/** Builds the inventory to match against from registry files (as they were at `base` in diff mode). */
async function inventoryFromRegistries(files: string[], options: CheckCliOptions, read: ReadOptions, knowledge: Knowledge, notes: string[]): Promise<SavedAnalysis> {
  let inventory: Inventory;
  if (options.base) {
    const atRef = filesAtRef(files, options.base);
    try {
      const present = atRef.paths.filter((p): p is string => p !== null);
      atRef.paths.forEach((p, i) => {
        if (p === null) notes.push(`registry ${displayPath(files[i]!)} did not exist at ${options.base}; not used`);
      });
      inventory = present.length > 0 ? await ingestFiles(present, read) : { records: [], rejected: [], files: [] };
    } finally {
      atRef.cleanup();
    }
    notes.push(`inventory built from ${files.length} registry file(s) as they were at ${options.base}`);
  } else {
    inventory = await readInputs(files, options, read);
  }
  if (inventory.records.length === 0) throw new InputError(`--registry: no registry records to check against${options.base ? ` at ${options.base}` : ''}`);
  return toSavedAnalysis(analyzeRecords(inventory.records, { knowledge }), inventory.files);
}

/** The proposals to check: every row, or in diff mode only the rows added since `base`. */
async function proposalsToCheck(files: string[], options: CheckCliOptions, read: ReadOptions, notes: string[]): Promise<{ records: InventoryRecord[]; fileOfRecord: string[] }> {
  const inventory = await readInputs(files, options, read);
  warnRejected(inventory);
  const perFile = recordsPerFile(inventory);
  let selected = perFile;
  if (options.base) {
    const atRef = filesAtRef(files, options.base);
    try {
      const base = atRef.paths.some((p) => p !== null) ? await ingestFiles(atRef.paths.filter((p): p is string => p !== null), read) : null;
      const basePerFile = base ? recordsPerFile(base) : [];
      let k = 0;
      selected = perFile.map((head, i) => {
        if (atRef.paths[i] === null) {
          notes.push(`${displayPath(files[i]!)}: new file since ${options.base}; all ${head.length} row(s) checked`);
          return head;
        }
        const added = addedRecords(head, basePerFile[k++]!);
        notes.push(`${displayPath(files[i]!)}: ${added.length} row(s) added since ${options.base} (${head.length - added.length} unchanged or edited, not checked)`);
        return added;
      });
    } finally {
      atRef.cleanup();
    }
  }
  const records: InventoryRecord[] = [];
  const fileOfRecord: string[] = [];
  selected.forEach((rows, i) => {
    for (const r of rows) {
      fileOfRecord.push(displayPath(files[i]!));
      records.push({ ...r, index: records.length });
    }
  });
  return { records, fileOfRecord };
}

export async function checkCommand(proposalFiles: string[], options: CheckCliOptions): Promise<number> {
  if (options.inventory && options.registry?.length) throw new InputError('give either --inventory or --registry, not both');
  if (!options.inventory && !options.registry?.length) {
    throw new InputError('nothing to check against: give --inventory DIR/inventory.json (from `satupintu analyze --out DIR`) or --registry FILES...');
  }
  const today = options.today ?? todayIso();
  if (!isValidDate(today)) throw new InputError(`--today ${today}: expected a date YYYY-MM-DD`);
  const baseline: Baseline | undefined = options.baseline ? loadBaseline(options.baseline) : undefined;
  const notes: string[] = [];
  const read = readOptionsOf(options);

  const { records, fileOfRecord } = await proposalsToCheck(proposalFiles, options, read, notes);
  const knowledge = loadKnowledgeBase();
  let saved: SavedAnalysis | null = null;
  if (records.length > 0 || !options.base) {
    saved = options.inventory ? loadAnalysisJson(options.inventory) : await inventoryFromRegistries(options.registry!, options, read, knowledge, notes);
  } else if (options.inventory) {
    loadAnalysisJson(options.inventory); // still report a missing or broken inventory
  }
  const report = runCheck(records, saved ?? emptyAnalysis(), knowledge, {
    today,
    notes,
    lang: options.lang,
    fileOf: (r) => fileOfRecord[r.index] ?? r.source,
    ...(baseline ? { baseline } : {}),
  });

  const reporter = reporterFor(options.format);
  const text = reporter.render(report, { color: !options.output && options.format === 'text' && useColor(), version: toolVersion() });
  if (options.output) {
    writeTextFile(options.output, text);
    process.stdout.write(`${summaryLine(report.summary)}; ${options.format} report written to ${options.output}\n`);
  } else {
    process.stdout.write(text);
  }
  if (options.writeBaseline) {
    const skeleton = baselineSkeleton(report.results, today);
    writeBaseline(skeleton, options.writeBaseline);
    process.stderr.write(
      `satupintu: wrote ${skeleton.exceptions.length} exception(s) to ${options.writeBaseline}; fill in reason and approver, then pass it with --baseline\n`,
    );
  }
  return exitCodeOf(report);
}

function emptyAnalysis(): SavedAnalysis {
  return {
    format: ANALYSIS_FORMAT,
    generatedAt: new Date().toISOString(),
    files: [],
    records: [],
    applications: [],
    clusters: [],
    functionModel: { terms: [], centroids: {} },
    stats: {} as SavedAnalysis['stats'],
  };
}

export function registerCheck(program: Command): void {
  addInputOptions(
    program
      .command('check')
      .description('CI gate: fail (exit 1) when a proposed application duplicates an existing app or a national platform')
      .argument('<proposals...>', 'registry files holding proposed applications (any layout ingest reads)')
      .option('--inventory <file>', 'inventory.json written by `satupintu analyze --out DIR`')
      .option('--registry <files...>', 'registry files to build the inventory from on the fly (put them after the proposals)')
      .option('--base <ref>', 'diff mode: check only rows added since this git ref; --registry files are read as they were at the ref')
      .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS).default('text'))
      .option('-o, --output <file>', 'write the report to a file instead of stdout')
      .option('--baseline <file>', 'YAML or JSON file of accepted exceptions')
      .option('--write-baseline <file>', 'write a baseline skeleton for the blocked proposals (expires in 90 days)')
      .option('--today <date>', 'date to judge exception expiry by (YYYY-MM-DD; default today)')
      .addOption(new Option('--lang <lang>', 'language of the reasons').choices(['id', 'en']).default('en')),
  ).action(withExitCode(async (files: string[], options: CheckCliOptions) => checkCommand(files, options)));
}

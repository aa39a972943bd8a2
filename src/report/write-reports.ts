import { join } from 'node:path';
import type { Knowledge } from '../knowledge/taxonomy.js';
import { messages, type Lang } from '../knowledge/messages.js';
import type { Analysis } from '../model/analysis.js';
import type { FileSummary, RejectedRow } from '../model/inventory.js';
import { planViews, type PlanViews } from '../plan/views.js';
import { ensureDir, writeOutput } from '../util/output-files.js';
import { writeAnalysisJson } from './analysis-json.js';
import { ANALYZE_OUTPUTS, type AnalyzeOutput } from './analyze-outputs.js';
import { htmlReport } from './html.js';
import { rejectedCsv } from './inventory-files.js';
import { linksCsv } from './links-csv.js';
import { markdownReport } from './markdown.js';
import { planCsv } from './plan-csv.js';
import { writePlanJson } from './plan-json.js';
import { redirectsCsv } from './redirects-csv.js';

/** What one `analyze` run has to write. */
export interface RunResults {
  /** The whole run: inventory.json, the input of `check`, always holds every government. */
  full: Analysis;
  /** What the reader asked to see: the whole run, or one government's part of it (`--government`). Default: `full`. */
  shown?: Analysis;
  files: FileSummary[];
  /** Rows that could not be read (rejected.csv); none when the caller has no ingest of its own. */
  rejected?: RejectedRow[];
  knowledge: Knowledge;
}

export interface WriteReportsOptions {
  outDir: string;
  lang: Lang;
  /** Name shown as the report's scope when the analysis was restricted to one government. */
  scope?: string;
  /** Planner views of `shown`, when the caller already computed them. */
  views?: PlanViews;
  /** Called after each file is written (the CLI's `--timings`). */
  onWritten?: (name: string) => void;
  /** The outputs to write (`--reports`, see selectOutputs); default all. */
  only?: ReadonlySet<AnalyzeOutput>;
}

interface WriteContext {
  run: Required<RunResults>;
  options: WriteReportsOptions;
  name: AnalyzeOutput;
  path: string;
  views: () => PlanViews;
  generatedAt: Date;
}

/** One writer per output: the only place that knows how each file of `analyze` is made. */
const WRITERS: Record<AnalyzeOutput, (c: WriteContext) => void> = {
  'plan.csv': (c) => writeText(c, planCsv(c.run.shown)),
  'rejected.csv': (c) => writeText(c, rejectedCsv({ rejected: c.run.rejected }, messages(c.options.lang))),
  // the whole run whatever the scope, list by list, never one 60 MB string
  'inventory.json': (c) => writeAnalysisJson(c.path, c.run.full, c.run.files),
  'links.csv': (c) => writeText(c, linksCsv(c.run.shown)),
  // list by list, never one 50 MB string
  'plan.json': (c) => writePlanJson(c.path, c.run.shown, c.run.knowledge, c.run.files, c.options.lang, c.views()),
  'report.md': (c) => writeText(c, markdownReport(c.run.shown, c.run.knowledge, reportOptions(c))),
  'report.html': (c) => writeText(c, htmlReport(c.run.shown, c.run.knowledge, reportOptions(c))),
  'redirects.csv': (c) => writeText(c, redirectsCsv(c.run.shown, c.run.knowledge, c.options.lang, c.views().redirects)),
};

function writeText(c: WriteContext, content: string): void {
  writeOutput(c.options.outDir, c.name, content);
}

function reportOptions(c: WriteContext) {
  const { lang, scope } = c.options;
  return { lang, files: c.run.files, scope, generatedAt: c.generatedAt, views: c.views() };
}

/**
 * Writes the outputs of an `analyze` run (all of ANALYZE_OUTPUTS, or those of `only`) into outDir,
 * created if missing, in ANALYZE_OUTPUTS order; returns their paths.
 */
export function writeReports(results: RunResults, options: WriteReportsOptions): string[] {
  const { outDir } = options;
  ensureDir(outDir);
  const run: Required<RunResults> = { shown: results.full, rejected: [], ...results };
  let views = options.views;
  const generatedAt = new Date();
  const wanted = ANALYZE_OUTPUTS.filter((name) => !options.only || options.only.has(name));
  return wanted.map((name) => {
    const path = join(outDir, name);
    WRITERS[name]({ run, options, name, path, generatedAt, views: () => (views ??= planViews(run.shown, run.knowledge)) });
    options.onWritten?.(name);
    return path;
  });
}

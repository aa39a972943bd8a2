import { join } from 'node:path';
import type { Knowledge } from '../knowledge/taxonomy.js';
import type { Analysis } from '../model/analysis.js';
import type { FileSummary } from '../model/inventory.js';
import { planViews, type PlanViews } from '../plan/views.js';
import { ensureDir, writeOutput } from '../util/output-files.js';
import { htmlReport } from './html.js';
import type { Lang } from '../knowledge/messages.js';
import { markdownReport } from './markdown.js';
import { writePlanJson } from './plan-json.js';
import { redirectsCsv } from './redirects-csv.js';
import type { AnalyzeOutput } from './analyze-outputs.js';

export interface WriteReportsOptions {
  outDir: string;
  lang: Lang;
  files: FileSummary[];
  /** Name shown as the report's scope when the analysis was restricted to one government. */
  scope?: string;
  /** Planner views, when the caller already computed them. */
  views?: PlanViews;
  /** Called after each file is written (the CLI's `--timings`). */
  onWritten?: (name: string) => void;
  /** The reports to write (`--reports`); default all four. */
  only?: ReadonlySet<AnalyzeOutput>;
}

/** Writes plan.json, report.md, report.html and redirects.csv (or those of `only`) into outDir (created if missing); returns their paths. */
export function writeReports(analysis: Analysis, knowledge: Knowledge, options: WriteReportsOptions): string[] {
  const { outDir, lang, files, scope } = options;
  ensureDir(outDir);
  const views = options.views ?? planViews(analysis, knowledge);
  const generatedAt = new Date();
  const text = (render: () => string) => (name: AnalyzeOutput) => void writeOutput(outDir, name, render());
  const outputs: [AnalyzeOutput, (name: AnalyzeOutput) => void][] = [
    // plan.json is written list by list, never one 50 MB string
    ['plan.json', (name) => writePlanJson(join(outDir, name), analysis, knowledge, files, lang, views)],
    ['report.md', text(() => markdownReport(analysis, knowledge, { lang, files, scope, generatedAt, views }))],
    ['report.html', text(() => htmlReport(analysis, knowledge, { lang, files, scope, generatedAt, views }))],
    ['redirects.csv', text(() => redirectsCsv(analysis, knowledge, lang, views.redirects))],
  ];
  const wanted = options.only ? outputs.filter(([name]) => options.only!.has(name)) : outputs;
  return wanted.map(([name, write]) => {
    write(name);
    options.onWritten?.(name);
    return join(outDir, name);
  });
}

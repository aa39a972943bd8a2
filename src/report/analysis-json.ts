import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { SavedFunctionModel } from '../cluster/saved-model.js';
import type { Analysis, AnalyzedApplication, FunctionCluster } from '../model/analysis.js';
import type { FileSummary, InventoryRecord } from '../model/inventory.js';
import { InputError } from '../util/errors.js';
import { describeIssues, parseJsonOrYaml } from '../util/parse-errors.js';
import { writeJsonFile } from '../util/json-file.js';

export const ANALYSIS_FORMAT = 'satupintu/analysis@1';

/** What `analyze` saves as inventory.json: records, linked applications, clusters, evidence. */
export interface SavedAnalysis {
  format: typeof ANALYSIS_FORMAT;
  generatedAt: string;
  files: FileSummary[];
  records: InventoryRecord[];
  applications: AnalyzedApplication[];
  clusters: FunctionCluster[];
  functionModel: SavedFunctionModel;
  stats: Analysis['stats'];
}

/** What `check` reads: the analysis with its input files, as saved in inventory.json. */
export function toSavedAnalysis(analysis: Analysis, files: FileSummary[]): SavedAnalysis {
  return {
    format: ANALYSIS_FORMAT,
    generatedAt: new Date().toISOString(),
    files,
    records: analysis.records,
    applications: analysis.applications,
    clusters: analysis.clusters,
    functionModel: analysis.functionModel,
    stats: analysis.stats,
  };
}

/** Writes inventory.json list by list (see writeJsonFile): a 27,000-app inventory never exists as one huge string. */
export function writeAnalysisJson(path: string, analysis: Analysis, files: FileSummary[]): void {
  writeJsonFile(path, { ...toSavedAnalysis(analysis, files) });
}

// Only the envelope is validated strictly: the body is this tool's own output, checked by its format tag.
const Envelope = z.object({
  format: z.literal(ANALYSIS_FORMAT),
  records: z.array(z.object({ index: z.number(), name: z.string(), source: z.string(), sourceId: z.string() }).loose()),
  applications: z.array(z.object({ appId: z.string(), records: z.array(z.number()), fn: z.object({ function: z.string() }).loose() }).loose()),
  clusters: z.array(z.object({ id: z.string(), appIds: z.array(z.string()) }).loose()),
  functionModel: z.object({ terms: z.array(z.tuple([z.string(), z.number()])), centroids: z.record(z.string(), z.array(z.tuple([z.number(), z.number()]))) }),
}).loose();

export function loadAnalysisJson(path: string): SavedAnalysis {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: cannot read inventory (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let raw: unknown;
  try {
    raw = parseJsonOrYaml(text, true);
  } catch (error) {
    throw new InputError(`${path}: ${(error as Error).message}`);
  }
  const parsed = Envelope.safeParse(raw);
  if (!parsed.success) {
    const hint = (raw as { format?: string })?.format === 'satupintu/inventory@1' ? ' (this is an ingest inventory; run `satupintu analyze` to make one check can use)' : '';
    throw new InputError(`${path}: not a satupintu analysis inventory: ${describeIssues(parsed.error.issues)}${hint}`);
  }
  return raw as SavedAnalysis;
}

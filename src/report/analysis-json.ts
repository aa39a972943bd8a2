import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { z } from 'zod';
import type { SavedFunctionModel } from '../cluster/saved-model.js';
import type { Analysis, AnalyzedApplication, FunctionCluster } from '../model/analysis.js';
import type { FileSummary, InventoryRecord } from '../model/inventory.js';
import { InputError } from '../util/errors.js';

export const ANALYSIS_FORMAT = 'satupintu/analysis@1';

/** What `analyze` saves as inventory.json: records, linked applications, clusters, evidence. */
export interface SavedAnalysis {
  format: typeof ANALYSIS_FORMAT;
  generatedAt: string;
  files: FileSummary[];
  records: InventoryRecord[];
  applications: AnalyzedApplication[];
  clusters: FunctionCluster[];
  /** Present from satupintu 0.1 on; older inventories are refitted by `check`. */
  functionModel?: SavedFunctionModel;
  stats: Analysis['stats'];
}

/**
 * Writes inventory.json piece by piece (one record or application at a time), so a 27,000-app
 * inventory never exists as one huge string in memory.
 */
export function writeAnalysisJson(path: string, analysis: Analysis, files: FileSummary[]): void {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new InputError(`${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const chunks: string[] = [];
    let size = 0;
    const put = (text: string) => {
      chunks.push(text);
      size += text.length;
      if (size > 1 << 20) flush();
    };
    const flush = () => {
      writeSync(fd, chunks.join(''));
      chunks.length = 0;
      size = 0;
    };
    const list = (name: string, items: readonly unknown[], last = false) => {
      put(`${JSON.stringify(name)}:[`);
      items.forEach((item, i) => put((i ? ',' : '') + JSON.stringify(item)));
      put(last ? ']' : '],');
    };
    put(`{"format":${JSON.stringify(ANALYSIS_FORMAT)},"generatedAt":${JSON.stringify(new Date().toISOString())},`);
    put(`"files":${JSON.stringify(files)},"stats":${JSON.stringify(analysis.stats)},"functionModel":${JSON.stringify(analysis.functionModel)},`);
    list('clusters', analysis.clusters);
    list('records', analysis.records);
    list('applications', analysis.applications, true);
    put('}');
    flush();
  } finally {
    closeSync(fd);
  }
}

export function analysisJson(analysis: Analysis, files: FileSummary[]): string {
  const saved: SavedAnalysis = {
    format: ANALYSIS_FORMAT,
    generatedAt: new Date().toISOString(),
    files,
    records: analysis.records,
    applications: analysis.applications,
    clusters: analysis.clusters,
    functionModel: analysis.functionModel,
    stats: analysis.stats,
  };
  return JSON.stringify(saved);
}

// Only the envelope is validated strictly: the body is this tool's own output, checked by its format tag.
const Envelope = z.object({
  format: z.literal(ANALYSIS_FORMAT),
  records: z.array(z.object({ index: z.number(), name: z.string(), source: z.string(), sourceId: z.string() }).loose()),
  applications: z.array(z.object({ appId: z.string(), records: z.array(z.number()), fn: z.object({ function: z.string() }).loose() }).loose()),
  clusters: z.array(z.object({ id: z.string(), appIds: z.array(z.string()) }).loose()),
}).loose();

export function loadAnalysisJson(path: string): SavedAnalysis {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code ? `${path}: cannot read inventory (${code})` : `${path}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = Envelope.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const hint = (raw as { format?: string })?.format === 'satupintu/inventory@1' ? ' (this is an ingest inventory; run `satupintu analyze` to make one check can use)' : '';
    throw new InputError(`${path}: not a satupintu analysis inventory: ${issue.path.join('.') || '(root)'}: ${issue.message}${hint}`);
  }
  return raw as SavedAnalysis;
}

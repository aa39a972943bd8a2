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
    // a thousand items per JSON.stringify call: native speed, yet never one 60 MB string
    const list = (name: string, items: readonly unknown[], last = false) => {
      put(`${JSON.stringify(name)}:[`);
      for (let k = 0; k < items.length; k += 1000) put((k ? ',' : '') + JSON.stringify(items.slice(k, k + 1000)).slice(1, -1));
      put(last ? ']' : '],');
    };
    // every field of the saved analysis, the long lists streamed
    const fields = Object.entries(toSavedAnalysis(analysis, files));
    put('{');
    fields.forEach(([name, value], i) => {
      const last = i === fields.length - 1;
      if (Array.isArray(value)) list(name, value, last);
      else put(`${JSON.stringify(name)}:${JSON.stringify(value)}${last ? '' : ','}`);
    });
    put('}');
    flush();
  } finally {
    closeSync(fd);
  }
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

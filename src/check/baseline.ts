import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { InputError } from '../util/errors.js';
import { describeIssues, parseJsonOrYaml } from '../util/parse-errors.js';
import type { CheckResult } from './types.js';
import { typedKey } from '../util/text.js';
import { writeTextFile } from '../util/output-files.js';

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => isValidDate(s), 'not a real calendar date');

export const ExceptionSchema = z
  .object({
    /** The proposal's registry id (source_id) or its name. */
    proposal: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().trim().min(1)),
    /** Base name of the proposals file, when the id alone is ambiguous. */
    source: z.string().trim().min(1).optional(),
    reason: z.string().trim().min(1),
    approver: z.string().trim().min(1),
    expires: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), IsoDate),
  })
  .strict();
export type BaselineException = z.infer<typeof ExceptionSchema>;

export const BaselineSchema = z.object({ exceptions: z.array(ExceptionSchema) }).strict();
export type Baseline = z.infer<typeof BaselineSchema>;

export function isValidDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** Today's date (local time) as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function parseBaseline(text: string, path: string): Baseline {
  let raw: unknown;
  try {
    raw = parseJsonOrYaml(text, extname(path).toLowerCase() === '.json');
  } catch (error) {
    throw new InputError(`${path}: baseline: ${(error as Error).message}`);
  }
  if (raw === null || raw === undefined) raw = { exceptions: [] };
  const parsed = BaselineSchema.safeParse(raw);
  if (!parsed.success) {
    throw new InputError(`${path}: invalid baseline: ${describeIssues(parsed.error.issues)}`);
  }
  return parsed.data;
}

export function loadBaseline(path: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: cannot read baseline (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseBaseline(text, path);
}



export interface ExceptionMatch {
  exception: BaselineException;
  index: number;
}

/** Finds the exception for a proposal: by source_id or name, restricted to `source` when given. Id matches win over name matches. */
export function findException(baseline: Baseline, proposal: { sourceId: string; name: string; source: string }): ExceptionMatch | null {
  let byName: ExceptionMatch | null = null;
  for (const [index, exception] of baseline.exceptions.entries()) {
    if (exception.source && typedKey(exception.source) !== typedKey(proposal.source) && typedKey(basename(exception.source)) !== typedKey(proposal.source)) continue;
    const want = typedKey(exception.proposal);
    if (want === typedKey(proposal.sourceId)) return { exception, index };
    if (!byName && want === typedKey(proposal.name)) byName = { exception, index };
  }
  return byName;
}

/** A skeleton accepting every currently blocked proposal for 90 days; reason and approver must be filled in. */
export function baselineSkeleton(results: readonly CheckResult[], today: string, days = 90): Baseline {
  return {
    exceptions: results
      .filter((r) => r.decision === 'block')
      .map((r) => ({
        proposal: r.sourceId,
        source: r.source,
        reason: `TODO: why ${r.name} (${r.government || 'unknown government'}) is needed although ${r.alternative || 'an existing app'} exists`,
        approver: 'TODO',
        expires: addDays(today, days),
      })),
  };
}

export function formatBaseline(baseline: Baseline, path: string): string {
  if (extname(path).toLowerCase() === '.json') return `${JSON.stringify(baseline, null, 2)}\n`;
  const header =
    '# satupintu check baseline: accepted exceptions to the "no new apps" rule.\n' +
    '# Each entry needs a real reason and approver; an entry stops working after its expiry date.\n';
  return header + YAML.stringify(baseline, { lineWidth: 0 });
}

/** Writes the baseline whole or not at all, so a failed write never leaves an accepted list cut short. */
export function writeBaseline(baseline: Baseline, path: string): void {
  writeTextFile(path, formatBaseline(baseline, path));
}

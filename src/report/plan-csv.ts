import type { Analysis } from '../model/analysis.js';
import { toCsv } from '../util/csv.js';

export const PLAN_COLUMNS = [
  'source',
  'source_id',
  'app_id',
  'name',
  'government',
  'government_code',
  'unit',
  'status',
  'cluster_id',
  'function',
  'ecosystem',
  'action',
  'target',
  'wave',
  'confidence',
  'reasons',
  'human_decision',
] as const;

/** One row per input record, in input order; the record's application carries the decision. */
export function planRows(analysis: Analysis): unknown[][] {
  return analysis.records.map((r) => {
    const app = analysis.applications[analysis.appOfRecord[r.index]!]!;
    const d = app.decision;
    const reasons = [...d.reasons, ...app.fn.reasons.slice(0, 2), ...app.eco.reasons.slice(0, 1)];
    const human = [d.human && 'action', app.fn.human && 'function', app.eco.human && 'ecosystem'].filter(Boolean).join('|');
    return [
      r.source,
      r.sourceId,
      app.appId,
      r.name,
      r.government.name || r.governmentRaw,
      r.government.code,
      r.unit ?? '',
      r.status,
      app.fn.clusterId,
      app.fn.function,
      app.eco.ecosystem,
      d.action,
      d.target,
      d.wave ?? '',
      Math.round(Math.min(d.confidence, app.linkConfidence + 0.3) * 100) / 100,
      reasons.join(' | '),
      human,
    ];
  });
}

export function planCsv(analysis: Analysis): string {
  return toCsv([...PLAN_COLUMNS], planRows(analysis));
}

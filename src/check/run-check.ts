import { messages, type Lang } from '../knowledge/messages.js';
import type { Knowledge } from '../knowledge/taxonomy.js';
import type { InventoryRecord } from '../model/inventory.js';
import type { SavedAnalysis } from '../report/analysis-json.js';
import { findException, type Baseline } from './baseline.js';
import { matchProposals, type BlockKind, type ProposalVerdict } from './match-proposals.js';
import { ruleFor } from './rules.js';
import type { CheckReport, CheckResult, CheckSummary } from './types.js';
import { typedKey } from '../util/text.js';

export interface CheckOptions {
  baseline?: Baseline;
  /** YYYY-MM-DD; exceptions expiring before this date no longer apply. */
  today: string;
  /** Path to report for a proposal (default: its source file base name). */
  fileOf?: (record: InventoryRecord) => string;
  /** Notes carried into the report (diff scope etc.). */
  notes?: string[];
  /** Language of the reasons (default English). */
  lang?: Lang;
}

const KINDS: BlockKind[] = ['existing-app', 'platform', 'local-duplicate', 'other-governments', 'none'];

const recordKey = (r: Pick<InventoryRecord, 'source' | 'sourceId' | 'name'>) =>
  `${r.source}\u0000${r.sourceId}\u0000${typedKey(r.name)}`;

/**
 * Removes the proposals themselves from a saved analysis (same file, id and name), so a proposal is never
 * blocked as a duplicate of itself when the inventory was built from files that already hold it.
 * Record indexes stay valid; applications left without records are dropped.
 */
export function excludeProposals(saved: SavedAnalysis, proposals: readonly InventoryRecord[]): { saved: SavedAnalysis; removed: number } {
  if (proposals.length === 0) return { saved, removed: 0 };
  const keys = new Set(proposals.map(recordKey));
  const sources = new Set(proposals.map((p) => p.source));
  const self = new Set<number>();
  for (const r of saved.records) if (sources.has(r.source) && keys.has(recordKey(r))) self.add(r.index);
  if (self.size === 0) return { saved, removed: 0 };
  const applications = [];
  for (const app of saved.applications) {
    if (!app.records.some((i) => self.has(i))) {
      applications.push(app);
      continue;
    }
    const records = app.records.filter((i) => !self.has(i));
    if (records.length > 0) applications.push({ ...app, records });
  }
  return { saved: { ...saved, applications }, removed: self.size };
}

/** Pure: matcher verdicts + baseline → results and summary. */
export function buildReport(verdicts: readonly ProposalVerdict[], options: CheckOptions): CheckReport {
  const fileOf = options.fileOf ?? ((r: InventoryRecord) => r.source);
  const used = new Set<number>();
  const results: CheckResult[] = verdicts.map((v) => {
    const r = v.record;
    const rule = v.decision === 'block' ? ruleFor(v.kind) : null;
    const result: CheckResult = {
      sourceId: r.sourceId,
      name: r.name,
      government: r.government.name || r.governmentRaw,
      governmentCode: r.government.code,
      source: r.source,
      file: fileOf(r),
      line: Math.max(1, r.line || 1),
      decision: v.decision,
      matchedDecision: v.decision,
      kind: v.kind,
      rule,
      alternative: v.alternative,
      function: v.function,
      functionLabel: v.functionLabel,
      confidence: v.confidence,
      matches: v.matches,
      reasons: [...v.reasons],
      scores: v.scores,
      baselined: false,
      baseline: null,
      baselineExpired: null,
    };
    if (v.decision !== 'block' || !options.baseline) return result;
    const hit = findException(options.baseline, r);
    if (!hit) return result;
    used.add(hit.index);
    const { reason, approver, expires } = hit.exception;
    if (expires < options.today) {
      result.baselineExpired = expires;
      result.reasons.unshift(`the accepted exception for this proposal expired on ${expires} (approver ${approver}: ${reason}); renew it or use ${v.alternative || 'the existing app'}`);
      return result;
    }
    result.decision = 'allow';
    result.baselined = true;
    result.baseline = { reason, approver, expires };
    result.reasons.unshift(`accepted exception until ${expires}, approved by ${approver}: ${reason}`);
    return result;
  });
  const unusedExceptions = (options.baseline?.exceptions ?? [])
    .filter((_, i) => !used.has(i))
    .map((e) => (e.source ? `${e.source}: ${e.proposal}` : e.proposal));
  return { results, summary: summarize(results), unusedExceptions, notes: [...(options.notes ?? [])] };
}

export function summarize(results: readonly CheckResult[]): CheckSummary {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<BlockKind, number>;
  for (const r of results) if (r.decision === 'block') byKind[r.kind]++;
  return {
    proposals: results.length,
    blocked: results.filter((r) => r.decision === 'block').length,
    allowed: results.filter((r) => r.decision === 'allow').length,
    baselined: results.filter((r) => r.baselined).length,
    expiredExceptions: results.filter((r) => r.baselineExpired !== null).length,
    byKind,
  };
}

/** Matches proposals against a saved analysis and applies the baseline. Pure apart from the matcher's model loading. */
export function runCheck(proposals: readonly InventoryRecord[], saved: SavedAnalysis, knowledge: Knowledge, options: CheckOptions): CheckReport {
  const indexed = proposals.map((r, index) => (r.index === index ? r : { ...r, index }));
  const { saved: others, removed } = excludeProposals(saved, indexed);
  const verdicts = indexed.length > 0 ? matchProposals(indexed, others, knowledge, messages(options.lang ?? 'en')) : [];
  const notes = [...(options.notes ?? [])];
  if (removed > 0) notes.push(`${removed} proposal record(s) were also in the inventory and were left out of it, so no proposal matches itself`);
  return buildReport(verdicts, { ...options, notes });
}

export function exitCodeOf(report: CheckReport): 0 | 1 {
  return report.summary.blocked > 0 ? 1 : 0;
}

import type { BlockKind, CheckDecision, ProposalVerdict } from './match-proposals.js';

/** A rule a blocked proposal breaks; ids are stable (SARIF consumers key alerts on them). */
export interface CheckRule {
  /** Stable id, `SP00N/slug`. */
  id: string;
  kind: Exclude<BlockKind, 'none'>;
  name: string;
  short: string;
  full: string;
  help: string;
}

export interface BaselineNote {
  reason: string;
  approver: string;
  expires: string;
}

/** The outcome for one proposed application, after matching and the baseline. */
/** A proposal's verdict as reported, after the baseline (what matching said is carried over as it is). */
export interface CheckResult extends Pick<ProposalVerdict, 'kind' | 'alternative' | 'function' | 'functionLabel' | 'confidence' | 'matches' | 'reasons' | 'scores'> {
  sourceId: string;
  name: string;
  government: string;
  governmentCode: string;
  /** Registry file base name. */
  source: string;
  /** Path of the proposals file as given (or as found by the CLI). */
  file: string;
  /** 1-based line (CSV) / element (JSON) / row (XLSX) where the proposal starts. */
  line: number;
  decision: CheckDecision;
  /** What matching decided before the baseline was applied. */
  matchedDecision: CheckDecision;
  /** Rule broken when the proposal was (or would have been, if baselined) blocked. */
  rule: CheckRule | null;
  /** An accepted exception turned a block into an allow. */
  baselined: boolean;
  baseline: BaselineNote | null;
  /** Date an exception for this proposal expired (the proposal is blocked again). */
  baselineExpired: string | null;
}

export interface CheckSummary {
  proposals: number;
  blocked: number;
  allowed: number;
  baselined: number;
  expiredExceptions: number;
  byKind: Record<BlockKind, number>;
}

export interface CheckReport {
  results: CheckResult[];
  summary: CheckSummary;
  /** Exceptions of the baseline that matched no proposal (stale entries). */
  unusedExceptions: string[];
  /** Informational lines (diff scope, self-matches removed, rejected rows...). */
  notes: string[];
}

export type CheckFormat = 'text' | 'json' | 'sarif' | 'junit' | 'github';

export interface RenderContext {
  /** ANSI colours (text format only). */
  color: boolean;
  /** Tool version for SARIF/JUnit metadata. */
  version: string;
}

/** One output format: a pure function from the report to the text written to stdout or --output. */
export interface CheckReporter {
  format: CheckFormat;
  render(report: CheckReport, context: RenderContext): string;
}

import type { CheckReport, CheckReporter } from '../types.js';

/** Stable, snake_case JSON (the shape score.py and other tools read). */
export function checkJson(report: CheckReport) {
  return {
    results: report.results.map((r) => ({
      source_id: r.sourceId,
      name: r.name,
      government: r.government,
      government_code: r.governmentCode,
      decision: r.decision,
      kind: r.kind,
      rule_id: r.rule?.id ?? null,
      alternative: r.alternative,
      function: r.function,
      function_label: r.functionLabel,
      confidence: r.confidence,
      matches: r.matches.map((m) => ({ app_id: m.appId, name: m.name, government: m.government, relation: m.relation, score: m.score })),
      reasons: r.reasons,
      scores: r.scores,
      baselined: r.baselined,
      baseline: r.baseline,
      baseline_expired: r.baselineExpired,
      source: r.source,
      file: r.file,
      line: r.line,
    })),
    summary: {
      proposals: report.summary.proposals,
      blocked: report.summary.blocked,
      allowed: report.summary.allowed,
      baselined: report.summary.baselined,
      expired_exceptions: report.summary.expiredExceptions,
      blocked_by_kind: report.summary.byKind,
      unused_exceptions: report.unusedExceptions,
      notes: report.notes,
    },
  };
}

export const jsonReporter: CheckReporter = {
  format: 'json',
  render: (report) => `${JSON.stringify(checkJson(report), null, 2)}\n`,
};

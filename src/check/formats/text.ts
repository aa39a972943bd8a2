import { Chalk } from 'chalk';
import type { CheckReport, CheckReporter, CheckResult, CheckSummary } from '../types.js';
import { oneLine } from './sanitize.js';

const KIND_LABEL: Record<string, string> = {
  'existing-app': 'already registered',
  platform: 'national platform exists',
  'local-duplicate': 'same government already has one',
  'other-governments': 'other governments already have one',
  none: 'no existing app or platform',
};

export function summaryLine(s: CheckSummary): string {
  return `${s.proposals} proposal${s.proposals === 1 ? '' : 's'}: ${s.blocked} blocked, ${s.allowed} allowed (${s.baselined} baselined)`;
}

function location(r: CheckResult): string {
  return `${r.file}:${r.line}${r.sourceId ? `, id ${r.sourceId}` : ''}`;
}

export const textReporter: CheckReporter = {
  format: 'text',
  render(report: CheckReport, { color }): string {
    const c = new Chalk({ level: color ? 1 : 0 });
    const out: string[] = [];
    for (const r of report.results) {
      const tag =
        r.decision === 'block' ? c.red.bold('BLOCK') : r.baselined ? c.yellow.bold('ALLOW') : c.green.bold('ALLOW');
      const suffix = r.baselined ? c.yellow(' (baselined)') : r.baselineExpired ? c.red(` (exception expired ${r.baselineExpired})`) : '';
      out.push(`${tag} ${c.bold(oneLine(r.name))} — ${oneLine(r.government) || 'unknown government'}  ${c.dim(`(${oneLine(location(r))})`)}${suffix}`);
      const pad = '      ';
      if (r.rule) out.push(`${pad}${r.decision === 'block' ? 'rule' : 'would break'}: ${r.rule.id} (${KIND_LABEL[r.kind]})`);
      if (r.alternative) out.push(`${pad}${c.cyan('use instead:')} ${oneLine(r.alternative)}`);
      if (r.functionLabel) out.push(`${pad}function: ${oneLine(r.functionLabel)}${r.function ? ` [${r.function}]` : ''}`);
      out.push(`${pad}confidence: ${r.confidence.toFixed(2)}`);
      for (const reason of r.reasons) out.push(`${pad}- ${oneLine(reason)}`);
      for (const m of r.matches) {
        out.push(`${pad}${c.dim(`~ ${oneLine(m.name)} (${m.appId}, ${oneLine(m.government)}) ${m.relation}, score ${m.score.toFixed(2)}`)}`);
      }
      out.push('');
    }
    for (const note of report.notes) out.push(c.dim(`note: ${oneLine(note)}`));
    if (report.unusedExceptions.length > 0) {
      out.push(c.dim(`note: ${report.unusedExceptions.length} baseline exception(s) matched no proposal: ${report.unusedExceptions.map(oneLine).join(', ')}`));
    }
    const s = report.summary;
    const line = summaryLine(s) + (s.expiredExceptions ? `, ${s.expiredExceptions} with an expired exception` : '');
    out.push(s.blocked > 0 ? c.red.bold(line) : c.green.bold(line));
    return `${out.join('\n')}\n`;
  },
};

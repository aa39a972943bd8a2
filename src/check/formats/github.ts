import type { CheckReporter, CheckResult } from '../types.js';
import { summaryLine } from './text.js';

/** Message text of a workflow command: `%`, CR and LF are percent-encoded. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values additionally encode `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(kind: 'error' | 'notice' | 'warning', props: Record<string, string | number>, message: string): string {
  const p = Object.entries(props)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${kind}${p ? ` ${p}` : ''}::${escapeData(message)}`;
}

function line(r: CheckResult): string {
  const where = { file: r.file.replace(/\\/g, '/'), line: r.line };
  if (r.decision === 'block') {
    const title = `${r.rule?.id ?? 'satupintu'}: ${r.name}`;
    const msg = [
      `${r.name} (${r.government || 'unknown government'}) is blocked: ${r.rule?.short ?? r.kind}.`,
      r.alternative ? `Use instead: ${r.alternative}.` : '',
      ...r.reasons,
    ].filter(Boolean);
    return command('error', { ...where, title }, msg.join('\n'));
  }
  const title = r.baselined ? `satupintu: ${r.name} allowed by exception` : `satupintu: ${r.name} allowed`;
  return command('notice', { ...where, title }, [`${r.name} (${r.government || 'unknown government'}) is allowed.`, ...r.reasons].join('\n'));
}

export const githubReporter: CheckReporter = {
  format: 'github',
  render(report) {
    const out = report.results.map(line);
    for (const note of report.notes) out.push(command('notice', { title: 'satupintu' }, note));
    const s = report.summary;
    out.push(command(s.blocked > 0 ? 'error' : 'notice', { title: 'satupintu check' }, summaryLine(s)));
    return `${out.join('\n')}\n`;
  },
};

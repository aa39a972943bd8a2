import chalk, { Chalk } from 'chalk';
import Table from 'cli-table3';
import { toCsv } from '../util/csv.js';
import type { AuditReport, QualityRow } from './audit.js';

export type AuditFormat = 'table' | 'json' | 'csv' | 'md';

const COLUMNS: { key: keyof QualityRow; title: string }[] = [
  { key: 'scope', title: 'scope' },
  { key: 'records', title: 'records' },
  { key: 'missingDescription', title: 'no description' },
  { key: 'missingUrl', title: 'no URL' },
  { key: 'missingUnit', title: 'no unit' },
  { key: 'missingDataElements', title: 'no data elements' },
  { key: 'inactiveShare', title: 'inactive share' },
  { key: 'unresolvedGovernment', title: 'unresolved government' },
  { key: 'duplicateIds', title: 'duplicate ids' },
  { key: 'rejected', title: 'rejected' },
];

function cell(row: QualityRow, key: keyof QualityRow): string {
  const v = row[key];
  return key === 'inactiveShare' ? `${((v as number) * 100).toFixed(1)}%` : String(v);
}

export function formatAudit(report: AuditReport, format: AuditFormat, options: { color: boolean; topGovernments?: number }): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'csv':
      return toCsv(
        ['level', ...COLUMNS.map((c) => c.key)],
        [
          ...report.files.map((r) => ['file', ...COLUMNS.map((c) => r[c.key])]),
          ...report.governments.map((r) => ['government', ...COLUMNS.map((c) => r[c.key])]),
          ['total', ...COLUMNS.map((c) => report.total[c.key])],
        ],
      );
    case 'md':
      return markdown(report);
    default:
      return terminal(report, options.color, options.topGovernments ?? 25);
  }
}

function markdown(report: AuditReport): string {
  const head = `| ${COLUMNS.map((c) => c.title).join(' | ')} |\n|${COLUMNS.map(() => '---').join('|')}|\n`;
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
  const rows = (list: QualityRow[]) => list.map((r) => `| ${COLUMNS.map((c) => esc(cell(r, c.key))).join(' | ')} |`).join('\n');
  return [
    '# Data quality audit',
    '',
    '## Per file',
    '',
    head + rows([...report.files, report.total]),
    '',
    '## Per government',
    '',
    head + rows(report.governments),
    '',
  ].join('\n');
}

function terminal(report: AuditReport, color: boolean, top: number): string {
  const c = color ? chalk : new Chalk({ level: 0 });
  const make = () =>
    new Table({
      head: COLUMNS.map((col) => col.title),
      style: color ? { head: ['cyan'] } : { head: [], border: [] },
    });
  const files = make();
  for (const r of [...report.files, report.total]) files.push(COLUMNS.map((col) => cell(r, col.key)));
  const govs = make();
  for (const r of report.governments.slice(0, top)) govs.push(COLUMNS.map((col) => cell(r, col.key)));
  const lines = [c.bold('Per file'), files.toString(), '', c.bold(`Per government (top ${Math.min(top, report.governments.length)} of ${report.governments.length} by records; --format csv for all)`), govs.toString()];
  if (report.unresolvedGovernmentNames.length) {
    const shown = report.unresolvedGovernmentNames.slice(0, 10).map((u) => `${u.name} (${u.records})`).join(', ');
    lines.push('', c.yellow(`Unresolved government names: ${report.unresolvedGovernmentNames.length}: ${shown}`));
  }
  return `${lines.join('\n')}\n`;
}

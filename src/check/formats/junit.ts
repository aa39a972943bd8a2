import type { CheckReport, CheckReporter, CheckResult } from '../types.js';

/** Characters XML 1.0 does not allow at all (even escaped). */
const INVALID_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function xmlEscape(text: string): string {
  return text
    .replace(INVALID_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Attribute values also keep their line breaks (otherwise normalised to spaces by XML parsers). */
function attr(text: string): string {
  return xmlEscape(text).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function testcase(r: CheckResult): string {
  const name = `${r.name} (${r.government || 'unknown government'})`;
  const open = `    <testcase name="${attr(name)}" classname="${attr(`satupintu.check.${r.source}`)}" file="${attr(r.file)}" line="${r.line}" time="0">`;
  const details = [
    `${r.file}:${r.line}${r.sourceId ? ` (id ${r.sourceId})` : ''}`,
    r.alternative ? `use instead: ${r.alternative}` : '',
    r.functionLabel ? `function: ${r.functionLabel}` : '',
    `confidence: ${r.confidence.toFixed(2)}`,
    ...r.reasons.map((x) => `- ${x}`),
    ...r.matches.map((m) => `~ ${m.name} (${m.appId}, ${m.government}) ${m.relation} ${m.score.toFixed(2)}`),
  ].filter(Boolean);
  if (r.decision === 'block') {
    const msg = `${r.rule?.short ?? 'blocked'}${r.alternative ? `; use instead: ${r.alternative}` : ''}${r.baselineExpired ? ` (exception expired on ${r.baselineExpired})` : ''}`;
    return `${open}\n      <failure message="${attr(msg)}" type="${attr(r.rule?.id ?? r.kind)}">${xmlEscape(details.join('\n'))}</failure>\n    </testcase>`;
  }
  return `${open}\n      <system-out>${xmlEscape([r.baselined ? 'allowed by baseline exception' : 'allowed', ...details].join('\n'))}</system-out>\n    </testcase>`;
}

export function checkJunit(report: CheckReport): string {
  const s = report.summary;
  const cases = report.results.map(testcase);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="satupintu" tests="${s.proposals}" failures="${s.blocked}" errors="0">`,
    `  <testsuite name="satupintu check" tests="${s.proposals}" failures="${s.blocked}" errors="0" skipped="0" time="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

export const junitReporter: CheckReporter = {
  format: 'junit',
  render: (report) => checkJunit(report),
};

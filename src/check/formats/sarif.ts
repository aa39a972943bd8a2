import { createHash } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INFORMATION_URI, RULES } from '../rules.js';
import type { CheckReport, CheckReporter, CheckResult } from '../types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A relative path stays a relative URI reference (resolved against the repository root by code scanning). */
export function artifactUri(file: string): string {
  const posix = file.replace(/\\/g, '/');
  if (isAbsolute(file) || /^[A-Za-z]:\//.test(posix)) return pathToFileURL(file).href;
  return posix
    .split('/')
    .map((seg) => (seg === '.' || seg === '..' ? seg : encodeURIComponent(seg)))
    .join('/');
}

function message(r: CheckResult): string {
  const head = `${r.name} (${r.government || 'unknown government'}): ${r.rule?.short ?? 'blocked'}.`;
  const instead = r.alternative ? ` Use instead: ${r.alternative}.` : '';
  return `${head}${instead} ${r.reasons.join(' ')}`.trim();
}

function fingerprint(r: CheckResult): string {
  return createHash('sha256').update(`${r.source}\u0000${r.sourceId}\u0000${r.name.toLowerCase()}`).digest('hex').slice(0, 32);
}

export function checkSarif(report: CheckReport, version: string) {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const results = report.results
    .filter((r) => r.rule && (r.decision === 'block' || r.baselined))
    .map((r) => ({
      ruleId: r.rule!.id,
      ruleIndex: ruleIndex.get(r.rule!.id)!,
      level: 'error' as const,
      message: { text: message(r) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(r.file) },
            region: { startLine: r.line },
          },
        },
      ],
      partialFingerprints: { 'satupintu/proposal/v1': fingerprint(r) },
      properties: {
        sourceId: r.sourceId,
        government: r.government,
        kind: r.kind,
        alternative: r.alternative,
        function: r.function,
        confidence: r.confidence,
        ...(r.baselineExpired ? { baselineExpired: r.baselineExpired } : {}),
      },
      ...(r.baselined && r.baseline
        ? {
            suppressions: [
              {
                kind: 'external' as const,
                status: 'accepted' as const,
                justification: `${r.baseline.reason} (approved by ${r.baseline.approver}, until ${r.baseline.expires})`,
              },
            ],
          }
        : {}),
    }));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'satupintu',
            semanticVersion: version,
            informationUri: INFORMATION_URI,
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.name,
              shortDescription: { text: rule.short },
              fullDescription: { text: rule.full },
              help: { text: rule.help },
              helpUri: INFORMATION_URI,
              defaultConfiguration: { level: 'error' as const },
              properties: { tags: ['spbe', 'no-new-apps', rule.kind] },
            })),
          },
        },
        results,
        properties: { summary: report.summary },
      },
    ],
  };
}

export const sarifReporter: CheckReporter = {
  format: 'sarif',
  render: (report, { version }) => `${JSON.stringify(checkSarif(report, version), null, 2)}\n`,
};

import type { Knowledge } from '../knowledge/taxonomy.js';
import type { Analysis } from '../model/analysis.js';
import { InputError } from '../util/errors.js';

/** Finds an application by app_id, or by a record written `source:id`. */
function findApp(analysis: Analysis, ref: string): number {
  const byId = analysis.applications.findIndex((a) => a.appId.toLowerCase() === ref.toLowerCase());
  if (byId >= 0) return byId;
  const sep = ref.lastIndexOf(':');
  if (sep > 0) {
    const source = ref.slice(0, sep);
    const id = ref.slice(sep + 1);
    const r = analysis.records.find((x) => x.source === source && x.sourceId === id);
    if (r) return analysis.appOfRecord[r.index]!;
  }
  throw new InputError(`--explain: no application ${ref} (give an app_id from plan.csv, or a record as source:source_id)`);
}

/** Why an application got its records, cluster, ecosystem and action, as an analyst reads it. */
export function explainApplication(analysis: Analysis, knowledge: Knowledge, ref: string): string {
  const a = findApp(analysis, ref);
  const app = analysis.applications[a]!;
  const out: string[] = [];
  out.push(`${app.appId}: ${app.name}`, `  government: ${app.government.name || '(unknown)'} (${app.government.code || '-'}); status ${app.status}`);
  out.push('', `Records (${app.records.length}):`);
  for (const i of app.records) {
    const r = analysis.records[i]!;
    out.push(`  ${r.source}:${r.sourceId} (line ${r.line}) "${r.name}"${r.url ? ` ${r.url}` : ''}${r.unit ? `, ${r.unit}` : ''}`);
  }
  const members = new Set(app.records);
  const pairs = analysis.pairs.filter((p) => (members.has(p.a) || members.has(p.b)) && p.signals.length > 0);
  if (pairs.length) {
    out.push('', 'Links and near misses (score = sum of signal weights; threshold in data/link-model.yaml):');
    for (const p of pairs.sort((x, y) => y.score - x.score).slice(0, 12)) {
      const ra = analysis.records[p.a]!;
      const rb = analysis.records[p.b]!;
      const verdict = p.human ? `analyst: ${p.human}` : p.linked ? 'linked' : 'not linked';
      out.push(`  ${ra.source}:${ra.sourceId} ~ ${rb.source}:${rb.sourceId}: ${p.score} (${verdict}; blocking: ${p.rules.join(', ') || 'analyst'})`);
      out.push(`    ${p.signals.map((s) => `${s.signal}=${s.level} ${s.weight >= 0 ? '+' : ''}${s.weight}`).join(', ')}`);
    }
  }
  const def = knowledge.functionById.get(app.fn.function);
  const cluster = analysis.clusters.find((c) => c.id === app.fn.clusterId);
  out.push('', `Cluster: ${app.fn.clusterId} (${def?.label.en ?? cluster?.labelEn ?? 'discovered'}), confidence ${app.fn.confidence}${app.fn.human ? ', set by an analyst' : ''}`);
  for (const r of app.fn.reasons) out.push(`  - ${r}`);
  if (cluster) out.push(`  the cluster holds ${cluster.appIds.length} apps of ${cluster.governments} governments`);
  out.push('', `Ecosystem: ${app.eco.ecosystem}, confidence ${app.eco.confidence}${app.eco.human ? ', set by an analyst' : ''}`);
  for (const r of app.eco.reasons) out.push(`  - ${r}`);
  out.push('', `Action: ${app.decision.action}${app.decision.target ? ` → ${app.decision.target}` : ''}, confidence ${app.decision.confidence}${app.decision.wave ? `, wave ${app.decision.wave}` : ''}${app.decision.human ? ', set by an analyst' : ''}`);
  for (const r of app.decision.reasons) out.push(`  - ${r}`);
  if (app.masterData.length) {
    out.push('', 'Master data held (read it from its owner instead):');
    for (const m of app.masterData) out.push(`  - ${m.domain} (owner ${m.owner}): ${m.elements.join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}

import type { Knowledge } from '../knowledge/taxonomy.js';
import type { Analysis } from '../model/analysis.js';
import { functionLabel } from '../plan/function-label.js';
import { InputError } from '../util/errors.js';
import type { Lang } from '../knowledge/messages.js';
import { translator } from './i18n.js';

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

/** Why an application got its records, cluster, ecosystem and action, as an analyst reads it (codes stay as in plan.csv). */
export function explainApplication(analysis: Analysis, knowledge: Knowledge, ref: string, lang: Lang = 'en'): string {
  const tr = translator(lang);
  const a = findApp(analysis, ref);
  const app = analysis.applications[a]!;
  const byAnalyst = (human: unknown) => (human ? tr.t('explain.byAnalyst') : '');
  const out: string[] = [];
  out.push(
    `${app.appId}: ${app.name}`,
    `  ${tr.t('explain.government', { name: app.government.name || tr.t('explain.unknown'), code: app.government.code || '-', status: app.status })}`,
  );
  out.push('', tr.t('explain.records', { count: app.records.length }));
  for (const i of app.records) {
    const r = analysis.records[i]!;
    out.push(`  ${r.source}:${r.sourceId} (${tr.t('explain.line', { line: r.sheet !== undefined ? `${r.sheet}!${r.line}` : String(r.line) })}) "${r.name}"${r.url ? ` ${r.url}` : ''}${r.unit ? `, ${r.unit}` : ''}`);
  }
  const members = new Set(app.records);
  const pairs = analysis.pairs.filter((p) => (members.has(p.a) || members.has(p.b)) && p.signals.length > 0);
  if (pairs.length) {
    out.push('', tr.t('explain.links'));
    for (const p of pairs.sort((x, y) => y.score - x.score).slice(0, 12)) {
      const ra = analysis.records[p.a]!;
      const rb = analysis.records[p.b]!;
      const verdict = p.human ? tr.t('explain.analystSaid', { verdict: p.human }) : tr.t(p.linked ? 'explain.linked' : 'explain.notLinked');
      const blocking = tr.t('explain.blocking', { rules: p.rules.join(', ') || 'analyst' });
      out.push(`  ${ra.source}:${ra.sourceId} ~ ${rb.source}:${rb.sourceId}: ${p.score} (${verdict}; ${blocking})`);
      out.push(`    ${p.signals.map((s) => `${s.signal}=${s.level} ${s.weight >= 0 ? '+' : ''}${s.weight}`).join(', ')}`);
    }
  }
  const def = knowledge.functionById.get(app.fn.function);
  const cluster = analysis.clusters.find((c) => c.id === app.fn.clusterId);
  const label = def || cluster ? tr.pick(functionLabel(app.fn.function, knowledge, analysis.clusters)) : tr.t('explain.discovered');
  out.push('', tr.t('explain.cluster', { id: app.fn.clusterId, label, confidence: String(app.fn.confidence) }) + byAnalyst(app.fn.human));
  for (const r of app.fn.reasons) out.push(`  - ${r}`);
  if (cluster) out.push(`  ${tr.t('explain.clusterSize', { apps: cluster.appIds.length, governments: cluster.governments })}`);
  out.push('', tr.t('explain.ecosystem', { ecosystem: app.eco.ecosystem, confidence: String(app.eco.confidence) }) + byAnalyst(app.eco.human));
  for (const r of app.eco.reasons) out.push(`  - ${r}`);
  const d = app.decision;
  const action = `${d.action}${d.target ? ` → ${d.target}` : ''}`;
  out.push('', tr.t('explain.action', { action, confidence: String(d.confidence) }) + (d.wave ? tr.t('explain.wave', { wave: d.wave }) : '') + byAnalyst(d.human));
  for (const r of d.reasons) out.push(`  - ${r}`);
  if (app.masterData.length) {
    out.push('', tr.t('explain.masterData'));
    for (const m of app.masterData) out.push(`  - ${m.domain} (${tr.t('explain.owner', { owner: m.owner })}): ${m.elements.join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}

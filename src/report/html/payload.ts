/**
 * The data the report's tables render in the browser, in compact rows: repeated strings (government
 * names, function labels, reasons, signal names) are stored once in `s` and referenced by index, so
 * the 27,000-app inventory stays a few megabytes.
 */
import type { Knowledge } from '../../knowledge/taxonomy.js';
import { ACTIONS, ECOSYSTEMS, type Analysis } from '../../model/analysis.js';
import { EFFORT_THRESHOLDS, effortPoints, freedCost, functionLabel, type PlanViews } from '../../plan/views.js';
import { LABEL_KEYS, type LabelKey, type Translator } from '../i18n.js';
import { appsById, redirectHome, targetText } from '../vocabulary.js';

/** Above this many applications the function and ecosystem reasons are left out (the decision's stay). */
export const FULL_REASONS_MAX_APPS = 5000;

/** [appId, name, government, function, ecosystem, action, target, wave (0 = none), annualCost, monthlyUsers, status, confidence, effort points, records, evidence, reasons] */
export type AppRow = [string, string, number, number, string, string, string, number, number | null, number | null, string, number, number, number[], number[], ReasonRefs];
/** Decision, function and ecosystem reasons as string indices. */
export type ReasonRefs = [number[], number[], number[]];
/** [source, sourceId, name] */
export type RecordRow = [number, string, string];
/** [recordA, recordB, score, [signal, level, weight][]] */
export type EvidenceRow = [number, number, number, [number, number, number][]];
/** [clusterId, function label, origin, ecosystem, live apps, governments, merges, platform, annualCost] */
export type ClusterRow = [string, number, string, string, number, number, number, string, number];
/** [name, code, apps, retire, migrate, merge, retain, savings] */
export type GovernmentRow = [string, string, number, number, number, number, number, number];
/** [oldUrl, newHome, action, appId, name, government] */
export type RedirectRow = [string, string, string, string, string, number];

export interface Payload {
  locale: string;
  actions: readonly string[];
  ecosystems: readonly string[];
  /** Effort points up to which an app is low, then medium effort. */
  effort: [number, number];
  ui: Record<string, string>;
  s: string[];
  apps: AppRow[];
  records: RecordRow[];
  evidence: EvidenceRow[];
  clusters: ClusterRow[];
  governments: GovernmentRow[];
  redirects: RedirectRow[];
}

class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();
  ref(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The labels the browser code needs: every ui.*, col.*, action.*, ecosystem.*, status.*, origin.*, effort.*, money.* label and the wave names. */
function uiLabels(t: Translator): Record<string, string> {
  const wanted = /^(ui|col|action|ecosystem|status|origin|effort|money|redirect)\./;
  const out: Record<string, string> = {};
  for (const key of LABEL_KEYS) if (wanted.test(key) && key !== 'effort.definition') out[key] = t.t(key as LabelKey);
  for (const w of [1, 2, 3, 4] as const) out[`wave.${w}`] = t.t('wave.short', { wave: w });
  return out;
}

export function buildPayload(analysis: Analysis, knowledge: Knowledge, views: PlanViews, t: Translator): Payload {
  const s = new StringTable();
  const byId = appsById(analysis);
  const fullReasons = analysis.applications.length <= FULL_REASONS_MAX_APPS;
  const labelRef = new Map<string, number>();
  const fnRef = (fn: string) => labelRef.get(fn) ?? labelRef.set(fn, s.ref(t.pick(functionLabel(fn, knowledge, analysis.clusters)))).get(fn)!;

  const evidenceOfApp = new Map<number, number[]>();
  const evidence: EvidenceRow[] = [];
  for (const p of analysis.pairs) {
    if (!p.linked) continue;
    const app = analysis.appOfRecord[p.a]!;
    const list = evidenceOfApp.get(app) ?? evidenceOfApp.set(app, []).get(app)!;
    list.push(evidence.length);
    evidence.push([p.a, p.b, round2(p.score), p.signals.map((x) => [s.ref(x.signal), s.ref(x.level), round2(x.weight)])]);
  }

  const apps: AppRow[] = analysis.applications.map((a, i) => [
    a.appId,
    a.name,
    s.ref(a.government.name || a.government.code || '–'),
    fnRef(a.fn.function),
    a.eco.ecosystem,
    a.decision.action,
    targetText(a.decision.action, a.decision.target, byId),
    a.decision.wave ?? 0,
    a.annualCost,
    a.monthlyUsers,
    a.status,
    round2(a.decision.confidence),
    effortPoints(a),
    a.records,
    evidenceOfApp.get(i) ?? [],
    [a.decision.reasons.map((r) => s.ref(r)), fullReasons ? a.fn.reasons.map((r) => s.ref(r)) : [], fullReasons ? a.eco.reasons.map((r) => s.ref(r)) : []],
  ]);

  const records: RecordRow[] = analysis.records.map((r) => [s.ref(r.source), r.sourceId, r.name]);

  const clusters: ClusterRow[] = views.clusters.map((r) => [
    r.cluster.id,
    fnRef(r.cluster.function),
    r.cluster.origin,
    r.cluster.ecosystem,
    r.liveApps,
    r.governments,
    r.actions.merge,
    r.cluster.platformId ? (knowledge.platformById.get(r.cluster.platformId)?.name ?? r.cluster.platformId) : '',
    r.cost.annualCost,
  ]);

  const governments: GovernmentRow[] = views.governments.map((g) => [
    g.name,
    g.code,
    g.applications,
    ...(ACTIONS.map((a) => g.actions[a]) as [number, number, number, number]),
    freedCost(g.savings).annualCost,
  ]);

  const redirects: RedirectRow[] = views.redirects.map((r) => [r.oldUrl, redirectHome(t, r), r.action, r.appId, r.name, s.ref(r.government)]);

  return {
    locale: t.lang === 'id' ? 'id-ID' : 'en-US',
    actions: ACTIONS,
    ecosystems: ECOSYSTEMS,
    effort: EFFORT_THRESHOLDS,
    ui: uiLabels(t),
    s: s.strings, apps, records, evidence, clusters, governments, redirects };
}

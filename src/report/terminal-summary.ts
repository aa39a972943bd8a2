import chalk, { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Knowledge } from '../knowledge/taxonomy.js';
import { ACTIONS, ECOSYSTEMS, type Analysis } from '../model/analysis.js';
import { nationalSummary, rankClusters, waves, type PlanViews } from '../plan/views.js';
import type { Lang } from '../knowledge/messages.js';
import { translator } from './i18n.js';
import { actionLabel, ecosystemLabel, waveTitle } from './vocabulary.js';

export interface TerminalSummaryOptions {
  lang: Lang;
  color: boolean;
  /** Rows in the most-duplicated-functions table. */
  top?: number;
  /** Views already computed for the reports (computed here when absent). */
  views?: Pick<PlanViews, 'national' | 'waves' | 'clusters'>;
}

/** What `analyze` prints: records → applications, ecosystems, actions, most duplicated functions, savings. */
export function formatTerminalSummary(analysis: Analysis, knowledge: Knowledge, options: TerminalSummaryOptions): string {
  const t = translator(options.lang);
  const c = options.color ? chalk : new Chalk({ level: 0 });
  const table = (head: string[], numeric: number[]) =>
    new Table({
      head,
      colAligns: head.map((_, i) => (numeric.includes(i) ? 'right' : 'left')),
      chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
      style: options.color ? { head: ['cyan'] } : { head: [], border: [] },
    });
  const s = options.views?.national ?? nationalSummary(analysis);
  const share = (n: number) => t.percent(s.applications ? n / s.applications : 0);

  const eco = table([t.t('col.ecosystem'), t.t('col.apps'), t.t('col.share'), t.t('col.afterPlan')], [1, 2, 3]);
  for (const e of ECOSYSTEMS) eco.push([ecosystemLabel(t, e), t.number(s.ecosystems[e]), share(s.ecosystems[e]), t.number(s.remaining[e])]);

  const actionColor = { retire: c.red, migrate: c.blue, merge: c.yellow, retain: c.green } as const;
  const actions = table([t.t('col.action'), t.t('col.apps'), t.t('col.share'), t.t('col.savings')], [1, 2, 3]);
  for (const a of ACTIONS) {
    const saving = a === 'retain' ? '' : t.money(s.savings[a].annualCost);
    actions.push([actionColor[a](actionLabel(t, a)), t.number(s.actions[a]), share(s.actions[a]), saving]);
  }

  const dup = table([t.t('col.function'), t.t('col.apps'), t.t('col.governments'), t.t('col.merges'), t.t('col.platform')], [1, 2, 3]);
  for (const r of (options.views?.clusters ?? rankClusters(analysis, knowledge)).slice(0, options.top ?? 10)) {
    const platform = r.cluster.platformId ? (knowledge.platformById.get(r.cluster.platformId)?.name ?? r.cluster.platformId) : '–';
    dup.push([t.pick(r.label), t.number(r.liveApps), t.number(r.governments), t.number(r.actions.merge), platform]);
  }

  const savings = table([t.t('col.wave'), t.t('col.apps'), t.t('col.totalCost'), t.t('col.noCost')], [1, 2, 3]);
  for (const w of options.views?.waves ?? waves(analysis)) savings.push([waveTitle(t, w.wave), t.number(w.cost.apps), t.money(w.cost.annualCost), t.number(w.cost.appsWithoutCost)]);

  const headline = t.t('term.headline', { records: s.records, apps: s.applications, clusters: s.clusters, governments: s.governments });
  const sections: [string, { toString(): string }][] = [
    [t.t('section.ecosystems'), eco],
    [t.t('section.actions'), actions],
    [t.t('term.topDuplicated'), dup],
    [t.t('section.savings'), savings],
  ];
  return [c.bold(headline), '', ...sections.flatMap(([title, body]) => [c.bold(title), body.toString(), ''])].join('\n');
}

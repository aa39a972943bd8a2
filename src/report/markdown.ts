import type { Knowledge } from '../knowledge/taxonomy.js';
import { ACTIONS, ECOSYSTEMS, type Analysis, type AnalyzedApplication } from '../model/analysis.js';
import type { FileSummary } from '../model/inventory.js';
import { freedCost, functionLabel, planViews, type PlanViews, type WaveView } from '../plan/views.js';
import type { Lang } from '../knowledge/messages.js';
import { translator, type Translator } from './i18n.js';
import { sourceViews } from './sources.js';
import { actionLabel, appsById, costText, ecosystemLabel, effortLabel, targetText, waveTitle } from './vocabulary.js';

/** Rows shown per list in the document; the full lists are in plan.csv / plan.json. */
const TOP = 20;

/**
 * Makes a value inert in Markdown: table pipes, HTML (`<`, `>`, `&`) and the characters that start
 * emphasis, links, code or headings; line breaks become spaces so a value cannot break a table row.
 * Parentheses stay: without an unescaped `[` they cannot form a link.
 */
export function escapeMarkdown(value: unknown): string {
  return String(value ?? '')
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]#|~]/g, '\\$&')
    .replace(/^([-=+])/, '\\$1');
}

function table(header: string[], rows: unknown[][], align: ('l' | 'r')[] = []): string {
  const line = (cells: unknown[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  const rule = `|${header.map((_, i) => (align[i] === 'r' ? '---:' : '---')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function showing(t: Translator, shown: number, total: number): string[] {
  return shown < total ? ['', `_${escapeMarkdown(t.t('report.showing', { shown, total }))} ${escapeMarkdown(t.t('report.fullLists'))}_`] : [];
}

function summarySection(t: Translator, views: PlanViews, files: FileSummary[]): string[] {
  const s = views.national;
  const freed = freedCost(s.savings).annualCost;
  return [
    `## ${t.t('section.summary')}`,
    '',
    escapeMarkdown(t.t('intro.summary', { records: s.records, files: files.length, apps: s.applications, governments: s.governments, clusters: s.clusters })),
    '',
    table(
      ['', ''],
      [
        [t.t('metric.records'), t.number(s.records)],
        [t.t('metric.applications'), t.number(s.applications)],
        [t.t('metric.governments'), t.number(s.governments)],
        [t.t('metric.clusters'), t.number(s.clusters)],
        [t.t('metric.afterPlan'), t.number(s.actions.retain)],
        [t.t('metric.totalCost'), costText(t, s.totalCost)],
        [t.t('metric.savings'), t.money(freed)],
      ],
      ['l', 'r'],
    ),
  ];
}

function actionsSection(t: Translator, views: PlanViews): string[] {
  const s = views.national;
  const rows = ACTIONS.map((a) => {
    const saving = a === 'retain' ? null : s.savings[a];
    return [actionLabel(t, a), t.number(s.actions[a]), t.percent(s.applications ? s.actions[a] / s.applications : 0), saving ? t.money(saving.annualCost) : '', saving ? t.number(saving.appsWithoutCost) : ''];
  });
  return [
    `## ${t.t('section.actions')}`,
    '',
    escapeMarkdown(t.t('intro.actions')),
    '',
    table([t.t('col.action'), t.t('col.apps'), t.t('col.share'), t.t('col.savings'), t.t('col.noCost')], rows, ['l', 'r', 'r', 'r', 'r']),
  ];
}

function ecosystemsSection(t: Translator, views: PlanViews): string[] {
  const s = views.national;
  const rows = ECOSYSTEMS.map((e) => [ecosystemLabel(t, e), t.number(s.ecosystems[e]), t.number(s.remaining[e])]);
  return [
    `## ${t.t('section.ecosystems')}`,
    '',
    escapeMarkdown(t.t('intro.ecosystems')),
    '',
    table([t.t('col.ecosystem'), t.t('col.today'), t.t('col.afterPlan')], rows, ['l', 'r', 'r']),
  ];
}

function savingsSection(t: Translator, views: PlanViews): string[] {
  const rows = views.waves.map((w) => [waveTitle(t, w.wave), t.number(w.cost.apps), t.money(w.cost.annualCost), t.number(w.cost.appsWithoutCost)]);
  return [
    `## ${t.t('section.savings')}`,
    '',
    escapeMarkdown(t.t('intro.savings')),
    '',
    table([t.t('col.wave'), t.t('col.apps'), t.t('col.totalCost'), t.t('col.noCost')], rows, ['l', 'r', 'r', 'r']),
  ];
}

function waveSection(t: Translator, wave: WaveView, byId: ReadonlyMap<string, AnalyzedApplication>, knowledgeLabel: (fn: string) => string): string[] {
  const effort = (['low', 'medium', 'high'] as const).map((l) => `${effortLabel(t, l)} ${t.number(wave.effort[l])}`).join(' · ');
  const rows = wave.apps.slice(0, TOP).map((a) => [
    a.name,
    a.government,
    knowledgeLabel(a.function),
    targetText(a.action, a.target, byId),
    a.annualCost === null ? '–' : t.money(a.annualCost),
    `${effortLabel(t, a.effortLevel)} (${a.effort})`,
  ]);
  return [
    `### ${waveTitle(t, wave.wave)}`,
    '',
    `${escapeMarkdown(t.t('wave.savingsNote', { apps: wave.cost.apps, cost: costText(t, wave.cost) }))} · ${escapeMarkdown(t.t('col.effort'))}: ${escapeMarkdown(effort)}`,
    '',
    ...(wave.apps.length
      ? [table([t.t('col.app'), t.t('col.government'), t.t('col.function'), t.t('col.target'), t.t('col.annualCost'), t.t('col.effort')], rows, ['l', 'l', 'l', 'l', 'r', 'l']), ...showing(t, rows.length, wave.apps.length)]
      : [escapeMarkdown(t.t('report.none'))]),
  ];
}

function sharedSection(t: Translator, views: PlanViews): string[] {
  const list = views.sharedPlatforms;
  const top = list[0]?.score || 1;
  // In one government's report the national spread says more than the local count (always 1).
  const scoped = views.governments.length <= 1;
  const rows = list.slice(0, TOP).map((c) => [
    t.pick(c.label),
    scoped ? t.t('shared.spread', { governments: c.clusterGovernments }) : t.number(c.governments),
    t.number(c.apps),
    costText(t, c.cost),
    t.decimal((c.score / top) * 100),
    ...(scoped ? [] : [c.topGovernments.slice(0, 3).map((g) => `${g.name} (${g.apps})`).join(', ')]),
  ]);
  const header = [t.t('col.function'), t.t('col.governments'), t.t('col.apps'), t.t('col.annualCost'), t.t('col.score'), ...(scoped ? [] : [t.t('col.topGovernments')])];
  return [
    `## ${t.t('section.sharedPlatforms')}`,
    '',
    escapeMarkdown(t.t('intro.sharedPlatforms')),
    '',
    `_${escapeMarkdown(t.t('shared.score'))}_`,
    '',
    list.length
      ? table(header, rows, ['l', 'r', 'r', 'r', 'r', 'l'])
      : escapeMarkdown(t.t('report.none')),
    ...showing(t, rows.length, list.length),
  ];
}

function dataExchangeSection(t: Translator, views: PlanViews): string[] {
  const rows = views.dataExchange.map((d) => [
    t.pick(d.label),
    t.number(d.apps.length),
    t.number(d.governments),
    d.platform ? `${d.owner} (${d.platform.name})` : d.owner,
    d.elements.slice(0, 6).map((e) => t.pick(e.label)).join(', '),
  ]);
  return [
    `## ${t.t('section.dataExchange')}`,
    '',
    escapeMarkdown(t.t('intro.dataExchange')),
    '',
    rows.length ? table([t.t('col.domain'), t.t('col.apps'), t.t('col.governments'), t.t('col.owner'), t.t('col.elements')], rows, ['l', 'r', 'r', 'l', 'l']) : escapeMarkdown(t.t('report.none')),
  ];
}

function catalogueSection(t: Translator, views: PlanViews): string[] {
  const out = [`## ${t.t('section.catalogue')}`, '', escapeMarkdown(t.t('intro.catalogue'))];
  for (const need of views.catalogue) {
    out.push('', `### ${escapeMarkdown(t.pick(need.label))}`, '', `_${escapeMarkdown(t.pick(need.description))}_`, '');
    for (const f of need.functions) {
      const servedBy = f.platform
        ? t.t('catalogue.platform', { platform: f.platform.name })
        : `${t.t('catalogue.noPlatform')}; ${t.t('catalogue.localApps', { apps: f.apps, governments: f.governments })}${f.examples.length ? ` (${t.t('catalogue.examples', { names: f.examples.join(', ') })})` : ''}`;
      out.push(`- **${escapeMarkdown(t.pick(f.label))}**: ${escapeMarkdown(servedBy)}`);
    }
  }
  return out;
}

function clustersSection(t: Translator, analysis: Analysis, views: PlanViews, knowledge: Knowledge): string[] {
  const ranked = views.clusters.slice(0, TOP);
  const rows = ranked.map((r) => [
    t.pick(r.label),
    t.t(`origin.${r.cluster.origin}`),
    ecosystemLabel(t, r.cluster.ecosystem),
    t.number(r.liveApps),
    t.number(r.governments),
    t.number(r.actions.merge),
    r.cluster.platformId ? (knowledge.platformById.get(r.cluster.platformId)?.name ?? r.cluster.platformId) : '–',
  ]);
  return [
    `## ${t.t('section.clusters')}`,
    '',
    escapeMarkdown(t.t('intro.clusters')),
    '',
    table([t.t('col.function'), t.t('col.origin'), t.t('col.ecosystem'), t.t('col.apps'), t.t('col.governments'), t.t('col.merges'), t.t('col.platform')], rows, ['l', 'l', 'l', 'r', 'r', 'r', 'l']),
    ...showing(t, rows.length, analysis.clusters.length),
  ];
}

function governmentsSection(t: Translator, views: PlanViews): string[] {
  const list = views.governments;
  if (list.length < 2) return [];
  const rows = list.slice(0, TOP).map((g) => [
    g.name,
    t.number(g.applications),
    ...ACTIONS.map((a) => t.number(g.actions[a])),
    t.money(freedCost(g.savings).annualCost),
  ]);
  return [
    `## ${t.t('section.governments')}`,
    '',
    escapeMarkdown(t.t('intro.governments')),
    '',
    table([t.t('col.government'), t.t('col.apps'), ...ACTIONS.map((a) => actionLabel(t, a)), t.t('col.savings')], rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r']),
    ...showing(t, rows.length, list.length),
  ];
}

/** The registries read, their row counts, and what the tool noticed or assumed in each. */
function sourcesSection(t: Translator, files: readonly FileSummary[]): string[] {
  if (files.length === 0) return [];
  const sources = sourceViews(t, files);
  const rows = sources.map((s) => [s.source, s.format, s.rowsRead, s.accepted, s.rejected]);
  const notes = sources
    .filter((s) => s.notes.length > 0)
    .flatMap((s) => [`- **${escapeMarkdown(s.source)}**`, ...s.notes.map((n) => `  - ${escapeMarkdown(n)}`)]);
  return [
    `## ${t.t('section.sources')}`,
    '',
    escapeMarkdown(t.t('intro.sources')),
    '',
    table([t.t('col.source'), t.t('col.format'), t.t('col.rowsRead'), t.t('col.accepted'), t.t('col.rejected')], rows, ['l', 'l', 'r', 'r', 'r']),
    ...(notes.length ? ['', `**${escapeMarkdown(t.t('col.notes'))}**`, '', ...notes] : []),
  ];
}

export interface MarkdownOptions {
  lang: Lang;
  files: FileSummary[];
  /** Name of the scope when the analysis was restricted to one government. */
  scope?: string;
  generatedAt?: Date;
  views?: PlanViews;
}

/** report.md: the plan as a document a planner can hand on. */
/** Applications where an analyst decided the link, function, ecosystem or action (--decisions). */
function humanDecisionsSection(t: Translator, analysis: Analysis): string[] {
  const decided = analysis.applications.filter((a) => a.decision.human || a.fn.human || a.eco.human);
  const links = analysis.pairs.filter((p) => p.human).length;
  if (decided.length === 0 && links === 0) return [];
  const rows = decided.map((a) => {
    const what = [a.fn.human && a.fn.reasons[0], a.eco.human && a.eco.reasons[0], a.decision.human && a.decision.reasons[0]].filter(Boolean).join('; ');
    return [a.name, a.appId, a.government.name, actionLabel(t, a.decision.action), what];
  });
  return [
    `## ${t.t('section.humanDecisions')}`,
    '',
    escapeMarkdown(t.t('intro.humanDecisions', { apps: decided.length, links })),
    '',
    ...(rows.length ? [table([t.t('col.app'), 'app_id', t.t('col.government'), t.t('col.action'), t.t('col.decision')], rows)] : []),
    '',
  ];
}

export function markdownReport(analysis: Analysis, knowledge: Knowledge, options: MarkdownOptions): string {
  const t = translator(options.lang);
  const views = options.views ?? planViews(analysis, knowledge);
  const byId = appsById(analysis);
  const label = (fn: string) => t.pick(functionLabel(fn, knowledge, analysis.clusters));
  const date = (options.generatedAt ?? new Date()).toISOString().slice(0, 10);
  const sources = options.files.map((f) => `${f.source} (${t.number(f.accepted)})`).join(', ');
  const lines = [
    `# ${escapeMarkdown(t.t('report.title'))}`,
    '',
    `_${escapeMarkdown(t.t('report.tagline', { apps: views.national.applications }))}_`,
    '',
    `**${escapeMarkdown(t.t('report.scope'))}:** ${escapeMarkdown(options.scope ?? t.t('report.national'))} · **${escapeMarkdown(t.t('report.generated'))}:** ${date}` +
      (sources ? ` · **${escapeMarkdown(t.t('report.sources'))}:** ${escapeMarkdown(sources)}` : ''),
    '',
    ...[
      summarySection(t, views, options.files),
      actionsSection(t, views),
      ecosystemsSection(t, views),
      savingsSection(t, views),
      [
        `## ${t.t('section.waves')}`,
        '',
        escapeMarkdown(t.t('intro.waves')),
        '',
        `_${escapeMarkdown(t.t('effort.definition'))}_`,
        ...views.waves.flatMap((w) => ['', ...waveSection(t, w, byId, label)]),
      ],
      sharedSection(t, views),
      dataExchangeSection(t, views),
      catalogueSection(t, views),
      clustersSection(t, analysis, views, knowledge),
      governmentsSection(t, views),
    ].flatMap((section) => [...section, '']),
    ...humanDecisionsSection(t, analysis),
    ...sourcesSection(t, options.files),
    '',
    '---',
    '',
    `_${escapeMarkdown(t.t('report.method'))} ${escapeMarkdown(t.t('report.fullLists'))}_`,
    '',
  ];
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

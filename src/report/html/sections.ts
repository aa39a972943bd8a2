/** The report's server-rendered parts: headline figures, charts and the planner views. Every value escaped. */
import { ACTIONS, ECOSYSTEMS, type Analysis, type AnalyzedApplication } from '../../model/analysis.js';
import type { FileSummary } from '../../model/inventory.js';
import { freedCost, type PlanViews, type WaveView } from '../../plan/views.js';
import type { Translator } from '../i18n.js';
import { sourceViews } from '../sources.js';
import { actionLabel, appsById, costText, ecosystemLabel, effortLabel, targetText, waveTitle } from '../vocabulary.js';
import { barChart } from './charts.js';
import { escapeHtml as h } from './escape.js';
import { ACTION_COLORS, ECOSYSTEM_COLORS, WAVE_COLORS } from './style.js';

const WAVE_ROWS = 10;
const SHARED_ROWS = 25;
const CHART_FUNCTIONS = 12;

function table(headers: { text: string; num?: boolean }[], rows: string[][]): string {
  const head = headers.map((c) => `<th${c.num ? ' class="num"' : ''}>${h(c.text)}</th>`).join('');
  const body = rows.map((r) => `<tr class="data-row">${r.map((cell, i) => `<td${headers[i]?.num ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`).join('');
  return `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function showing(t: Translator, shown: number, total: number): string {
  return shown < total ? `<p class="note">${h(t.t('report.showing', { shown, total }))} ${h(t.t('report.fullLists'))}</p>` : '';
}


export function kpiSection(t: Translator, views: PlanViews, fileCount: number): string {
  const s = views.national;
  const { annualCost: freed, appsWithoutCost: noCost } = freedCost(s.savings);
  const left = s.actions.retain;
  const drop = s.applications ? 1 - left / s.applications : 0;
  const kpi = (label: string, value: string, sub = '', highlight = false) =>
    `<div class="kpi${highlight ? ' highlight' : ''}"><div class="value">${h(value)}</div><div class="label">${h(label)}</div>${sub ? `<div class="sub">${h(sub)}</div>` : ''}</div>`;
  return (
    `<section id="summary"><h2>${h(t.t('section.summary'))}</h2>` +
    `<p class="intro">${h(t.t('intro.summary', { records: s.records, files: fileCount, apps: s.applications, governments: s.governments, clusters: s.clusters }))}</p>` +
    `<div class="kpis">` +
    kpi(t.t('metric.applications'), t.number(s.applications), `${t.t('metric.records')}: ${t.number(s.records)}`) +
    kpi(t.t('metric.governments'), t.number(s.governments)) +
    kpi(t.t('metric.clusters'), t.number(s.clusters)) +
    kpi(t.t('metric.afterPlan'), t.number(left), `−${t.percent(drop)}`, true) +
    kpi(t.t('metric.savings'), t.money(freed), noCost ? t.t('metric.noCost', { apps: noCost }) : '', true) +
    kpi(t.t('metric.totalCost'), t.money(s.totalCost.annualCost), s.totalCost.appsWithoutCost ? t.t('metric.noCost', { apps: s.totalCost.appsWithoutCost }) : '') +
    `</div></section>`
  );
}

export function chartsSection(t: Translator, views: PlanViews): string {
  const s = views.national;
  const share = (n: number) => (s.applications ? ` (${t.percent(n / s.applications)})` : '');
  const actions = barChart({
    id: 'chart-actions',
    format: t.number,
    title: t.t('chart.actions'),
    bars: ACTIONS.map((a) => ({ label: actionLabel(t, a), segments: [{ value: s.actions[a], color: ACTION_COLORS[a], name: actionLabel(t, a) }], valueText: `${t.number(s.actions[a])}${share(s.actions[a])}` })),
  });
  const ecosystems = barChart({
    id: 'chart-ecosystems',
    format: t.number,
    title: t.t('chart.ecosystems'),
    legend: [
      { name: t.t('col.afterPlan'), color: '#475569' },
      { name: t.t('chart.removed'), color: '#475569', faded: true },
    ],
    bars: ECOSYSTEMS.map((e) => ({
      label: ecosystemLabel(t, e),
      segments: [
        { value: s.remaining[e], color: ECOSYSTEM_COLORS[e], name: t.t('col.afterPlan') },
        { value: s.ecosystems[e] - s.remaining[e], color: ECOSYSTEM_COLORS[e], name: t.t('chart.removed'), faded: true },
      ],
      valueText: `${t.number(s.ecosystems[e])} → ${t.number(s.remaining[e])}`,
    })),
  });
  const ranked = views.clusters.slice(0, CHART_FUNCTIONS);
  const functions = barChart({
    id: 'chart-functions',
    format: t.number,
    title: t.t('chart.topFunctions'),
    legend: (['migrate', 'merge', 'retain'] as const).map((a) => ({ name: actionLabel(t, a), color: ACTION_COLORS[a] })),
    bars: ranked.map((r) => ({
      label: t.pick(r.label),
      segments: (['migrate', 'merge', 'retain'] as const).map((a) => ({ value: r.actions[a], color: ACTION_COLORS[a], name: actionLabel(t, a) })),
      valueText: t.number(r.liveApps),
    })),
  });
  const savings = barChart({
    id: 'chart-savings',
    format: t.money,
    title: t.t('chart.savings'),
    bars: views.waves.map((w, i) => ({
      label: t.t('wave.short', { wave: w.wave }) + (w.wave === 4 ? ` (${t.t('wave.potential')})` : ''),
      segments: [{ value: w.cost.annualCost, color: WAVE_COLORS[i]!, name: waveTitle(t, w.wave) }],
      valueText: t.money(w.cost.annualCost),
      muted: w.wave === 4,
    })),
  });
  return (
    `<section id="overview"><h2>${h(t.t('section.charts'))}</h2>` +
    `<p class="intro">${h(t.t('intro.actions'))}</p>` +
    `<div class="charts">${actions}${ecosystems}${functions}${savings}</div>` +
    `<p class="note">${h(t.t('intro.ecosystems'))} ${h(t.t('intro.savings'))}</p></section>`
  );
}

function waveCard(t: Translator, wave: WaveView, byId: ReadonlyMap<string, AnalyzedApplication>, fnLabel: (fn: string) => string): string {
  const effort = (['low', 'medium', 'high'] as const).map((l) => `${effortLabel(t, l)} ${t.number(wave.effort[l])}`).join(' · ');
  // Retired apps and shared-platform candidates have no target to show.
  const hasTarget = wave.wave === 2 || wave.wave === 3;
  const rows = wave.apps.slice(0, WAVE_ROWS).map((a) => [
    h(a.name),
    h(a.government),
    h(fnLabel(a.function)),
    ...(hasTarget ? [h(targetText(a.action, a.target, byId))] : []),
    h(a.annualCost === null ? '–' : t.money(a.annualCost)),
    h(`${effortLabel(t, a.effortLevel)} (${a.effort})`),
  ]);
  const headers = [
    { text: t.t('col.app') },
    { text: t.t('col.government') },
    { text: t.t('col.function') },
    ...(hasTarget ? [{ text: t.t('col.target') }] : []),
    { text: t.t('col.annualCost'), num: true },
    { text: t.t('col.effort') },
  ];
  const body = wave.apps.length
    ? table(headers, rows) + showing(t, rows.length, wave.apps.length)
    : `<p class="empty">${h(t.t('report.none'))}</p>`;
  const button = wave.apps.length ? `<p><button type="button" class="show-wave" data-wave="${wave.wave}">${h(t.t('ui.showInTable'))}</button></p>` : '';
  return (
    `<div class="card wave" style="--wave:${WAVE_COLORS[wave.wave - 1]}"><h3>${h(waveTitle(t, wave.wave))}</h3>` +
    `<div class="stats">${h(t.t('wave.savingsNote', { apps: wave.cost.apps, cost: costText(t, wave.cost) }))} · ${h(t.t('col.effort'))}: ${h(effort)}</div>${body}${button}</div>`
  );
}

export function wavesSection(t: Translator, analysis: Analysis, views: PlanViews, fnLabel: (fn: string) => string): string {
  const byId = appsById(analysis);
  return (
    `<section id="waves"><h2>${h(t.t('section.waves'))}</h2><p class="intro">${h(t.t('intro.waves'))}</p>` +
    `<p class="note">${h(t.t('effort.definition'))}</p>` +
    `<div class="stack">${views.waves.map((w) => waveCard(t, w, byId, fnLabel)).join('')}</div></section>`
  );
}

export function sharedPlatformsSection(t: Translator, views: PlanViews): string {
  const list = views.sharedPlatforms;
  const top = list[0]?.score || 1;
  // In one government's report the national spread says more than the local count (always 1).
  const scoped = views.governments.length <= 1;
  const rows = list.slice(0, SHARED_ROWS).map((c) => [
    `<strong>${h(t.pick(c.label))}</strong><br><span class="sub">${c.origin === 'discovered' ? `${h(t.t('origin.discovered'))} · ` : ''}${h(ecosystemLabel(t, c.ecosystem))}</span>`,
    h(scoped ? t.t('shared.spread', { governments: c.clusterGovernments }) : t.number(c.governments)),
    h(t.number(c.apps)),
    h(t.money(c.cost.annualCost)) + (c.cost.appsWithoutCost ? `<br><span class="sub">${h(t.t('metric.noCost', { apps: c.cost.appsWithoutCost }))}</span>` : ''),
    `<span class="score"><span class="score-bar" style="width:${Math.max(2, Math.round((c.score / top) * 60))}px"></span>${h(t.decimal((c.score / top) * 100))}</span>`,
    ...(scoped ? [] : [h(c.topGovernments.slice(0, 3).map((g) => `${g.name} (${g.apps})`).join(', '))]),
  ]);
  const body = list.length
    ? table(
        [
          { text: t.t('col.function') },
          { text: t.t('col.governments'), num: true },
          { text: t.t('col.apps'), num: true },
          { text: t.t('col.annualCost'), num: true },
          { text: t.t('col.score'), num: true },
          ...(scoped ? [] : [{ text: t.t('col.topGovernments') }]),
        ],
        rows,
      ) + showing(t, rows.length, list.length)
    : `<p class="empty">${h(t.t('report.none'))}</p>`;
  return `<section id="shared-platforms"><h2>${h(t.t('section.sharedPlatforms'))}</h2><p class="intro">${h(t.t('intro.sharedPlatforms'))}</p><p class="note">${h(t.t('shared.score'))}</p>${body}</section>`;
}

export function dataExchangeSection(t: Translator, views: PlanViews): string {
  const rows = views.dataExchange.map((d) => [
    `<strong>${h(t.pick(d.label))}</strong>`,
    h(t.number(d.apps.length)),
    h(t.number(d.governments)),
    h(t.t('dx.readFrom', { owner: d.owner })) + (d.platform ? ` <span class="pill platform">${h(d.platform.name)}</span>` : ''),
    d.elements
      .slice(0, 8)
      .map((e) => `<span class="pill">${h(t.pick(e.label))} · ${h(t.number(e.apps))}</span>`)
      .join(' '),
  ]);
  const body = rows.length
    ? table([{ text: t.t('col.domain') }, { text: t.t('col.apps'), num: true }, { text: t.t('col.governments'), num: true }, { text: t.t('col.owner') }, { text: t.t('col.elements') }], rows)
    : `<p class="empty">${h(t.t('report.none'))}</p>`;
  return `<section id="data-exchange"><h2>${h(t.t('section.dataExchange'))}</h2><p class="intro">${h(t.t('intro.dataExchange'))}</p>${body}</section>`;
}

export function catalogueSection(t: Translator, views: PlanViews): string {
  const needs = views.catalogue.map((need) => {
    const items = need.functions.map((f) => {
      const served = f.platform
        ? `<span class="pill platform">${h(t.t('catalogue.platform', { platform: f.platform.name }))}</span>` +
          (f.apps ? ` <span class="served">${h(t.t('catalogue.moving', { apps: f.apps }))}</span>` : '')
        : `<span class="pill local">${h(t.t('catalogue.localApps', { apps: f.apps, governments: f.governments }))}</span>` +
          (f.examples.length ? ` <span class="served">${h(t.t('catalogue.examples', { names: f.examples.join(', ') }))}</span>` : '');
      return `<li><strong>${h(t.pick(f.label))}</strong> ${served}</li>`;
    });
    return `<div class="need"><h3>${h(t.pick(need.label))}</h3><p class="note">${h(t.pick(need.description))}</p><ul>${items.join('')}</ul></div>`;
  });
  return (
    `<section id="catalogue"><h2>${h(t.t('section.catalogue'))}</h2><p class="intro">${h(t.t('intro.catalogue'))}</p>` +
    (needs.length ? `<div class="cards">${needs.join('')}</div>` : `<p class="empty">${h(t.t('report.none'))}</p>`) +
    `</section>`
  );
}

/** A heading, an introduction and an empty box the browser code fills with a lazy table. */
export function lazyTableSection(t: Translator, id: string, tableId: string, title: string, intro: string): string {
  return `<section id="${h(id)}"><h2>${h(title)}</h2><p class="intro">${h(intro)}</p><div class="lazy-table" id="${h(tableId)}"><noscript>${h(t.t('report.fullLists'))}</noscript></div></section>`;
}

/** The registries read, their row counts, and what the tool noticed or assumed in each. */
export function sourcesSection(t: Translator, files: readonly FileSummary[]): string {
  const rows = sourceViews(t, files).map((s) => [
    `<strong>${h(s.source)}</strong>`,
    h(s.format),
    h(s.rowsRead),
    h(s.accepted),
    h(s.rejected),
    s.notes.length ? `<ul class="notes">${s.notes.map((n) => `<li>${h(n)}</li>`).join('')}</ul>` : '',
  ]);
  const headers = [
    { text: t.t('col.source') },
    { text: t.t('col.format') },
    { text: t.t('col.rowsRead'), num: true },
    { text: t.t('col.accepted'), num: true },
    { text: t.t('col.rejected'), num: true },
    { text: t.t('col.notes') },
  ];
  return `<section id="sources"><h2>${h(t.t('section.sources'))}</h2><p class="intro">${h(t.t('intro.sources'))}</p>${table(headers, rows)}</section>`;
}

import { createHash } from 'node:crypto';
import type { Knowledge } from '../knowledge/taxonomy.js';
import type { Analysis } from '../model/analysis.js';
import type { FileSummary } from '../model/inventory.js';
import { functionLabel, planViews, type PlanViews } from '../plan/views.js';
import { CLIENT_JS } from './html/client.js';
import { escapeHtml as h, jsonForScript } from './html/escape.js';
import { buildPayload } from './html/payload.js';
import {
  catalogueSection,
  chartsSection,
  dataExchangeSection,
  kpiSection,
  lazyTableSection,
  sharedPlatformsSection,
  sourcesSection,
  wavesSection,
} from './html/sections.js';
import { CSS } from './html/style.js';
import type { Lang } from '../knowledge/messages.js';
import { translator } from './i18n.js';

export interface HtmlOptions {
  lang: Lang;
  files: FileSummary[];
  /** Name of the scope when the analysis was restricted to one government. */
  scope?: string;
  generatedAt?: Date;
  views?: PlanViews;
}

/**
 * report.html: one self-contained page (inline CSS, JS and SVG; nothing fetched). A Content Security
 * Policy allows only the report's own script, by hash, so even a value that escaped escaping could not run.
 */
export function htmlReport(analysis: Analysis, knowledge: Knowledge, options: HtmlOptions): string {
  const t = translator(options.lang);
  const views = options.views ?? planViews(analysis, knowledge);
  const fnLabel = (fn: string) => t.pick(functionLabel(fn, knowledge, analysis.clusters));
  const payload = buildPayload(analysis, knowledge, views, t);
  const scriptHash = createHash('sha256').update(CLIENT_JS).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${scriptHash}'`;
  const generated = (options.generatedAt ?? new Date()).toISOString().slice(0, 10);
  const scope = options.scope ?? t.t('report.national');
  const sources = options.files.map((f) => `${f.source} (${t.number(f.accepted)})`).join(', ');
  const multiGovernment = views.governments.length > 1;

  const nav = [
    ['summary', t.t('section.summary')],
    ['overview', t.t('section.charts')],
    ['waves', t.t('section.waves')],
    ['shared-platforms', t.t('section.sharedPlatforms')],
    ['data-exchange', t.t('section.dataExchange')],
    ['catalogue', t.t('section.catalogue')],
    ...(multiGovernment ? [['governments', t.t('section.governments')]] : []),
    ['clusters', t.t('section.clusters')],
    ['applications', t.t('section.applications')],
    ['redirects', t.t('section.redirects')],
    ['sources', t.t('section.sources')],
  ]
    .map(([id, title]) => `<a href="#${h(id)}">${h(title)}</a>`)
    .join('');

  return `<!doctype html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${h(csp)}">
<link rel="icon" href="data:,">
<title>${h(t.t('report.title'))} · ${h(scope)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="cover">
<div class="eyebrow">satupintu · SPBE</div>
<h1>${h(t.t('report.title'))}</h1>
<p class="tagline">${h(t.t('report.tagline', { apps: views.national.applications }))}</p>
<div class="meta">${h(t.t('report.scope'))}: <strong>${h(scope)}</strong> · ${h(t.t('report.generated'))}: ${h(generated)}${sources ? ` · ${h(t.t('report.sources'))}: ${h(sources)}` : ''}</div>
</header>
<nav class="toc">${nav}</nav>
<main>
${kpiSection(t, views, options.files.length)}
${chartsSection(t, views)}
${wavesSection(t, analysis, views, fnLabel)}
${sharedPlatformsSection(t, views)}
${dataExchangeSection(t, views)}
${catalogueSection(t, views)}
${multiGovernment ? lazyTableSection(t, 'governments', 'governments-table', t.t('section.governments'), t.t('intro.governments')) : ''}
${lazyTableSection(t, 'clusters', 'clusters-table', t.t('section.clusters'), t.t('intro.clusters'))}
${lazyTableSection(t, 'applications', 'apps-table', t.t('section.applications'), t.t('intro.applications'))}
${lazyTableSection(t, 'redirects', 'redirects-table', t.t('section.redirects'), t.t('intro.redirects'))}
${sourcesSection(t, options.files)}
</main>
<footer>${h(t.t('report.method'))} ${h(t.t('report.fullLists'))}</footer>
<script type="application/json" id="report-data">${jsonForScript(payload)}</script>
<script>${CLIENT_JS}</script>
</body>
</html>
`;
}

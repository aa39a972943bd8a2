import { z } from 'zod';
import { loadKnowledge } from '../knowledge/load.js';
import type { Lang } from '../knowledge/messages.js';
import { compileTemplate, type CompiledTemplate, type TemplateVars } from '../knowledge/template.js';


/**
 * Every report string's key. data/labels.yaml must define exactly these (checked when loading),
 * so a missing or misspelt translation fails at start-up rather than printing a key in a report.
 */
export const LABEL_KEYS = [
  'report.title',
  'report.tagline',
  'report.national',
  'report.scope',
  'report.generated',
  'report.sources',
  'report.fullLists',
  'report.showing',
  'report.none',
  'report.method',
  'section.summary',
  'section.humanDecisions',
  'section.sources',
  'intro.sources',
  'col.format',
  'col.rowsRead',
  'col.accepted',
  'col.rejected',
  'col.notes',
  'intro.humanDecisions',
  'col.decision',
  'section.actions',
  'section.ecosystems',
  'section.savings',
  'section.waves',
  'section.sharedPlatforms',
  'section.dataExchange',
  'section.catalogue',
  'section.clusters',
  'section.governments',
  'section.applications',
  'section.redirects',
  'section.charts',
  'intro.summary',
  'intro.actions',
  'intro.ecosystems',
  'intro.savings',
  'intro.waves',
  'intro.sharedPlatforms',
  'intro.dataExchange',
  'intro.catalogue',
  'intro.clusters',
  'intro.applications',
  'intro.redirects',
  'intro.governments',
  'metric.records',
  'metric.applications',
  'metric.governments',
  'metric.clusters',
  'metric.savings',
  'metric.afterPlan',
  'metric.totalCost',
  'metric.noCost',
  'action.retire',
  'action.migrate',
  'action.merge',
  'action.retain',
  'ecosystem.direct',
  'ecosystem.mobile',
  'ecosystem.self',
  'ecosystem.electronic',
  'ecosystem.internal',
  'wave.1',
  'wave.2',
  'wave.3',
  'wave.4',
  'wave.short',
  'wave.none',
  'wave.savingsNote',
  'wave.potential',
  'effort.low',
  'effort.medium',
  'effort.high',
  'effort.definition',
  'status.active',
  'status.inactive',
  'status.development',
  'status.proposed',
  'status.unknown',
  'origin.taxonomy',
  'origin.discovered',
  'col.app',
  'col.appId',
  'col.name',
  'col.government',
  'col.function',
  'col.ecosystem',
  'col.action',
  'col.target',
  'col.wave',
  'col.annualCost',
  'col.monthlyUsers',
  'col.records',
  'col.effort',
  'col.confidence',
  'col.status',
  'col.apps',
  'col.governments',
  'col.score',
  'col.cluster',
  'col.origin',
  'col.platform',
  'col.owner',
  'col.elements',
  'col.domain',
  'col.oldUrl',
  'col.newHome',
  'col.count',
  'col.share',
  'col.savings',
  'col.noCost',
  'col.need',
  'col.servedBy',
  'col.merges',
  'col.today',
  'col.afterPlan',
  'col.source',
  'col.sourceId',
  'col.signal',
  'col.level',
  'col.weight',
  'col.reasons',
  'col.topGovernments',
  'col.totalCost',
  'shared.score',
  'shared.spread',
  'dx.readFrom',
  'dx.apps',
  'need.other',
  'need.otherDescription',
  'catalogue.platform',
  'catalogue.localApps',
  'catalogue.noPlatform',
  'catalogue.moving',
  'catalogue.examples',
  'redirect.archive',
  'redirect.survivor',
  'redirect.platform',
  'chart.actions',
  'chart.ecosystems',
  'chart.topFunctions',
  'chart.savings',
  'chart.removed',
  'ui.search',
  'ui.allActions',
  'ui.allEcosystems',
  'ui.allWaves',
  'ui.prev',
  'ui.next',
  'ui.page',
  'ui.noRows',
  'ui.details',
  'ui.evidence',
  'ui.singleRecord',
  'ui.registryRecords',
  'ui.reasons.decision',
  'ui.reasons.function',
  'ui.reasons.ecosystem',
  'ui.showInTable',
  'ui.sortHint',
  'ui.pairScore',
  'term.headline',
  'term.topDuplicated',
  'term.wrote',
  'money.currency',
  'money.million',
  'money.billion',
  'money.trillion',
  'explain.government',
  'explain.unknown',
  'explain.records',
  'explain.line',
  'explain.links',
  'explain.linked',
  'explain.notLinked',
  'explain.analystSaid',
  'explain.blocking',
  'explain.cluster',
  'explain.discovered',
  'explain.byAnalyst',
  'explain.clusterSize',
  'explain.ecosystem',
  'explain.action',
  'explain.wave',
  'explain.masterData',
  'explain.owner',
] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];

const Label = z.object({ id: z.string().min(1), en: z.string().min(1) }).strict();
export const LabelsSchema = z
  .object(Object.fromEntries(LABEL_KEYS.map((k) => [k, Label])) as Record<LabelKey, typeof Label>)
  .strict();

export type Vars = TemplateVars;

export interface Translator {
  lang: Lang;
  /** The label for `key`, `{name}` placeholders filled from vars (numbers formatted for the language); `{name?one|many}` picks a word by whether vars.name is 1. */
  t(key: LabelKey, vars?: Vars): string;
  /** Picks the language's side of a knowledge label ({id, en}). */
  pick(label: { id: string; en: string }): string;
  number(n: number): string;
  /** One decimal at most: 5,7 / 5.7. */
  decimal(n: number): string;
  /** Rupiah, rounded to the largest fitting unit: `Rp 1,5 miliar` / `IDR 1.5 billion`. */
  money(n: number): string;
  percent(share: number): string;
}


export function loadLabels(): Record<LabelKey, { id: string; en: string }> {
  return loadKnowledge('labels.yaml', LabelsSchema);
}

export function translator(lang: Lang): Translator {
  const labels = loadLabels();
  const locale = lang === 'id' ? 'id-ID' : 'en-US';
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const short = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const number = (n: number) => whole.format(n);
  const compiled = new Map<LabelKey, CompiledTemplate>();
  const t = (key: LabelKey, vars: Vars = {}) => {
    let fill = compiled.get(key);
    if (!fill) compiled.set(key, (fill = compileTemplate(labels[key][lang])));
    return fill(vars, number);
  };
  const money = (n: number) => {
    const currency = t('money.currency');
    const units: [number, LabelKey][] = [
      [1e12, 'money.trillion'],
      [1e9, 'money.billion'],
      [1e6, 'money.million'],
    ];
    for (const [size, key] of units) if (Math.abs(n) >= size) return `${currency} ${short.format(n / size)} ${t(key)}`;
    return `${currency} ${number(n)}`;
  };
  return {
    lang,
    t,
    pick: (label) => label[lang],
    number,
    decimal: (n) => short.format(n),
    money,
    percent: (share) => `${short.format(share * 100)}%`,
  };
}

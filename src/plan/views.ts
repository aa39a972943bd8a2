/**
 * Planner views over an Analysis: pure functions, no I/O, no language. Reports render them.
 *
 * Definitions the views rely on:
 * - savings: the sum of `annualCost` of the apps an action switches off (retire, merge, migrate);
 *   apps with no cost in any registry are counted in `appsWithoutCost`, never guessed;
 * - effort points: data elements to move + 2 per master-data copy to reconcile with its owner + 1 per
 *   extra registry listing the app (more owners to talk to); low ≤ 2, medium ≤ 6, high above. A wave
 *   lists low-effort apps first and, within a level, the biggest saving first;
 * - shared-platform score: governments × apps × annual cost in millions of rupiah (at least 1, so a
 *   widespread function with no cost data still ranks by its spread); in a one-government analysis
 *   "governments" is the function's national spread (the cluster's `governments`).
 */
import { diceCoefficient } from '../util/dice.js';
import type { Knowledge } from '../knowledge/taxonomy.js';
import {
  ACTIONS,
  ECOSYSTEMS,
  type Action,
  type Analysis,
  type AnalyzedApplication,
  type Ecosystem,
  type FunctionCluster,
} from '../model/analysis.js';
import type { GovernmentLevel } from '../model/inventory.js';
import { loadLabels } from '../report/i18n.js';
import { InputError } from '../util/errors.js';
import { functionLabel, functionLabeller } from './function-label.js';

export { functionLabel };
import { compactKey, fold } from '../util/text.js';

export const FREEING_ACTIONS = ['retire', 'merge', 'migrate'] as const;
export type FreeingAction = (typeof FREEING_ACTIONS)[number];
export const CITIZEN_ECOSYSTEMS = ['direct', 'mobile', 'self', 'electronic'] as const;
export type CitizenEcosystem = (typeof CITIZEN_ECOSYSTEMS)[number];
export const WAVES = [1, 2, 3, 4] as const;
export type WaveNumber = (typeof WAVES)[number];
export type EffortLevel = 'low' | 'medium' | 'high';
export interface Label {
  id: string;
  en: string;
}

export interface CostTotal {
  apps: number;
  annualCost: number;
  appsWithoutCost: number;
}

export interface ScopeSummary {
  /** `national` for the whole analysis, else the government's code. */
  code: string;
  name: string;
  level: GovernmentLevel | 'national';
  records: number;
  applications: number;
  governments: number;
  clusters: number;
  actions: Record<Action, number>;
  ecosystems: Record<Ecosystem, number>;
  /** Apps per ecosystem that remain (retain) after the plan. */
  remaining: Record<Ecosystem, number>;
  /** Citizen-facing apps per ecosystem today, and how many remain (retain) after the plan. */
  citizenFacing: Record<CitizenEcosystem, { apps: number; afterPlan: number }>;
  /** Annual cost the action would free. */
  savings: Record<FreeingAction, CostTotal>;
  totalCost: CostTotal;
}

export interface WaveItem {
  appId: string;
  name: string;
  government: string;
  governmentCode: string;
  function: string;
  clusterId: string;
  action: Action;
  /** Platform name (migrate), survivor app id (merge), empty otherwise. */
  target: string;
  annualCost: number | null;
  monthlyUsers: number | null;
  records: number;
  effort: number;
  effortLevel: EffortLevel;
}

export interface WaveView {
  wave: WaveNumber;
  apps: WaveItem[];
  cost: CostTotal;
  effort: Record<EffortLevel, number>;
}

export interface SharedPlatformCandidate {
  clusterId: string;
  function: string;
  label: Label;
  origin: FunctionCluster['origin'];
  ecosystem: Ecosystem;
  /** Governments in this analysis running a live app of the function. */
  governments: number;
  /** The cluster's spread over the full analysis (differs from `governments` in a scoped analysis). */
  clusterGovernments: number;
  apps: number;
  cost: CostTotal;
  score: number;
  /** Governments with the most apps of the function, up to five. */
  topGovernments: { name: string; apps: number }[];
}

export interface DataExchangeDomain {
  domain: string;
  label: Label;
  /** The body to read the data from instead of collecting it again. */
  owner: string;
  platform: { id: string; name: string } | null;
  governments: number;
  apps: { appId: string; name: string; government: string; elements: string[] }[];
  /** Elements re-collected, with how many apps hold each, most common first. */
  elements: { id: string; label: Label; apps: number }[];
}

export interface CatalogueFunction {
  function: string;
  label: Label;
  platform: { id: string; name: string; url: string | null } | null;
  /** Live (not retired) citizen-facing apps of the function. */
  apps: number;
  governments: number;
  ecosystems: Partial<Record<CitizenEcosystem, number>>;
  /** Most used apps, up to three, when no national platform serves the function. */
  examples: string[];
}

export interface CatalogueNeed {
  /** Need id, `other` for functions with no need (discovered clusters among them). */
  need: string;
  label: Label;
  description: Label;
  apps: number;
  functions: CatalogueFunction[];
}

export type RedirectHomeKind = 'platform' | 'survivor' | 'archive';

export interface Redirect {
  oldUrl: string;
  /** Platform or survivor URL, else its name; empty for `archive` (the renderer writes the archive note). */
  newHome: string;
  homeKind: RedirectHomeKind;
  action: FreeingAction;
  appId: string;
  name: string;
  government: string;
}

export interface PlanViews {
  national: ScopeSummary;
  governments: ScopeSummary[];
  waves: WaveView[];
  sharedPlatforms: SharedPlatformCandidate[];
  dataExchange: DataExchangeDomain[];
  catalogue: CatalogueNeed[];
  redirects: Redirect[];
  /** Every cluster with live local apps, most duplicated first (renderers show the top of it). */
  clusters: ClusterRank[];
}

export const OTHER_NEED = 'other';
/** A function built separately by at least this many governments is a shared-platform candidate. */
export const SHARED_PLATFORM_MIN_GOVERNMENTS = 3;

// ---------------------------------------------------------------------------------------------
// helpers

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function emptyCost(): CostTotal {
  return { apps: 0, annualCost: 0, appsWithoutCost: 0 };
}

function addCost(total: CostTotal, app: AnalyzedApplication): void {
  total.apps += 1;
  if (app.annualCost === null) total.appsWithoutCost += 1;
  else total.annualCost += app.annualCost;
}

export function costOf(apps: readonly AnalyzedApplication[]): CostTotal {
  const total = emptyCost();
  for (const a of apps) addCost(total, a);
  return total;
}

function governmentKey(app: AnalyzedApplication): string {
  return app.government.code || '(unknown)';
}

function governmentName(app: AnalyzedApplication): string {
  return app.government.name || app.government.code || '(unknown)';
}

const isCitizenEcosystem = (e: Ecosystem): e is CitizenEcosystem => e !== 'internal';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// summaries

export function summarizeScope(
  apps: readonly AnalyzedApplication[],
  scope: Pick<ScopeSummary, 'code' | 'name' | 'level'>,
): ScopeSummary {
  const actions = zeros(ACTIONS);
  const ecosystems = zeros(ECOSYSTEMS);
  const remaining = zeros(ECOSYSTEMS);
  const citizenFacing = Object.fromEntries(CITIZEN_ECOSYSTEMS.map((e) => [e, { apps: 0, afterPlan: 0 }])) as ScopeSummary['citizenFacing'];
  const savings = Object.fromEntries(FREEING_ACTIONS.map((a) => [a, emptyCost()])) as Record<FreeingAction, CostTotal>;
  const totalCost = emptyCost();
  const governments = new Set<string>();
  const clusters = new Set<string>();
  let records = 0;
  for (const app of apps) {
    const { action } = app.decision;
    actions[action] += 1;
    ecosystems[app.eco.ecosystem] += 1;
    if (action === 'retain') remaining[app.eco.ecosystem] += 1;
    const eco = app.eco.ecosystem;
    if (isCitizenEcosystem(eco)) {
      citizenFacing[eco].apps += 1;
      if (action === 'retain') citizenFacing[eco].afterPlan += 1;
    }
    if (action !== 'retain') addCost(savings[action], app);
    addCost(totalCost, app);
    governments.add(governmentKey(app));
    clusters.add(app.fn.clusterId);
    records += app.records.length;
  }
  return {
    ...scope,
    records,
    applications: apps.length,
    governments: governments.size,
    clusters: clusters.size,
    actions,
    ecosystems,
    remaining,
    citizenFacing,
    savings,
    totalCost,
  };
}

export function nationalSummary(analysis: Analysis): ScopeSummary {
  const s = summarizeScope(analysis.applications, { code: 'national', name: 'national', level: 'national' });
  return { ...s, records: analysis.records.length };
}

/** One summary per government, most applications first. */
export function governmentSummaries(analysis: Analysis): ScopeSummary[] {
  return [...groupBy(analysis.applications, governmentKey).values()]
    .map((apps) => {
      const g = apps[0]!.government;
      return summarizeScope(apps, { code: g.code || '(unknown)', name: governmentName(apps[0]!), level: g.level });
    })
    .sort((a, b) => b.applications - a.applications || a.name.localeCompare(b.name));
}

// ---------------------------------------------------------------------------------------------
// waves

export function effortPoints(app: AnalyzedApplication): number {
  return app.dataElements.length + 2 * app.masterData.length + Math.max(0, app.records.length - 1);
}

/** Effort points up to which an app counts as low, then medium effort. */
export const EFFORT_THRESHOLDS: [number, number] = [2, 6];

export function effortLevel(points: number): EffortLevel {
  return points <= EFFORT_THRESHOLDS[0] ? 'low' : points <= EFFORT_THRESHOLDS[1] ? 'medium' : 'high';
}

function waveItem(app: AnalyzedApplication): WaveItem {
  const effort = effortPoints(app);
  return {
    appId: app.appId,
    name: app.name,
    government: governmentName(app),
    governmentCode: app.government.code,
    function: app.fn.function,
    clusterId: app.fn.clusterId,
    action: app.decision.action,
    target: app.decision.target,
    annualCost: app.annualCost,
    monthlyUsers: app.monthlyUsers,
    records: app.records.length,
    effort,
    effortLevel: effortLevel(effort),
  };
}

const EFFORT_RANK: Record<EffortLevel, number> = { low: 0, medium: 1, high: 2 };

/** Lower effort level first; within a level the biggest saving first (unknown cost last), then fewer effort points. */
export function waveOrder(a: WaveItem, b: WaveItem): number {
  return (
    EFFORT_RANK[a.effortLevel] - EFFORT_RANK[b.effortLevel] ||
    (b.annualCost ?? -1) - (a.annualCost ?? -1) ||
    a.effort - b.effort ||
    a.name.localeCompare(b.name) ||
    a.appId.localeCompare(b.appId)
  );
}

export function waves(analysis: Analysis): WaveView[] {
  return WAVES.map((wave) => {
    const apps = analysis.applications.filter((a) => a.decision.wave === wave);
    const items = apps.map(waveItem).sort(waveOrder);
    const effort = zeros(['low', 'medium', 'high'] as const);
    for (const item of items) effort[item.effortLevel] += 1;
    return { wave, apps: items, cost: costOf(apps), effort };
  });
}

// ---------------------------------------------------------------------------------------------
// shared-platform candidates

export function sharedPlatformScore(governments: number, apps: number, annualCost: number): number {
  return governments * apps * Math.max(1, annualCost / 1_000_000);
}

/**
 * Functions with no national platform that governments each built for themselves: where a ministry
 * should build one shared platform. A cluster qualifies when its live apps span at least
 * SHARED_PLATFORM_MIN_GOVERNMENTS governments here, or when the plan already put its apps in wave 4
 * (which happens in a single-government scope when the function is widespread nationally).
 */
export function sharedPlatformCandidates(analysis: Analysis, knowledge: Knowledge): SharedPlatformCandidate[] {
  const label = functionLabeller(knowledge, analysis.clusters);
  const live = analysis.applications.filter((a) => a.decision.action !== 'retire' && a.platformId === null);
  const byCluster = groupBy(live, (a) => a.fn.clusterId);
  const oneGovernment = new Set(analysis.applications.map(governmentKey)).size <= 1;
  const out: SharedPlatformCandidate[] = [];
  for (const cluster of analysis.clusters) {
    if (cluster.platformId !== null) continue;
    if (knowledge.functionById.get(cluster.function)?.platform) continue;
    const apps = byCluster.get(cluster.id) ?? [];
    const perGovernment = groupBy(apps, governmentKey);
    const wave4 = apps.some((a) => a.decision.wave === 4);
    if (perGovernment.size < SHARED_PLATFORM_MIN_GOVERNMENTS && !wave4) continue;
    const cost = costOf(apps);
    out.push({
      clusterId: cluster.id,
      function: cluster.function,
      label: label(cluster.function),
      origin: cluster.origin,
      ecosystem: cluster.ecosystem,
      governments: perGovernment.size,
      clusterGovernments: cluster.governments,
      apps: apps.length,
      cost,
      score: sharedPlatformScore(oneGovernment ? cluster.governments : perGovernment.size, apps.length, cost.annualCost),
      topGovernments: [...perGovernment.values()]
        .map((list) => ({ name: governmentName(list[0]!), apps: list.length }))
        .sort((a, b) => b.apps - a.apps || a.name.localeCompare(b.name))
        .slice(0, 5),
    });
  }
  return out.sort((a, b) => b.score - a.score || b.governments - a.governments || a.clusterId.localeCompare(b.clusterId));
}

// ---------------------------------------------------------------------------------------------
// data exchange

/** Apps keeping their own copy of master data someone else owns, per domain, most apps first. */
export function dataExchange(analysis: Analysis, knowledge: Knowledge): DataExchangeDomain[] {
  const elementLabel = new Map(knowledge.elements.map((e) => [e.id, e.label]));
  const groups = new Map<string, { app: AnalyzedApplication; elements: string[] }[]>();
  const owners = new Map<string, string>();
  for (const app of analysis.applications) {
    for (const o of app.masterData) {
      const list = groups.get(o.domain) ?? groups.set(o.domain, []).get(o.domain)!;
      list.push({ app, elements: o.elements });
      owners.set(o.domain, o.owner);
    }
  }
  const out: DataExchangeDomain[] = [];
  for (const [domain, holders] of groups) {
    const def = knowledge.masterData.find((d) => d.id === domain);
    const platform = def?.platform ? knowledge.platformById.get(def.platform) : undefined;
    const elementCounts = new Map<string, number>();
    for (const h of holders) for (const e of h.elements) elementCounts.set(e, (elementCounts.get(e) ?? 0) + 1);
    out.push({
      domain,
      label: def?.label ?? { id: domain, en: domain },
      owner: def?.owner ?? owners.get(domain) ?? '',
      platform: platform ? { id: platform.id, name: platform.name } : null,
      governments: new Set(holders.map((h) => governmentKey(h.app))).size,
      apps: holders
        .map((h) => ({ appId: h.app.appId, name: h.app.name, government: governmentName(h.app), elements: h.elements }))
        .sort((a, b) => b.elements.length - a.elements.length || a.name.localeCompare(b.name)),
      elements: [...elementCounts.entries()]
        .map(([id, apps]) => ({ id, label: elementLabel.get(id) ?? { id, en: id }, apps }))
        .sort((a, b) => b.apps - a.apps || a.id.localeCompare(b.id)),
    });
  }
  return out.sort((a, b) => b.apps.length - a.apps.length || a.domain.localeCompare(b.domain));
}

// ---------------------------------------------------------------------------------------------
// one-door catalogue

/**
 * The information architecture of one portal: citizen-facing services grouped by what the citizen
 * needs, each function naming the national platform that serves it or counting the apps that do.
 */
export function oneDoorCatalogue(analysis: Analysis, knowledge: Knowledge): CatalogueNeed[] {
  const label = functionLabeller(knowledge, analysis.clusters);
  const citizen = analysis.applications.filter((a) => a.eco.ecosystem !== 'internal' && a.decision.action !== 'retire');
  const byNeed = groupBy(citizen, (a) => knowledge.functionById.get(a.fn.function)?.need ?? OTHER_NEED);
  const labels = loadLabels();
  const needs = [
    ...knowledge.needs.map((n) => ({ id: n.id, label: n.label, description: n.description })),
    { id: OTHER_NEED, label: labels['need.other'], description: labels['need.otherDescription'] },
  ];
  const out: CatalogueNeed[] = [];
  for (const need of needs) {
    const apps = byNeed.get(need.id);
    if (!apps) continue;
    const functions = [...groupBy(apps, (a) => a.fn.function).entries()].map(([fn, list]): CatalogueFunction => {
      const platformId = knowledge.functionById.get(fn)?.platform;
      const platform = platformId ? knowledge.platformById.get(platformId) : undefined;
      const ecosystems: CatalogueFunction['ecosystems'] = {};
      for (const a of list) {
        const e = a.eco.ecosystem as CitizenEcosystem;
        ecosystems[e] = (ecosystems[e] ?? 0) + 1;
      }
      const local = list.filter((a) => a.platformId === null);
      return {
        function: fn,
        label: label(fn),
        platform: platform ? { id: platform.id, name: platform.name, url: platform.url } : null,
        apps: local.length,
        governments: new Set(local.map(governmentKey)).size,
        ecosystems,
        examples: platform
          ? []
          : [...local]
              .sort((a, b) => (b.monthlyUsers ?? -1) - (a.monthlyUsers ?? -1) || a.name.localeCompare(b.name))
              .slice(0, 3)
              .map((a) => a.name),
      };
    });
    functions.sort((a, b) => b.apps - a.apps || a.label.en.localeCompare(b.label.en));
    out.push({ need: need.id, label: need.label, description: need.description, apps: apps.length, functions });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// redirects

/** Where each switched-off app's address should send its users. */
export function redirectMap(analysis: Analysis, knowledge: Knowledge): Redirect[] {
  const byId = new Map(analysis.applications.map((a) => [a.appId, a]));
  const platformByName = new Map(knowledge.platforms.map((p) => [p.name, p]));
  const out: Redirect[] = [];
  for (const app of analysis.applications) {
    const { action, target } = app.decision;
    if (action === 'retain' || !app.url) continue;
    let newHome = '';
    let homeKind: RedirectHomeKind = 'archive';
    if (action === 'migrate') {
      const fnPlatform = knowledge.functionById.get(app.fn.function)?.platform;
      const platform = platformByName.get(target) ?? (fnPlatform ? knowledge.platformById.get(fnPlatform) : undefined);
      newHome = platform?.url ?? platform?.name ?? target;
      homeKind = 'platform';
    } else if (action === 'merge') {
      const survivor = byId.get(target);
      newHome = survivor ? (survivor.url ?? `${survivor.name} (${survivor.appId})`) : target;
      homeKind = 'survivor';
    }
    out.push({ oldUrl: app.url, newHome, homeKind, action, appId: app.appId, name: app.name, government: governmentName(app) });
  }
  return out.sort((a, b) => a.government.localeCompare(b.government) || a.oldUrl.localeCompare(b.oldUrl));
}

// ---------------------------------------------------------------------------------------------
// everything at once

export function planViews(analysis: Analysis, knowledge: Knowledge): PlanViews {
  return {
    national: nationalSummary(analysis),
    governments: governmentSummaries(analysis),
    waves: waves(analysis),
    sharedPlatforms: sharedPlatformCandidates(analysis, knowledge),
    dataExchange: dataExchange(analysis, knowledge),
    catalogue: oneDoorCatalogue(analysis, knowledge),
    redirects: redirectMap(analysis, knowledge),
    clusters: rankClusters(analysis, knowledge),
  };
}

export interface ClusterRank {
  cluster: FunctionCluster;
  label: Label;
  /** Local apps not being retired (national platforms excluded). */
  liveApps: number;
  /** Live apps per action (retire excluded by definition). */
  actions: Record<Exclude<Action, 'retire'>, number>;
  governments: number;
  cost: CostTotal;
}

/** What the freeing actions (retire, merge, migrate) save together. */
export function freedCost(savings: Record<FreeingAction, CostTotal>): Pick<CostTotal, 'annualCost' | 'appsWithoutCost'> {
  let annualCost = 0;
  let appsWithoutCost = 0;
  for (const a of FREEING_ACTIONS) {
    annualCost += savings[a].annualCost;
    appsWithoutCost += savings[a].appsWithoutCost;
  }
  return { annualCost, appsWithoutCost };
}

/** Clusters by live local apps, most duplicated first. */
export function rankClusters(analysis: Analysis, knowledge: Knowledge): ClusterRank[] {
  const label = functionLabeller(knowledge, analysis.clusters);
  const live = groupBy(
    analysis.applications.filter((a) => a.platformId === null && a.decision.action !== 'retire'),
    (a) => a.fn.clusterId,
  );
  return analysis.clusters
    .map((c) => {
      const apps = live.get(c.id) ?? [];
      const actions = { migrate: 0, merge: 0, retain: 0 };
      for (const a of apps) if (a.decision.action !== 'retire') actions[a.decision.action] += 1;
      return {
        cluster: c,
        label: label(c.function),
        liveApps: apps.length,
        actions,
        governments: new Set(apps.map(governmentKey)).size,
        cost: costOf(apps),
      };
    })
    .filter((r) => r.liveApps > 0)
    .sort((a, b) => b.liveApps - a.liveApps || b.governments - a.governments || a.cluster.id.localeCompare(b.cluster.id));
}

// ---------------------------------------------------------------------------------------------
// scope to one government

const LEVEL_WORDS: Record<string, GovernmentLevel> = {
  kabupaten: 'kabupaten',
  kab: 'kabupaten',
  pemkab: 'kabupaten',
  regency: 'kabupaten',
  kota: 'kota',
  pemkot: 'kota',
  city: 'kota',
  provinsi: 'provinsi',
  prov: 'provinsi',
  pemprov: 'provinsi',
  province: 'provinsi',
};
const FILLER_WORDS = new Set(['pemerintah', 'pemda', 'government', 'of']);

/** Core name without level words ("Kab. Banyuwangi" → banyuwangi) and the level the words imply. */
function nameParts(text: string): { core: string; level: GovernmentLevel | null } {
  let level: GovernmentLevel | null = null;
  const words: string[] = [];
  for (const w of fold(text).split(' ')) {
    if (!w || FILLER_WORDS.has(w)) continue;
    const l = LEVEL_WORDS[w];
    if (l) level = l;
    else words.push(w);
  }
  return { core: words.join(''), level };
}

export interface GovernmentRef {
  code: string;
  name: string;
  level: GovernmentLevel;
}
type GovernmentOption = GovernmentRef;

function findGovernments(options: GovernmentOption[], query: string): GovernmentOption[] {
  const q = nameParts(query);
  const qKey = compactKey(query);
  const levelOk = (g: GovernmentOption) => q.level === null || g.level === q.level;
  const exact = options.filter((g) => compactKey(g.code) === qKey || compactKey(g.name) === qKey);
  if (exact.length) return exact;
  if (!q.core) return [];
  const sameCore = options.filter((g) => nameParts(g.name).core === q.core && levelOk(g));
  if (sameCore.length) return sameCore;
  return options.filter((g) => nameParts(g.name).core.includes(q.core) && levelOk(g));
}

/**
 * The analysis restricted to one government's applications: records re-indexed densely, pairs kept
 * when both records stay, clusters keep only in-scope apps. Cluster `governments` keeps the national
 * count, so a scoped report still shows how widespread a function is.
 */
export function scopeToGovernment(analysis: Analysis, government: string | GovernmentRef): Analysis {
  const chosen = typeof government === 'string' ? resolveGovernment(analysis, government) : government;
  const keep = analysis.applications.filter((a) => a.government.code === chosen.code && governmentName(a) === chosen.name);
  return restrictTo(analysis, keep);
}

/**
 * The one government of the analysis that `name` means: its name or code (case and punctuation
 * ignored), the name without level words ("Kab. Banyuwangi"), or a unique part of it ("Banyuwangi").
 * Throws InputError listing close names when none or several match.
 */
export function resolveGovernment(analysis: Analysis, name: string): GovernmentRef {
  const options = [...new Map(analysis.applications.map((a) => [governmentKey(a), { code: a.government.code, name: governmentName(a), level: a.government.level }])).values()];
  const found = findGovernments(options, name);
  if (found.length !== 1) {
    const pool = found.length > 1 ? found : options;
    const target = fold(name);
    const close = [...pool]
      .map((g) => ({ g, s: diceCoefficient(target, fold(g.name)) }))
      // several matches are all worth listing; otherwise only names that really look alike
      .filter(({ s }) => found.length > 1 || s >= 0.4)
      .sort((a, b) => b.s - a.s || a.g.name.localeCompare(b.g.name))
      .slice(0, 5)
      .map(({ g }) => `${g.name} (${g.code})`);
    const why = found.length > 1 ? `matches ${found.length} governments` : 'matches no government in the inventory';
    const hint = close.length ? `; did you mean: ${close.join(', ')}?` : `; the inventory has ${options.length} government(s), see plan.csv or \`satupintu audit\``;
    throw new InputError(`government "${name}" ${why}${hint}`);
  }
  return found[0]!;
}

function restrictTo(analysis: Analysis, keep: AnalyzedApplication[]): Analysis {
  const newIndex = new Map<number, number>();
  const records = keep.flatMap((a) => a.records).sort((x, y) => x - y).map((old, i) => {
    newIndex.set(old, i);
    return { ...analysis.records[old]!, index: i };
  });
  const appOfRecord: number[] = new Array<number>(records.length);
  const applications = keep.map((app, ai) => {
    const mapped = app.records.map((r) => newIndex.get(r)!);
    for (const r of mapped) appOfRecord[r] = ai;
    return { ...app, records: mapped };
  });
  const pairs = analysis.pairs
    .filter((p) => newIndex.has(p.a) && newIndex.has(p.b))
    .map((p) => ({ ...p, a: newIndex.get(p.a)!, b: newIndex.get(p.b)! }));
  const inScope = new Set(applications.map((a) => a.appId));
  const clusters = analysis.clusters
    .map((c) => ({ ...c, appIds: c.appIds.filter((id) => inScope.has(id)) }))
    .filter((c) => c.appIds.length > 0);
  return {
    records,
    applications,
    appOfRecord,
    clusters,
    pairs,
    warnings: analysis.warnings,
    functionModel: analysis.functionModel,
    stats: {
      ...analysis.stats,
      records: records.length,
      applications: applications.length,
      candidatePairs: pairs.length,
      linkedPairs: pairs.filter((p) => p.linked).length,
      clusters: clusters.length,
      discoveredClusters: clusters.filter((c) => c.origin === 'discovered').length,
    },
  };
}

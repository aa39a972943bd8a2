import { messages, type Messages } from '../knowledge/messages.js';
import type { Knowledge } from '../knowledge/taxonomy.js';
import { type Application, type Decision, type FunctionAssignment, type FunctionCluster } from '../model/analysis.js';
import type { Status } from '../model/inventory.js';
import { functionLabeller } from './function-label.js';
import { compareCodeUnits } from '../util/text.js';

export interface DecisionInput {
  app: Application;
  fn: FunctionAssignment;
}

/** What the app's office says about it as the survivor of a local group. */
export interface OfficeFit {
  /** Its office is the one whose job the function is: the phrase of the function's `units` (taxonomy) its office name shows. */
  dutyOffice: string | null;
  /** Its own address is its office's (bkpsdm.kab.go.id), not an app's subdomain. */
  officeAddress: boolean;
}

const NO_OFFICE_FIT: OfficeFit = { dutyOffice: null, officeAddress: false };

const LIVE_RANK: Record<Status, number> = { active: 3, development: 2, unknown: 1, proposed: 0, inactive: -1 };

function completeness(app: Application): number {
  return [app.description, app.url, app.unit, app.year, app.annualCost, app.monthlyUsers].filter((v) => v !== null).length + (app.dataElements.length ? 1 : 0);
}

/** Subdomain depth of an app's address (`kota.go.id` 3, `dinkes.kota.go.id` 4); no address counts as deepest. */
function addressDepth(app: Application): number {
  return app.urlHost ? app.urlHost.split('.').length : 99;
}

type Fitted = { app: Application; office: OfficeFit };

/** The survivor rule's steps, in order; a step with `why` is one a reason names when it decides. */
const SURVIVOR_STEPS: { order: (a: Fitted, b: Fitted) => number; why?: (s: Fitted, say: Messages) => string }[] = [
  { order: (a, b) => LIVE_RANK[b.app.status] - LIVE_RANK[a.app.status], why: (s, say) => say.t('survivor.onlyStatus', { status: s.app.status }) },
  { order: (a, b) => addressDepth(a.app) - addressDepth(b.app), why: (s, say) => say.t('survivor.central', { host: s.app.urlHost ?? '' }) },
  {
    order: (a, b) => Number(b.office.dutyOffice !== null) - Number(a.office.dutyOffice !== null),
    why: (s, say) => say.t('survivor.dutyOffice', { unit: s.app.unit ?? s.office.dutyOffice ?? '' }),
  },
  { order: (a, b) => Number(b.office.officeAddress) - Number(a.office.officeAddress), why: (s, say) => say.t('survivor.officeAddress', { host: s.app.urlHost ?? '' }) },
  { order: (a, b) => (b.app.monthlyUsers ?? -1) - (a.app.monthlyUsers ?? -1), why: (s, say) => say.t('survivor.mostUsers', { users: s.app.monthlyUsers ?? 0 }) },
  { order: (a, b) => (b.app.year ?? 0) - (a.app.year ?? 0), why: (s, say) => say.t('survivor.newest', { year: s.app.year ?? 0 }) },
  { order: (a, b) => completeness(b.app) - completeness(a.app) },
  { order: (a, b) => b.app.records.length - a.app.records.length },
  { order: (a, b) => compareCodeUnits(firstName(a.app), firstName(b.app)) },
  { order: (a, b) => compareCodeUnits(a.app.urlHost ?? '', b.app.urlHost ?? '') },
  { order: (a, b) => a.app.appId.localeCompare(b.app.appId) },
];

/**
 * Survivor rule, in order: livelier status, the most central address (the government's own portal
 * over an office subdomain), run by the office whose job the function is (the staffing office's
 * attendance app, the communications office's website), at its office's own address, more monthly
 * users, newer, more complete record, more registries listing it; a tie goes by the first of its names
 * in code-unit order, then address, and only then by app id (which hashes the source file): renaming,
 * reordering or splitting the registry files keeps the survivor.
 */
export function survivorOrder(a: Application, b: Application, fa: OfficeFit = NO_OFFICE_FIT, fb: OfficeFit = NO_OFFICE_FIT): number {
  return compareFitted({ app: a, office: fa }, { app: b, office: fb });
}

function compareFitted(a: Fitted, b: Fitted): number {
  for (const step of SURVIVOR_STEPS) {
    const d = step.order(a, b);
    if (d !== 0) return d;
  }
  return 0;
}

/** The smallest of an app's names: whichever record came first, the same name. */
function firstName(app: Application): string {
  let first = app.name;
  for (const n of app.names) if (n < first) first = n;
  return first;
}

/** The rule, and the step at which the survivor beat the runner-up (everyone else lost at that step or earlier). */
function survivorWhy(survivor: Fitted, runnerUp: Fitted, say: Messages): string {
  const step = SURVIVOR_STEPS.find((st) => st.order(survivor, runnerUp) !== 0);
  const why = step?.why ? step.why(survivor, say) : say.t('survivor.complete');
  return say.t('survivor.rule', { why });
}

/**
 * One decision per application: retire the dead, migrate to a national platform where one does the job,
 * merge local duplicates into a survivor, retain the rest.
 */
export function decideAll(
  inputs: readonly DecisionInput[],
  knowledge: Knowledge,
  say: Messages = messages('en'),
  /** The clusters, so reasons name a discovered one (`new_…`) by its label, not its id. */
  clusters: readonly FunctionCluster[] = [],
  /** Who runs input i, asked only of the members of a local group (default: nothing known). */
  officeOf: (i: number) => OfficeFit = () => NO_OFFICE_FIT,
): Decision[] {
  const label = functionLabeller(knowledge, clusters);
  const fnLabel = (id: string) => say.label(label(id));
  const decisions: (Decision | null)[] = inputs.map(() => null);
  const localGroups = new Map<string, number[]>();

  inputs.forEach(({ app, fn }, i) => {
    const def = knowledge.functionById.get(fn.function);
    const platform = def?.platform ? knowledge.platformById.get(def.platform) : undefined;
    if (app.platformId) {
      const p = knowledge.platformById.get(app.platformId)!;
      decisions[i] = {
        action: 'retain',
        target: '',
        confidence: 0.95,
        reasons: [say.t('decision.platform', { platform: p.name, owner: p.owner, marked: app.markedShared ? say.t('decision.platformMarked') : '' })],
        wave: null,
      };
      return;
    }
    if (app.status === 'inactive') {
      decisions[i] = {
        action: 'retire',
        target: '',
        confidence: app.records.length > 1 ? 0.95 : 0.9,
        reasons: [
          app.statusFrom
            ? say.t('decision.retireNewest', { source: app.statusFrom.source, year: app.statusFrom.year })
            : say.t(app.records.length > 1 ? 'decision.retireMany' : 'decision.retireOne'),
        ],
        wave: 1,
      };
      return;
    }
    if (platform) {
      decisions[i] = {
        action: 'migrate',
        target: platform.name,
        // a migration is only as sure as the function it follows from
        confidence: Math.round(Math.min(0.95, 0.25 + 0.75 * fn.confidence) * 100) / 100,
        reasons: [say.t('decision.migrate', { function: say.label(def!.label), platform: platform.name, owner: platform.owner })],
        wave: 2,
      };
      return;
    }
    if (!app.government.code) {
      decisions[i] = { action: 'retain', target: '', confidence: 0.5, reasons: [say.t('decision.ownerUnknown')], wave: null };
      return;
    }
    const key = `${app.government.code}\u0000${fn.clusterId}`;
    const group = localGroups.get(key) ?? localGroups.set(key, []).get(key)!;
    group.push(i);
  });

  const clusterGovernments = new Map<string, Set<string>>();
  for (const [key] of localGroups) {
    const [gov, cluster] = key.split('\u0000') as [string, string];
    const s = clusterGovernments.get(cluster) ?? clusterGovernments.set(cluster, new Set()).get(cluster)!;
    s.add(gov);
  }

  for (const [key, members] of localGroups) {
    const cluster = key.split('\u0000')[1]!;
    const govCount = clusterGovernments.get(cluster)!.size;
    const wave4 = govCount >= 3 ? (4 as const) : null;
    const sharedNote = wave4 ? say.t('decision.sharedNote', { count: govCount }) : '';
    if (members.length === 1) {
      const i = members[0]!;
      decisions[i] = {
        action: 'retain',
        target: '',
        confidence: Math.round(Math.max(0.5, inputs[i]!.fn.confidence) * 100) / 100,
        reasons: [
          say.t('decision.only', {
            function: fnLabel(inputs[i]!.fn.function),
            government: inputs[i]!.app.government.name || say.t('decision.itsGovernment'),
            shared: sharedNote,
          }),
        ],
        wave: wave4,
      };
      continue;
    }
    const fitted = new Map<number, Fitted>(members.map((i) => [i, { app: inputs[i]!.app, office: officeOf(i) }]));
    const ordered = [...members].sort((x, y) => compareFitted(fitted.get(x)!, fitted.get(y)!));
    const survivor = ordered[0]!;
    const s = inputs[survivor]!.app;
    const rule = survivorWhy(fitted.get(survivor)!, fitted.get(ordered[1]!)!, say);
    decisions[survivor] = {
      action: 'retain',
      target: '',
      confidence: Math.round(Math.max(0.5, inputs[survivor]!.fn.confidence) * 100) / 100,
      reasons: [
        say.t('decision.survivor', {
          count: members.length,
          function: fnLabel(inputs[survivor]!.fn.function),
          government: s.government.name,
          rule,
          shared: sharedNote,
        }),
      ],
      wave: wave4,
    };
    for (const i of ordered.slice(1)) {
      decisions[i] = {
        action: 'merge',
        target: s.appId,
        confidence: Math.round(Math.min(inputs[i]!.fn.confidence, inputs[survivor]!.fn.confidence, 0.95) * 100) / 100,
        reasons: [
          say.t('decision.merge', {
            government: s.government.name,
            count: members.length,
            function: fnLabel(inputs[i]!.fn.function),
            survivor: s.name,
            appId: s.appId,
            rule,
          }),
        ],
        wave: 3,
      };
    }
  }
  return decisions.map((d, i) => {
    const from = inputs[i]!.app.statusFrom;
    // a live app older lists call dead: the reader should know the newest list revived it
    return from && d!.action !== 'retire' ? { ...d!, reasons: [...d!.reasons, say.t('decision.statusFromNewest', { status: from.raw, source: from.source, year: from.year })] } : d!;
  });
}

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

const LIVE_RANK: Record<Status, number> = { active: 3, development: 2, unknown: 1, proposed: 0, inactive: -1 };

function completeness(app: Application): number {
  return [app.description, app.url, app.unit, app.year, app.annualCost, app.monthlyUsers].filter((v) => v !== null).length + (app.dataElements.length ? 1 : 0);
}

/** Subdomain depth of an app's address (`kota.go.id` 3, `dinkes.kota.go.id` 4); no address counts as deepest. */
function addressDepth(app: Application): number {
  return app.urlHost ? app.urlHost.split('.').length : 99;
}

/**
 * Survivor rule, in order: livelier status, the most central address (the government's own portal
 * over an office subdomain), more monthly users, newer, more complete record, more registries listing it;
 * a tie goes by the first of its names in code-unit order, then address, and only then by app id (which
 * hashes the source file): renaming, reordering or splitting the registry files keeps the survivor.
 */
export function survivorOrder(a: Application, b: Application): number {
  return (
    LIVE_RANK[b.status] - LIVE_RANK[a.status] ||
    addressDepth(a) - addressDepth(b) ||
    (b.monthlyUsers ?? -1) - (a.monthlyUsers ?? -1) ||
    (b.year ?? 0) - (a.year ?? 0) ||
    completeness(b) - completeness(a) ||
    b.records.length - a.records.length ||
    compareCodeUnits(firstName(a), firstName(b)) ||
    compareCodeUnits(a.urlHost ?? '', b.urlHost ?? '') ||
    a.appId.localeCompare(b.appId)
  );
}

/** The smallest of an app's names: whichever record came first, the same name. */
function firstName(app: Application): string {
  let first = app.name;
  for (const n of app.names) if (n < first) first = n;
  return first;
}

function survivorWhy(s: Application, others: Application[], say: Messages): string {
  let why: string;
  if (others.every((o) => LIVE_RANK[s.status] > LIVE_RANK[o.status])) why = say.t('survivor.onlyStatus', { status: s.status });
  else if (s.urlHost && others.every((o) => addressDepth(o) > addressDepth(s))) why = say.t('survivor.central', { host: s.urlHost });
  else if (s.monthlyUsers !== null && others.every((o) => (o.monthlyUsers ?? -1) < s.monthlyUsers!)) why = say.t('survivor.mostUsers', { users: s.monthlyUsers });
  else if (s.year !== null && others.every((o) => (o.year ?? 0) < s.year!)) why = say.t('survivor.newest', { year: s.year });
  else why = say.t('survivor.complete');
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
        reasons: [say.t(app.records.length > 1 ? 'decision.retireMany' : 'decision.retireOne')],
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
    const ordered = [...members].sort((x, y) => survivorOrder(inputs[x]!.app, inputs[y]!.app));
    const survivor = ordered[0]!;
    const s = inputs[survivor]!.app;
    const others = ordered.slice(1).map((i) => inputs[i]!.app);
    const rule = survivorWhy(s, others, say);
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
  return decisions.map((d) => d!);
}

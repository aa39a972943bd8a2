import { z } from 'zod';
import { loadValidated } from '../knowledge/load.js';
import { messages, type Messages } from '../knowledge/messages.js';
import type { Knowledge } from '../knowledge/taxonomy.js';
import type { HumanLinkDecision } from '../link/link.js';
import { ACTIONS, ECOSYSTEMS, type AnalyzedApplication, type Application, type EcosystemAssignment, type FunctionAssignment } from '../model/analysis.js';
import type { InventoryRecord } from '../model/inventory.js';
import { InputError } from '../util/errors.js';

const RecordRef = z.object({ source: z.string().min(1), id: z.coerce.string().min(1) }).strict();
const Meta = { note: z.string().default(''), by: z.string().default('') };

const LinkDecision = z
  .object({ type: z.enum(['same-app', 'different-apps']), records: z.tuple([RecordRef, RecordRef]), ...Meta })
  .strict();
/** An application is named by its app_id or by any one of its records (stable across reruns). */
const withRef = <T extends z.ZodRawShape>(shape: T) =>
  z.union([z.object({ ...shape, app: z.string().min(1), ...Meta }).strict(), z.object({ ...shape, record: RecordRef, ...Meta }).strict()]);
const FunctionDecision = withRef({ type: z.literal('function'), function: z.string().min(1) });
const EcosystemDecision = withRef({ type: z.literal('ecosystem'), ecosystem: z.enum(ECOSYSTEMS) });
const ActionDecision = withRef({ type: z.literal('action'), action: z.enum(ACTIONS), target: z.string().default('') });

export const AnalystDecisionsSchema = z.object({ decisions: z.array(z.union([LinkDecision, FunctionDecision, EcosystemDecision, ActionDecision])) }).strict();
export type AnalystDecisions = z.infer<typeof AnalystDecisionsSchema>;
type AppDecision = Exclude<AnalystDecisions['decisions'][number], z.infer<typeof LinkDecision>>;


export function loadAnalystDecisions(path: string, knowledge: Knowledge): AnalystDecisions {
  const d = loadValidated(path, AnalystDecisionsSchema);
  d.decisions.forEach((x, i) => {
    if (x.type === 'function' && !knowledge.functionById.has(x.function) && !x.function.startsWith('new_')) {
      throw new InputError(`${path}: decisions.${i}.function: unknown function "${x.function}" (see data/functions.yaml)`);
    }
    if (x.type === 'action' && (x.action === 'migrate' || x.action === 'merge') && !x.target) {
      throw new InputError(`${path}: decisions.${i}.target: a ${x.action} decision needs a target`);
    }
  });
  return d;
}

const key = (source: string, id: string) => `${source}\u0000${id}`;

export function humanLinksFor(decisions: AnalystDecisions | undefined, records: readonly InventoryRecord[]): HumanLinkDecision[] {
  if (!decisions) return [];
  const index = new Map(records.map((r) => [key(r.source, r.sourceId), r.index]));
  const out: HumanLinkDecision[] = [];
  for (const d of decisions.decisions) {
    if (d.type !== 'same-app' && d.type !== 'different-apps') continue;
    const a = index.get(key(d.records[0].source, d.records[0].id));
    const b = index.get(key(d.records[1].source, d.records[1].id));
    if (a !== undefined && b !== undefined) out.push({ a, b, same: d.type === 'same-app' });
  }
  return out;
}

function appIndexOf(d: AppDecision, apps: readonly Application[], records: readonly InventoryRecord[]): number {
  if ('app' in d) return apps.findIndex((a) => a.appId === d.app);
  const r = records.findIndex((x) => x.source === d.record.source && x.sourceId === d.record.id);
  return r < 0 ? -1 : apps.findIndex((a) => a.records.includes(r));
}

function noted(d: AppDecision, what: string, say: Messages): string {
  return say.t('analyst.decision', { by: d.by ? say.t('analyst.by', { who: d.by }) : '', what, note: d.note ? ` (${d.note})` : '' });
}

/** Function and ecosystem overrides, applied before the plan so decisions follow them. */
export function applyClassificationDecisions(
  decisions: AnalystDecisions | undefined,
  apps: readonly Application[],
  records: readonly InventoryRecord[],
  fn: FunctionAssignment[],
  eco: EcosystemAssignment[],
  knowledge: Knowledge,
  say: Messages = messages('en'),
): void {
  for (const d of decisions?.decisions ?? []) {
    if (d.type !== 'function' && d.type !== 'ecosystem') continue;
    const i = appIndexOf(d, apps, records);
    if (i < 0) continue;
    if (d.type === 'function') {
      fn[i] = { clusterId: d.function, function: d.function, confidence: 1, reasons: [noted(d, say.t('analyst.functionSet', { function: d.function }), say), ...fn[i]!.reasons], human: true };
      const def = knowledge.functionById.get(d.function);
      if (def && !eco[i]!.human) {
        eco[i] = { ecosystem: def.ecosystem, confidence: 0.9, reasons: [say.t('ecosystem.byAnalystFunction', { function: say.label(def.label), ecosystem: say.t(`ecosystem.${def.ecosystem}`) })] };
      }
    } else {
      eco[i] = { ecosystem: d.ecosystem, confidence: 1, reasons: [noted(d, say.t('analyst.ecosystemSet', { ecosystem: d.ecosystem }), say), ...eco[i]!.reasons], human: true };
    }
  }
}

/** Action overrides, applied after the plan: the analyst has the last word. */
export function applyActionDecisions(
  decisions: AnalystDecisions | undefined,
  apps: AnalyzedApplication[],
  records: readonly InventoryRecord[],
  say: Messages = messages('en'),
): void {
  for (const d of decisions?.decisions ?? []) {
    if (d.type !== 'action') continue;
    const i = appIndexOf(d, apps, records);
    if (i < 0) continue;
    const app = apps[i]!;
    const wave = d.action === 'retire' ? 1 : d.action === 'migrate' ? 2 : d.action === 'merge' ? 3 : null;
    app.decision = {
      action: d.action,
      target: d.target,
      confidence: 1,
      reasons: [noted(d, `${d.action}${d.target ? ` → ${d.target}` : ''}`, say), ...app.decision.reasons.map((reason) => say.t('analyst.overruled', { reason }))],
      wave,
      human: true,
    };
  }
}

/** Decisions naming records or apps this run does not have: reported so a stale decisions file is noticed. */
export function unmatchedDecisions(decisions: AnalystDecisions | undefined, apps: readonly Application[], records: readonly InventoryRecord[]): string[] {
  const out: string[] = [];
  if (!decisions?.decisions.length) return out;
  const known = new Set(records.map((r) => key(r.source, r.sourceId)));
  (decisions?.decisions ?? []).forEach((d, i) => {
    if (d.type === 'same-app' || d.type === 'different-apps') {
      for (const r of d.records) if (!known.has(key(r.source, r.id))) out.push(`decision ${i + 1}: no record ${r.source}:${r.id}`);
    } else {
      const ad = d as AppDecision;
      if (appIndexOf(ad, apps, records) < 0) out.push(`decision ${i + 1}: no application ${'app' in ad ? ad.app : `${ad.record.source}:${ad.record.id}`}`);
    }
  });
  return out;
}

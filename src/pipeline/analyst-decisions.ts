import type { Knowledge } from '../knowledge/taxonomy.js';
import type { HumanLinkDecision } from '../link/link.js';
import type { Application, EcosystemAssignment, FunctionAssignment } from '../model/analysis.js';
import type { InventoryRecord } from '../model/inventory.js';

/** Placeholder type until the decisions file lands; see decisions/ for the schema. */
export interface AnalystDecisions {
  links: { a: { source: string; id: string }; b: { source: string; id: string }; same: boolean; note?: string }[];
}

export function humanLinksFor(decisions: AnalystDecisions | undefined, records: readonly InventoryRecord[]): HumanLinkDecision[] {
  if (!decisions) return [];
  const index = new Map(records.map((r) => [`${r.source}\u0000${r.sourceId}`, r.index]));
  const out: HumanLinkDecision[] = [];
  for (const l of decisions.links) {
    const a = index.get(`${l.a.source}\u0000${l.a.id}`);
    const b = index.get(`${l.b.source}\u0000${l.b.id}`);
    if (a !== undefined && b !== undefined) out.push({ a, b, same: l.same });
  }
  return out;
}

export function applyDecisions(
  _decisions: AnalystDecisions | undefined,
  _apps: Application[],
  _fn: FunctionAssignment[],
  _eco: EcosystemAssignment[],
  _knowledge: Knowledge,
  _phase: 'before-plan' | 'after-plan',
): void {}

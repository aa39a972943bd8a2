import type { Knowledge } from '../knowledge/taxonomy.js';
import type { Application, DataOverlap } from '../model/analysis.js';

/** Master data an application keeps a copy of although another body owns it (collect once, reuse). */
export function findDataOverlap(app: Application, knowledge: Knowledge): DataOverlap[] {
  const domainOf = new Map(knowledge.elements.map((e) => [e.id, e.domain]));
  const out: DataOverlap[] = [];
  for (const d of knowledge.masterData) {
    if (app.platformId && app.platformId === d.platform) continue;
    const held = app.dataElements.filter((e) => domainOf.get(e) === d.id);
    const keys = held.filter((e) => d.keyElements.includes(e));
    if (keys.length > 0 && held.length >= d.minElements) {
      out.push({ appId: app.appId, domain: d.id, owner: d.owner, elements: held });
    }
  }
  return out;
}

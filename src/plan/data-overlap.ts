import type { Knowledge } from '../knowledge/taxonomy.js';
import type { Application, DataOverlap } from '../model/analysis.js';

const domainCache = new WeakMap<Knowledge, Map<string, string | null>>();

function domainsOf(knowledge: Knowledge): Map<string, string | null> {
  let m = domainCache.get(knowledge);
  if (!m) domainCache.set(knowledge, (m = new Map(knowledge.elements.map((e) => [e.id, e.domain]))));
  return m;
}

/** Master data an application keeps a copy of although another body owns it (collect once, reuse). */
export function findDataOverlap(app: Application, knowledge: Knowledge): DataOverlap[] {
  const domainOf = domainsOf(knowledge);
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

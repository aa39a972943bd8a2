import { DataElementsSchema } from '../knowledge/taxonomy.js';
import { loadKnowledge } from '../knowledge/load.js';
import { compactKey, fold } from '../util/text.js';

let lookup: Map<string, string> | null = null;

function elementLookup(): Map<string, string> {
  if (lookup) return lookup;
  const file = loadKnowledge('data-elements.yaml', DataElementsSchema);
  lookup = new Map();
  for (const e of file.elements) {
    lookup.set(compactKey(e.id), e.id);
    lookup.set(compactKey(e.label.id), e.id);
    lookup.set(compactKey(e.label.en), e.id);
    for (const s of e.synonyms) lookup.set(compactKey(s), e.id);
  }
  return lookup;
}

/** Splits a list of data elements and maps each to its canonical id; unknown ones kept (folded) as written. */
export function normalizeDataElements(raw: string | undefined | null): string[] {
  if (!raw) return [];
  const map = elementLookup();
  const out = new Set<string>();
  for (const part of raw.split(/[,;|\n]/)) {
    const key = compactKey(part);
    if (!key) continue;
    out.add(map.get(key) ?? fold(part));
  }
  return [...out];
}

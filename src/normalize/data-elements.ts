import { DataElementsSchema } from '../knowledge/taxonomy.js';
import { loadKnowledge } from '../knowledge/load.js';
import { compactKey, fold } from '../util/text.js';

interface ElementLookup {
  /** compactKey of an id, label or synonym → element id. */
  byKey: Map<string, string>;
  /** Words that name an element only when written alone. */
  generic: Set<string>;
}

let lookup: ElementLookup | null = null;

function elementLookup(): ElementLookup {
  if (lookup) return lookup;
  const file = loadKnowledge('data-elements.yaml', DataElementsSchema);
  const byKey = new Map<string, string>();
  for (const e of file.elements) {
    byKey.set(compactKey(e.id), e.id);
    byKey.set(compactKey(e.label.id), e.id);
    byKey.set(compactKey(e.label.en), e.id);
    for (const s of e.synonyms) byKey.set(compactKey(s), e.id);
  }
  lookup = { byKey, generic: new Set(file.genericWords.map(compactKey)) };
  return lookup;
}

/** Splits a list of data elements and maps each to its canonical id; unknown ones kept (folded) as written. */
export function normalizeDataElements(raw: string | undefined | null): string[] {
  if (!raw) return [];
  const elements = elementLookup();
  const out = new Set<string>();
  for (const part of raw.split(/[,;|\n]/)) {
    const key = compactKey(part);
    if (!key) continue;
    out.add(elements.byKey.get(key) ?? elementInside(fold(part), elements) ?? fold(part));
  }
  return [...out];
}

/**
 * "koordinat GPS", "Data NIK Pemohon": the longest run of words that names a known element, when the
 * longest such runs all name the same one; two different elements (foto lokasi) → none.
 */
function elementInside(folded: string, { byKey, generic }: ElementLookup): string | undefined {
  const words = folded.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const found = new Set<string>();
    for (let i = 0; i + n <= words.length; i++) {
      if (n === 1 && generic.has(words[i]!)) continue;
      const id = byKey.get(words.slice(i, i + n).join(''));
      if (id) found.add(id);
    }
    if (found.size === 1) return [...found][0];
    if (found.size > 1) return undefined;
  }
  return undefined;
}

import { z } from 'zod';
import { loadKnowledge } from '../knowledge/load.js';

const Schema = z
  .object({
    generic: z.array(z.string()).min(1),
    gluedPrefixes: z.array(z.string()).default([]),
    versionPattern: z.string(),
    genericHostLabels: z.array(z.string()).default([]),
  })
  .strict();

export interface NameWords {
  generic: Set<string>;
  gluedPrefixes: string[];
  version: RegExp;
  genericHostLabels: Set<string>;
}

let cached: NameWords | null = null;

export function nameWords(): NameWords {
  if (cached) return cached;
  const f = loadKnowledge('name-words.yaml', Schema);
  cached = {
    generic: new Set(f.generic),
    gluedPrefixes: [...f.gluedPrefixes].sort((a, b) => b.length - a.length),
    version: new RegExp(f.versionPattern),
    genericHostLabels: new Set(f.genericHostLabels),
  };
  return cached;
}

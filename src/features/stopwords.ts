import { z } from 'zod';
import { loadKnowledge } from '../knowledge/load.js';

let cached: Set<string> | null = null;

export function stopwords(): Set<string> {
  if (!cached) cached = new Set(loadKnowledge('stopwords.yaml', z.object({ words: z.array(z.string()) }).strict()).words);
  return cached;
}

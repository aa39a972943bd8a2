import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { InputError } from '../util/errors.js';
import { parseKnowledgeYaml } from './compiled.js';

/** The package's own `data/` folder (works from `src/` under vitest and from `dist/` when built). */
export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

export function dataFile(name: string): string {
  return join(DATA_DIR, name);
}

/** Reads a YAML or JSON file and validates it; errors name the file and the offending path. */
export function loadValidated<T extends z.ZodType>(path: string, schema: T, knowledgeName?: string): z.infer<T> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let raw: unknown;
  try {
    raw = path.endsWith('.json') ? JSON.parse(text) : knowledgeName ? parseKnowledgeYaml(knowledgeName, text) : parseYaml(text);
  } catch (error) {
    throw new InputError(`${path}: not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new InputError(`${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

const cache = new Map<string, unknown>();

/** Loads one of the tool's own knowledge files once per process. */
export function loadKnowledge<T extends z.ZodType>(name: string, schema: T): z.infer<T> {
  const hit = cache.get(name);
  if (hit !== undefined) return hit as z.infer<T>;
  const value = loadValidated(dataFile(name), schema, name);
  cache.set(name, value);
  return value;
}

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { InputError } from '../util/errors.js';
import { describeIssues, parseJsonOrYaml } from '../util/parse-errors.js';
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
  if (text.trim() === '') throw new InputError(`${path}: the file is empty`);
  const json = path.endsWith('.json');
  let raw: unknown;
  try {
    raw = knowledgeName && !json ? parseKnowledgeYaml(knowledgeName, text) : parseJsonOrYaml(text, json);
  } catch (error) {
    throw new InputError(`${path}: ${(error as Error).message}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new InputError(`${path}: ${describeIssues(result.error.issues)}`);
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

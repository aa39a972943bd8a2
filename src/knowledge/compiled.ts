import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { parseJsonOrYaml } from '../util/parse-errors.js';

/**
 * The knowledge files stay YAML for reviewers; parsing 250 KB of YAML costs a cold process about
 * 0.4 s, so the build also stores each file's parsed form next to a hash of its text. A file whose
 * text no longer matches its hash (edited after the build) is simply parsed again.
 */
const CACHE_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'knowledge-cache.json');

type Compiled = Record<string, { sha1: string; data: unknown }>;

const loaded = new Map<string, Compiled | null>();

function compiledFiles(cacheFile: string): Compiled | null {
  let compiled = loaded.get(cacheFile);
  if (compiled === undefined) {
    try {
      compiled = JSON.parse(readFileSync(cacheFile, 'utf8')) as Compiled;
    } catch {
      compiled = null;
    }
    loaded.set(cacheFile, compiled);
  }
  return compiled;
}

export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** The parsed YAML of a knowledge file's text: from the build's cache when the text is unchanged. */
export function parseKnowledgeYaml(name: string, text: string, cacheFile = CACHE_FILE): unknown {
  const hit = compiledFiles(cacheFile)?.[name];
  if (hit && hit.sha1 === textHash(text)) return hit.data;
  return parseJsonOrYaml(text, false);
}

/** Build step: parse every YAML file of a data folder into the cache file. Returns how many. */
export function compileKnowledge(dataDir: string, out = CACHE_FILE): number {
  const entries: Compiled = {};
  for (const name of readdirSync(dataDir).filter((f) => f.endsWith('.yaml')).sort()) {
    const text = readFileSync(join(dataDir, name), 'utf8');
    entries[name] = { sha1: textHash(text), data: parseYaml(text) };
  }
  writeFileSync(out, JSON.stringify(entries));
  loaded.delete(out);
  return Object.keys(entries).length;
}

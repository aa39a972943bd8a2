import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileKnowledge, parseKnowledgeYaml, textHash } from '../../src/knowledge/compiled.js';

describe('compiled knowledge cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satupintu-compiled-'));
  const data = join(dir, 'data');
  mkdirSync(data);
  writeFileSync(join(data, 'words.yaml'), 'words:\n  - presensi\n  - absensi\n');
  writeFileSync(join(data, 'notes.txt'), 'not knowledge');

  it('stores every YAML file of the folder, parsed, with the hash of its text', () => {
    const cache = join(dir, 'cache.json');
    expect(compileKnowledge(data, cache)).toBe(1);
    const stored = JSON.parse(readFileSync(cache, 'utf8'));
    expect(Object.keys(stored)).toEqual(['words.yaml']);
    expect(stored['words.yaml'].data).toEqual({ words: ['presensi', 'absensi'] });
  });

  it('answers from the cache while the text is unchanged, and parses an edited file afresh', () => {
    const text = readFileSync(join(data, 'words.yaml'), 'utf8');
    const cache = join(dir, 'planted.json');
    // a planted entry proves where the answer came from
    writeFileSync(cache, JSON.stringify({ 'words.yaml': { sha1: textHash(text), data: { from: 'cache' } } }));
    expect(parseKnowledgeYaml('words.yaml', text, cache)).toEqual({ from: 'cache' });
    expect(parseKnowledgeYaml('words.yaml', `${text}  - hadir\n`, cache)).toEqual({ words: ['presensi', 'absensi', 'hadir'] });
  });

  it('parses the YAML when there is no cache file at all', () => {
    expect(parseKnowledgeYaml('words.yaml', 'a: 1\n', join(dir, 'missing.json'))).toEqual({ a: 1 });
  });
});

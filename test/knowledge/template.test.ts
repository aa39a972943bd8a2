import { describe, expect, it } from 'vitest';
import { compileTemplate, placeholderNames } from '../../src/knowledge/template.js';
import { loadLabels } from '../../src/report/i18n.js';

const fill = (template: string, vars: Record<string, string | number>, formatNumber: (n: number) => string = String) => compileTemplate(template)(vars, formatNumber);

describe('compileTemplate', () => {
  it('fills placeholders, numbers through the formatter', () => {
    expect(fill('{apps} apps of {government}', { apps: 1500, government: 'Kota Dumai' })).toBe('1500 apps of Kota Dumai');
    expect(fill('{apps} aplikasi', { apps: 1500 }, (n) => n.toLocaleString('id-ID'))).toBe('1.500 aplikasi');
    expect(fill('no placeholders', { x: 1 })).toBe('no placeholders');
  });

  it('picks a word by whether the value is 1', () => {
    expect(fill('{n} {n?record|records}', { n: 1 })).toBe('1 record');
    expect(fill('{n} {n?record|records}', { n: 3 })).toBe('3 records');
  });

  it('leaves a placeholder without a value, and braces that are no placeholder, as written', () => {
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
    expect(fill('set "defaults": {"government": "…"} for {file}', { file: 'f.csv' })).toBe('set "defaults": {"government": "…"} for f.csv');
  });

  it('names its placeholders', () => {
    expect(placeholderNames('{b} {a?one|many} {c}')).toEqual(['a', 'b', 'c']);
  });
});

describe('data/labels.yaml', () => {
  it('every label uses the same placeholders in Indonesian and English', () => {
    for (const [key, label] of Object.entries(loadLabels())) expect(placeholderNames(label.id), key).toEqual(placeholderNames(label.en));
  });
});

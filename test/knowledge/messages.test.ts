import { describe, expect, it } from 'vitest';
import { FIELDS_READ_FROM_VALUES } from '../../src/ingest/column-values.js';
import { messagePlaceholders, messages } from '../../src/knowledge/messages.js';
import { CANONICAL_FIELDS } from '../../src/model/inventory.js';

describe('messages', () => {
  it('every message uses the same placeholders in Indonesian and English', () => {
    for (const [key, p] of Object.entries(messagePlaceholders())) expect(p.id, key).toEqual(p.en);
  });

  it('fills placeholders in the chosen language', () => {
    expect(messages('en').t('survivor.newest', { year: 2024 })).toBe('newest (2024)');
    expect(messages('id').t('survivor.newest', { year: 2024 })).toBe('paling baru (2024)');
  });

  it('renders a message kept as data, its parts being messages too', () => {
    const note = { key: 'file.headerFound', vars: { line: 4, skipped: 3 }, parts: { where: 'file.where.row' } };
    expect(messages('en').render(note)).toBe('header found on row 4; 3 title row(s) above it skipped');
    expect(messages('id').render(note)).toBe('judul kolom ditemukan pada baris 4; 3 baris judul di atasnya dilewati');
  });

  it('has a phrase for what each column read by its values holds, and for each kind of file location', () => {
    const keys = Object.keys(messagePlaceholders());
    for (const field of FIELDS_READ_FROM_VALUES) expect(keys).toContain(`file.holds.${field}`);
    for (const where of ['line', 'row', 'item']) expect(keys).toContain(`file.where.${where}`);
    for (const field of CANONICAL_FIELDS) expect(keys).toContain(`file.field.${field}`);
  });

  it('names a missing message instead of printing a hole', () => {
    expect(() => messages('en').t('no.such.message')).toThrow(/no message no\.such\.message/);
  });
});

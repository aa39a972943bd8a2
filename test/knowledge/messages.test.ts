import { describe, expect, it } from 'vitest';
import { messagePlaceholders, messages } from '../../src/knowledge/messages.js';

describe('messages', () => {
  it('every message uses the same placeholders in Indonesian and English', () => {
    for (const [key, p] of Object.entries(messagePlaceholders())) expect(p.id, key).toEqual(p.en);
  });

  it('fills placeholders in the chosen language', () => {
    expect(messages('en').t('survivor.newest', { year: 2024 })).toBe('newest (2024)');
    expect(messages('id').t('survivor.newest', { year: 2024 })).toBe('paling baru (2024)');
  });

  it('names a missing message instead of printing a hole', () => {
    expect(() => messages('en').t('no.such.message')).toThrow(/no message no\.such\.message/);
  });
});

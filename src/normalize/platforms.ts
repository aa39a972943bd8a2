import type { Platform } from '../model/inventory.js';
import { compactKey } from '../util/text.js';
import { valueLookups } from './value-synonyms.js';

const ORDER: Platform[] = ['web', 'android', 'ios', 'desktop', 'kiosk'];

/** `android, ios, web` / `Android|Web` / `Mobile` → canonical platforms, in a stable order. */
export function normalizePlatforms(raw: string | undefined | null): Platform[] {
  if (!raw) return [];
  const { platform } = valueLookups();
  const found = new Set<Platform>();
  for (const part of raw.split(/[,;|/+&]|\bdan\b|\band\b/i)) {
    const key = compactKey(part);
    if (!key) continue;
    for (const p of platform.get(key) ?? []) found.add(p);
  }
  return ORDER.filter((p) => found.has(p));
}

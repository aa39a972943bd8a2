import type { Platform } from '../model/inventory.js';
import { compactKey, fold } from '../util/text.js';
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
    const whole = platform.get(key);
    if (whole) for (const p of whole) found.add(p);
    // "Aplikasi Android", "Android App", "Web Pemda": a known platform word inside a longer value
    else for (const word of fold(part).split(' ')) for (const p of platform.get(word) ?? []) found.add(p);
  }
  return ORDER.filter((p) => found.has(p));
}

import type { Status } from '../model/inventory.js';
import { fold } from '../util/text.js';
import { valueLookups } from './value-synonyms.js';

/** Registry status text → canonical status; `unknown` when blank or unrecognised. */
export function normalizeStatus(raw: string | undefined | null): Status {
  if (!raw || !raw.trim()) return 'unknown';
  const { status, abbreviations, statusNegations } = valueLookups();
  const words = fold(raw)
    .split(' ')
    .map((w) => abbreviations.get(w) ?? w);
  const exact = status.get(words.join(''));
  if (exact) return exact;
  // Longer free text ("Aktif sejak 2019", "tidak aktif lagi"): negations first, then any known word.
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const hit = status.get(words.slice(i, i + n).join(''));
      if (hit === 'active' && i > 0) return statusNegations.get(words[i - 1]!) ?? hit;
      if (hit) return hit;
    }
  }
  return 'unknown';
}

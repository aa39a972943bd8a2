import type { NameFeatures } from './name-features.js';
import { stripGluedPrefix } from './name-features.js';

/**
 * Acronym ↔ long form pairs learned from the registries themselves: a record named
 * `Sistem Informasi Manajemen Pendidikan (SIMDIK)` teaches that `SIMDIK` expands to `pendidikan`-core,
 * so a record elsewhere named only `Aplikasi SIMDIK` can be compared with its long-form siblings.
 */
export class AcronymDictionary {
  private readonly expansions = new Map<string, Map<string, number>>();

  static learn(names: readonly NameFeatures[]): AcronymDictionary {
    const dict = new AcronymDictionary();
    for (const n of names) {
      if (n.acronyms.length !== 1 || n.longForms.length === 0) continue;
      const acr = n.acronyms[0]!;
      for (const long of n.longForms) {
        for (const key of new Set([acr, stripGluedPrefix(acr)])) {
          const m = dict.expansions.get(key) ?? dict.expansions.set(key, new Map()).get(key)!;
          m.set(long, (m.get(long) ?? 0) + 1);
        }
      }
    }
    return dict;
  }

  /** Long forms seen with this acronym, most frequent first. */
  expand(acronym: string, limit = 4): string[] {
    const m = this.expansions.get(acronym) ?? this.expansions.get(stripGluedPrefix(acronym));
    if (!m) return [];
    return [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([long]) => long);
  }

  get size(): number {
    return this.expansions.size;
  }
}

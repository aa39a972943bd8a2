import { nameWords } from '../features/name-words.js';
import { PhraseMatcher } from '../features/phrase-matcher.js';
import { fold } from '../util/text.js';
import type { Knowledge, PlatformDef } from '../knowledge/taxonomy.js';
import type { Application } from '../model/analysis.js';

/**
 * Recognises the national platforms themselves among the applications: a row marked Aplikasi Umum,
 * or one owned by the platform's owner, whose name is the platform's name or alias.
 */
export class PlatformIdentity {
  private readonly names = new PhraseMatcher<string>();

  constructor(private readonly knowledge: Knowledge) {
    for (const p of knowledge.platforms) {
      for (const n of [p.name, ...p.aliases, ...p.name.split('/')]) this.names.add(n, p.id);
    }
  }

  identify(app: Application): PlatformDef | null {
    const named = new Set<string>();
    const qualifiers = nameWords().regionalQualifiers;
    for (const n of app.names) {
      // "Dapodik Daerah" is a regional copy of Dapodik, not Dapodik, unless the platform's name says "daerah" too
      const qualified = fold(n).split(' ').filter((w) => qualifiers.has(w));
      for (const hit of this.names.find(n)) {
        const phrase = new Set(fold(hit.phrase).split(' '));
        if (qualified.every((w) => phrase.has(w))) named.add(hit.value);
      }
    }
    if (named.size === 0) return null;
    for (const id of named) {
      const p = this.knowledge.platformById.get(id)!;
      if (app.markedShared || app.government.code === p.ownerCode) return p;
    }
    return null;
  }
}

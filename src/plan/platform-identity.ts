import { nameWords } from '../features/name-words.js';
import { PhraseMatcher } from '../features/phrase-matcher.js';
import { fold } from '../util/text.js';
import type { Knowledge, PlatformDef } from '../knowledge/taxonomy.js';
import type { Application, FunctionAssignment } from '../model/analysis.js';
import type { Messages } from '../knowledge/messages.js';

/**
 * Recognises the national platforms themselves among the applications: a row marked Aplikasi Umum,
 * or one owned by the platform's owner, whose name is the platform's name or alias.
 */
export class PlatformIdentity {
  private readonly names = new PhraseMatcher<string>();
  private readonly owners: ReadonlySet<string>;

  constructor(private readonly knowledge: Knowledge) {
    this.owners = new Set(knowledge.platforms.map((p) => p.ownerCode));
    for (const p of knowledge.platforms) {
      for (const n of [p.name, ...p.aliases, ...p.name.split('/')]) this.names.add(n, p.id);
    }
  }

  identify(app: Application): PlatformDef | null {
    // only a row marked Aplikasi Umum or an app of a platform's owner can be a platform: most apps are neither
    if (!app.markedShared && !this.owners.has(app.government.code)) return null;
    const qualifiers = nameWords().regionalQualifiers;
    for (const n of app.names) {
      const hits = this.names.find(n);
      if (hits.length === 0) continue;
      // "Dapodik Daerah" is a regional copy of Dapodik, not Dapodik, unless the platform's name says "daerah" too
      const qualified = fold(n).split(' ').filter((w) => qualifiers.has(w));
      for (const hit of hits) {
        const phrase = new Set(fold(hit.phrase).split(' '));
        if (!qualified.every((w) => phrase.has(w))) continue;
        const p = this.knowledge.platformById.get(hit.value)!;
        if (app.markedShared || app.government.code === p.ownerCode) return p;
      }
    }
    return null;
  }
}

/**
 * A national platform does the jobs platforms.yaml gives it: an app recognised as one keeps its function
 * when that is one of them, else takes the platform's first (its words may be too few to say which:
 * "Platform integrasi rekam medis elektronik" is SATUSEHAT, the health-centre and hospital records).
 */
export function platformFunction(assignment: FunctionAssignment, platform: PlatformDef, knowledge: Knowledge, say: Messages): FunctionAssignment {
  if (platform.functions.includes(assignment.function)) return assignment;
  const fn = knowledge.functionById.get(platform.functions[0]!)!;
  const reason = say.t('function.platform', { platform: platform.name, function: say.label(fn.label) });
  return { ...assignment, clusterId: fn.id, function: fn.id, confidence: Math.max(assignment.confidence, 0.9), reasons: [reason, ...assignment.reasons] };
}

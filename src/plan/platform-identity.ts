import { nameWords } from '../features/name-words.js';
import { PhraseMatcher } from '../features/phrase-matcher.js';
import { fold } from '../util/text.js';
import { normalizeUrl } from '../normalize/url.js';
import type { Knowledge, PlatformDef } from '../knowledge/taxonomy.js';
import type { Application, FunctionAssignment } from '../model/analysis.js';
import type { InventoryRecord } from '../model/inventory.js';
import type { Messages } from '../knowledge/messages.js';

/**
 * Recognises the national platforms themselves among the applications: a row marked Aplikasi Umum,
 * one owned by the platform's owner, or one at the platform's own address (a government listing
 * "Srikandi" at srikandi.arsip.go.id uses the platform), whose name is the platform's name or alias.
 */
export class PlatformIdentity {
  private readonly names = new PhraseMatcher<string>();
  private readonly owners: ReadonlySet<string>;
  /** Platform addresses (hosts and agency domains) → the platforms there. */
  private readonly addresses = new Map<string, Set<string>>();
  /** Platform → the phrases a listing of it alone may hold (its names, its owner), folded, longest first. */
  private readonly listingPhrases = new Map<string, string[]>();

  constructor(private readonly knowledge: Knowledge) {
    this.owners = new Set(knowledge.platforms.map((p) => p.ownerCode));
    for (const p of knowledge.platforms) {
      const names = [p.name, ...p.aliases, ...p.name.split('/')];
      for (const n of names) this.names.add(n, p.id);
      const phrases = [...names, ...p.owner.split(/[()]/)].map(fold).filter(Boolean);
      this.listingPhrases.set(p.id, phrases.sort((a, b) => b.length - a.length));
      for (const host of platformHosts(p)) (this.addresses.get(host) ?? this.addresses.set(host, new Set()).get(host)!).add(p.id);
    }
  }

  /** No address, or the platform's own (its host or under its agency's domain): where a listing of the platform is the platform. */
  atAddressOf(host: string | null, p: PlatformDef): boolean {
    return host === null || this.platformsAt(host)?.has(p.id) === true;
  }

  /** The platforms whose address the host is, or is under. */
  private platformsAt(host: string | null): ReadonlySet<string> | null {
    if (!host) return null;
    const labels = host.split('.');
    for (let i = 0; i < labels.length - 1; i++) {
      const found = this.addresses.get(labels.slice(i).join('.'));
      if (found) return found;
    }
    return null;
  }

  identify(app: Application): PlatformDef | null {
    const hosted = this.platformsAt(app.urlHost);
    // only a row marked Aplikasi Umum, an app of a platform's owner, one at a platform's address or one
    // with no address of its own can be a platform: most apps are none
    if (!app.markedShared && !this.owners.has(app.government.code) && !hosted && app.urlHost !== null) return null;
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
        if (app.markedShared || app.government.code === p.ownerCode || hosted?.has(p.id)) return p;
        // a coined name only ("SATUSEHAT", "SP4N-LAPOR!"): a government's "Call Center 112" or "Sistem
        // Informasi Desa" is its own service, however a platform is also called
        if (app.urlHost === null && !/\s/.test(hit.phrase.trim()) && this.namesOnly(n, p)) return p;
      }
    }
    return null;
  }

  /**
   * A name that says nothing but the platform: its name or aliases, its owner, words that say it is the
   * national one ("SIASN Pusat", "SATUSEHAT (Kementerian Kesehatan)", "SATUSEHAT - Platform SATUSEHAT").
   * A government's row so named, with no address of its own, lists the platform it uses; "SIPD Kab. Paser"
   * says more, and "LPSE" (a government's own procurement service) is another name.
   */
  private namesOnly(name: string, p: PlatformDef): boolean {
    let rest = ` ${fold(name)} `;
    for (const phrase of this.listingPhrases.get(p.id)!) rest = rest.split(` ${phrase} `).join(' ');
    const national = nameWords().nationalQualifiers;
    return rest.split(' ').every((w) => w === '' || national.has(w));
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

/** The address a platform is known by and its parent domain (`sipd.kemendagri.go.id`, `kemendagri.go.id`); the parent only when it is an agency's own (three labels or more). */
function platformHosts(p: PlatformDef): string[] {
  const host = p.url ? normalizeUrl(p.url)?.host : undefined;
  if (!host) return [];
  const parent = host.split('.').slice(1);
  return parent.length >= 3 ? [host, parent.join('.')] : [host];
}

/**
 * One national platform, whoever lists it, is one application: a government's row "SIPD (Aplikasi
 * Umum)" at sipd.kemendagri.go.id is the platform it uses, not an app of its own. Apps recognised as
 * the same platform (`platforms[i]`) at the platform's address (or with none) are joined into the
 * owner's app where there is one, else into the first. A copy at a government's own address stays
 * its own. Returns the records' new app numbering, or null when nothing is joined.
 */
export function joinPlatformListings(
  apps: readonly Application[],
  platforms: readonly (PlatformDef | null)[],
  appOfRecord: Int32Array,
  identity: PlatformIdentity,
): { appOfRecord: Int32Array; appCount: number; joined: number } | null {
  const into = new Map<string, number>();
  const joinedTo = new Int32Array(apps.length).map((_, i) => i);
  let joined = 0;
  const order = apps.map((_, i) => i).filter((i) => platforms[i] && identity.atAddressOf(apps[i]!.urlHost, platforms[i]!));
  // the owner's own app first, so the others join it
  order.sort((a, b) => Number(apps[b]!.government.code === platforms[b]!.ownerCode) - Number(apps[a]!.government.code === platforms[a]!.ownerCode) || a - b);
  for (const i of order) {
    const id = platforms[i]!.id;
    const target = into.get(id);
    if (target === undefined) into.set(id, i);
    else {
      joinedTo[i] = target;
      joined++;
    }
  }
  if (joined === 0) return null;
  const renumber = new Int32Array(apps.length).fill(-1);
  let appCount = 0;
  for (let i = 0; i < apps.length; i++) if (joinedTo[i] === i) renumber[i] = appCount++;
  return { appOfRecord: appOfRecord.map((app) => renumber[joinedTo[app]!]!), appCount, joined };
}

/** A platform app joined from several listings is its owner's (the ministry's), under the owner's name for it, whichever row came first. */
export function ownPlatformApps(apps: Application[], platforms: readonly (PlatformDef | null)[], records: readonly InventoryRecord[]): void {
  apps.forEach((app, i) => {
    const p = platforms[i];
    if (!p || app.records.every((r) => records[r]!.government.code === app.government.code)) return;
    const owned = app.records.find((r) => records[r]!.government.code === p.ownerCode);
    if (owned === undefined) return;
    app.government = records[owned]!.government;
    app.name = records[owned]!.name;
  });
}

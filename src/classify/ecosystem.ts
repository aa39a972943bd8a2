import { PhraseMatcher } from '../features/phrase-matcher.js';
import { messages, type Messages } from '../knowledge/messages.js';
import { familyMembers, type FunctionDef, type Knowledge } from '../knowledge/taxonomy.js';
import { CHANNEL_ECOSYSTEMS, type Application, type Ecosystem, type EcosystemAssignment, type FunctionAssignment } from '../model/analysis.js';

/** What the classifier reads of an application: a proposal offers as much. */
export type ChannelText = Pick<Application, 'names' | 'description' | 'platforms'>;

type CueHit = { ecosystem: Ecosystem; where: 'name' | 'description'; word: string };

/** Where an application landed: its ecosystem, and the function of the channel it showed when that differs. */
export interface Placement {
  ecosystem: EcosystemAssignment;
  /** The family's function for the app's channel (functions.yaml `family`) when its own function is another channel, and why. */
  channel: { function: FunctionDef; why: string } | null;
}

/**
 * Channels a description alone can show: officers who travel to citizens. A counter or queue there is
 * often where an online service ends ("ambil nomor antrian online"), and a kios a market stall.
 */
const DESCRIBED_CHANNELS: ReadonlySet<Ecosystem> = new Set(['mobile']);

/** The one channel a description's words show, when they show no other and not the function's own ("petugas mendatangi sekolah"). */
function describedChannel(hits: readonly CueHit[], own: Ecosystem): Ecosystem | undefined {
  const shown = new Set(hits.filter((h) => h.where === 'description').map((h) => h.ecosystem));
  if (shown.size !== 1 || shown.has(own)) return undefined;
  const [channel] = shown;
  return channel !== undefined && DESCRIBED_CHANNELS.has(channel) ? channel : undefined;
}

/** Places applications in an ecosystem: by their function first, by their words and platforms where those say more. */
export class EcosystemClassifier {
  private readonly cues = new PhraseMatcher<number>();
  /** family → ecosystem → the family's function for that channel */
  private readonly channels = new Map<string, Map<Ecosystem, FunctionDef>>();

  constructor(
    private readonly knowledge: Knowledge,
    private readonly say: Messages = messages('en'),
  ) {
    knowledge.cues.cues.forEach((cue, i) => {
      for (const w of cue.words) this.cues.add(w, i);
    });
    for (const [family, members] of familyMembers(knowledge.functions)) this.channels.set(family, new Map(members.map((f) => [f.ecosystem, f])));
  }

  /** Cue ecosystems found in the name (strong) and description (weak), with the words that showed them. */
  private cueHits(app: ChannelText): CueHit[] {
    const out: CueHit[] = [];
    for (const [where, texts] of [
      ['name', app.names],
      ['description', app.description ? [app.description] : []],
    ] as const) {
      for (const t of texts) {
        for (const hit of this.cues.find(t)) {
          const cue = this.knowledge.cues.cues[hit.value]!;
          out.push({ ecosystem: cue.ecosystem, where, word: hit.phrase });
        }
      }
    }
    return out;
  }

  /** The ecosystem an application's platforms imply when all of them imply one (kiosk only: self). */
  private onlyPlatformEcosystem(app: ChannelText): Ecosystem | null {
    const platformEco = app.platforms.map((p) => this.knowledge.cues.platformEcosystem[p]).filter((e): e is Ecosystem => Boolean(e));
    return platformEco.length > 0 && platformEco.length === app.platforms.length ? platformEco[0]! : null;
  }

  /** A citizen-facing function delivered through another channel than its usual one, and why; null when none shows. */
  private otherChannel(app: ChannelText, fn: FunctionDef, hits: readonly CueHit[]): { ecosystem: Ecosystem; why: string } | null {
    if (fn.ecosystem === 'internal' || fn.oneChannel) return null;
    const describe = (e: Ecosystem) => this.say.t(`ecosystem.${e}`);
    const platformEco = this.onlyPlatformEcosystem(app);
    // a kiosk where the service is given in person (queue tickets at the counters, a hospital's
    // registration machine) is part of that service, not self-service instead of it
    const onlyPlatformEco = platformEco === 'self' && fn.ecosystem === 'direct' ? null : platformEco;
    const named = hits.find((h) => h.where === 'name' && CHANNEL_ECOSYSTEMS.has(h.ecosystem))?.ecosystem;
    const channel = onlyPlatformEco ?? named ?? describedChannel(hits, fn.ecosystem);
    if (!channel || channel === fn.ecosystem) return null;
    const word = hits.find((h) => h.ecosystem === channel)?.word ?? '';
    const why = onlyPlatformEco
      ? this.say.t('ecosystem.onlyOn', { platforms: app.platforms.join('/'), ecosystem: describe(channel) })
      : this.say.t(named ? 'ecosystem.nameSays' : 'ecosystem.descriptionSays', { word, ecosystem: describe(channel) });
    return { ecosystem: channel, why };
  }

  /**
   * The ecosystem of an application of function `fn`; when the app shows another channel of a job
   * that has a function per channel (a family), it takes that function, and the ecosystem follows it.
   */
  place(app: ChannelText, fn: FunctionDef | null): Placement {
    const hits = this.cueHits(app);
    const channel = fn?.family ? this.otherChannel(app, fn, hits) : null;
    const sibling = channel ? (this.channels.get(fn!.family!)?.get(channel.ecosystem) ?? null) : null;
    return { ecosystem: this.classifyWith(app, sibling ?? fn, hits), channel: sibling ? { function: sibling, why: channel!.why } : null };
  }

  classify(app: ChannelText, fn: FunctionDef | null): EcosystemAssignment {
    return this.classifyWith(app, fn, this.cueHits(app));
  }

  private classifyWith(app: ChannelText, fn: FunctionDef | null, hits: readonly CueHit[]): EcosystemAssignment {
    const say = this.say;
    const describe = (e: Ecosystem) => say.t(`ecosystem.${e}`);
    const onlyPlatformEco = this.onlyPlatformEcosystem(app);
    if (fn) {
      const reasons = [say.t('ecosystem.byFunction', { function: say.label(fn.label), ecosystem: describe(fn.ecosystem) })];
      const channel = this.otherChannel(app, fn, hits);
      if (channel) return { ecosystem: channel.ecosystem, confidence: 0.7, reasons: [channel.why, ...reasons] };
      const agreeing = hits.filter((h) => h.ecosystem === fn.ecosystem).map((h) => `"${h.word}"`);
      if (agreeing.length) reasons.push(say.t('ecosystem.wordsAgree', { words: [...new Set(agreeing)].slice(0, 3).join(', ') }));
      return { ecosystem: fn.ecosystem, confidence: 0.9, reasons };
    }
    if (onlyPlatformEco) {
      return { ecosystem: onlyPlatformEco, confidence: 0.7, reasons: [say.t('ecosystem.onlyOn', { platforms: app.platforms.join('/'), ecosystem: describe(onlyPlatformEco) })] };
    }
    const votes = new Map<Ecosystem, number>();
    for (const h of hits) votes.set(h.ecosystem, (votes.get(h.ecosystem) ?? 0) + (h.where === 'name' ? 2 : 1));
    const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked.length) {
      const [eco] = ranked[0]!;
      const words = [...new Set(hits.filter((h) => h.ecosystem === eco).map((h) => `"${h.word}"`))].slice(0, 3);
      return { ecosystem: eco, confidence: 0.6, reasons: [say.t('ecosystem.words', { words: words.join(', '), ecosystem: describe(eco) })] };
    }
    const online = app.platforms.some((p) => p === 'web' || p === 'android' || p === 'ios');
    return online
      ? { ecosystem: 'electronic', confidence: 0.4, reasons: [say.t('ecosystem.defaultOnline')] }
      : { ecosystem: 'internal', confidence: 0.4, reasons: [say.t('ecosystem.defaultInternal')] };
  }
}

/**
 * Ecosystems of applications with their function assignments; an app whose channel is another
 * member of its function's family moves to that function (`moved` tells whether any did).
 */
export function placeApplications(
  apps: readonly Application[],
  assignments: readonly FunctionAssignment[],
  knowledge: Knowledge,
  say: Messages = messages('en'),
): { assignments: FunctionAssignment[]; ecosystems: EcosystemAssignment[]; moved: boolean } {
  const classifier = new EcosystemClassifier(knowledge, say);
  let moved = false;
  const placed = assignments.slice();
  const ecosystems = apps.map((app, i) => {
    const fn = knowledge.functionById.get(assignments[i]!.function) ?? null;
    const { ecosystem, channel } = classifier.place(app, fn);
    if (fn && channel) {
      moved = true;
      const why = say.t('function.channel', { why: channel.why, from: say.label(fn.label), function: say.label(channel.function.label) });
      placed[i] = { ...assignments[i]!, clusterId: channel.function.id, function: channel.function.id, reasons: [why, ...assignments[i]!.reasons] };
    }
    return ecosystem;
  });
  return { assignments: placed, ecosystems, moved };
}

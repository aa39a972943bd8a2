import { PhraseMatcher } from '../features/phrase-matcher.js';
import { messages, type Messages } from '../knowledge/messages.js';
import type { FunctionDef, Knowledge } from '../knowledge/taxonomy.js';
import type { Application, Ecosystem, EcosystemAssignment } from '../model/analysis.js';

/** Places applications in an ecosystem: by their function first, by their words and platforms where those say more. */
export class EcosystemClassifier {
  private readonly cues = new PhraseMatcher<number>();

  constructor(
    private readonly knowledge: Knowledge,
    private readonly say: Messages = messages('en'),
  ) {
    knowledge.cues.cues.forEach((cue, i) => {
      for (const w of cue.words) this.cues.add(w, i);
    });
  }

  /** Cue ecosystems found in the name (strong) and description (weak), with the words that showed them. */
  private cueHits(app: Application): { ecosystem: Ecosystem; where: 'name' | 'description'; word: string }[] {
    const out: { ecosystem: Ecosystem; where: 'name' | 'description'; word: string }[] = [];
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

  classify(app: Application, fn: FunctionDef | null): EcosystemAssignment {
    const say = this.say;
    const describe = (e: Ecosystem) => say.t(`ecosystem.${e}`);
    const hits = this.cueHits(app);
    const platformEco = app.platforms.map((p) => this.knowledge.cues.platformEcosystem[p]).filter((e): e is Ecosystem => Boolean(e));
    const onlyPlatformEco = platformEco.length > 0 && platformEco.length === app.platforms.length ? platformEco[0]! : null;
    if (fn) {
      const reasons = [say.t('ecosystem.byFunction', { function: say.label(fn.label), ecosystem: describe(fn.ecosystem) })];
      // A citizen-facing function delivered through another channel than its usual one: the channel decides.
      if (fn.ecosystem !== 'internal') {
        const channel = onlyPlatformEco ?? hits.find((h) => h.where === 'name' && (h.ecosystem === 'mobile' || h.ecosystem === 'self'))?.ecosystem;
        if (channel && channel !== fn.ecosystem) {
          const why = onlyPlatformEco
            ? say.t('ecosystem.onlyOn', { platforms: app.platforms.join('/'), ecosystem: describe(channel) })
            : say.t('ecosystem.nameSays', { word: hits.find((h) => h.ecosystem === channel)!.word, ecosystem: describe(channel) });
          return { ecosystem: channel, confidence: 0.7, reasons: [why, ...reasons] };
        }
      }
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

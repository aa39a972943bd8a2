import { EcosystemClassifier } from '../classify/ecosystem.js';
import { addressLevel } from '../features/app-address.js';
import { recordText, taxonomyCluster } from '../cluster/cluster-functions.js';
import { loadFunctionModel, type FunctionModel } from '../cluster/function-model.js';
import { scoreItem } from '../cluster/function-scorer.js';
import { KeywordEvidence } from '../cluster/keyword-evidence.js';
import { termsOf } from '../cluster/terms.js';
import { importFunctionModel } from '../cluster/saved-model.js';
import { buildRecordFeatures } from '../features/record-features.js';
import { messages, type Messages } from '../knowledge/messages.js';
import type { Knowledge } from '../knowledge/taxonomy.js';
import { clusterLabel, type AnalyzedApplication } from '../model/analysis.js';
import type { InventoryRecord } from '../model/inventory.js';
import type { SavedAnalysis } from '../report/analysis-json.js';
import { diceCoefficient } from '../util/dice.js';

export type CheckDecision = 'block' | 'allow';
export type BlockKind = 'existing-app' | 'platform' | 'local-duplicate' | 'other-governments' | 'none';

export interface ProposalMatchEntry {
  appId: string;
  name: string;
  government: string;
  relation: 'same-app' | 'platform' | 'same-government' | 'other-government';
  score: number;
}

export interface ProposalVerdict {
  record: InventoryRecord;
  decision: CheckDecision;
  kind: BlockKind;
  /** What to use instead: platform name, existing app, or the cluster to adopt from. */
  alternative: string;
  function: string | null;
  functionLabel: string | null;
  confidence: number;
  matches: ProposalMatchEntry[];
  reasons: string[];
  /** How the function was decided: best cosine, keyword evidence, and whether the name/description named it. */
  scores: { cosine: number; evidence: number; combined: number; named: boolean };
}

/**
 * Decides, for each proposed application, whether its job is already done: by the same app already
 * registered, by a national platform, by an app of the same government, or by apps of other governments.
 * Only a function nobody has is allowed.
 */
export function matchProposals(
  proposals: readonly InventoryRecord[],
  saved: SavedAnalysis,
  knowledge: Knowledge,
  say: Messages = messages('en'),
  model: FunctionModel = loadFunctionModel(),
): ProposalVerdict[] {
  // every taxonomy function can be a proposal's job, also one no app of the inventory does (a small
  // registry has no SRIKANDI-like app, yet a proposal for one must still meet the national platform).
  // Taxonomy clusters come first, in the taxonomy's order, so a cluster's index is its function's index
  // and keyword evidence (which speaks in function indexes) applies as it is; discovered clusters follow.
  const savedById = new Map(saved.clusters.map((c) => [c.id, c]));
  const taxonomyIds = new Set(knowledge.functions.map((f) => f.id));
  const clusters = [...knowledge.functions.map((f) => savedById.get(f.id) ?? taxonomyCluster(f)), ...saved.clusters.filter((c) => !taxonomyIds.has(c.id))];
  const apps = saved.applications;
  const { tfidf, index: centroids } = importFunctionModel(saved.functionModel, clusters);
  const kw = new KeywordEvidence(knowledge.functions, model, say, knowledge.cues.cues);
  const classifier = new EcosystemClassifier(knowledge, say);
  const appsByCluster = new Map<string, AnalyzedApplication[]>();
  for (const a of apps) {
    const list = appsByCluster.get(a.fn.clusterId) ?? appsByCluster.set(a.fn.clusterId, []).get(a.fn.clusterId)!;
    list.push(a);
  }

  const proposalFeatures = buildRecordFeatures([...proposals]).features;
  // only the proposers' governments can hold the very same app: compare features of their records alone
  const proposerGovs = new Set(proposals.map((p) => p.government.code));
  const existingByGov = new Map<string, AnalyzedApplication[]>();
  for (const a of apps) {
    if (!proposerGovs.has(a.government.code)) continue;
    const list = existingByGov.get(a.government.code) ?? existingByGov.set(a.government.code, []).get(a.government.code)!;
    list.push(a);
  }
  const candidateRecords = [...existingByGov.values()].flatMap((list) => list.flatMap((a) => a.records));
  const builtFeatures = buildRecordFeatures(candidateRecords.map((i) => saved.records[i]!)).features;
  const featureOf = new Map(candidateRecords.map((r, k) => [r, builtFeatures[k]!]));

  return proposals.map((p, k) => {
    const text = recordText(p, proposalFeatures[k]!);
    const evidence = kw.score(text);
    const scored = scoreItem(tfidf.transform(termsOf(text, model.features)), evidence, centroids, model, text.descriptions.length > 0);
    // a job the proposal's words argue against ("izin ... petak makam" is no business licence) is not its job,
    // however alike the wording. Only here: in analyze an app's likeness to many member apps rightly
    // outweighs one exclude word (set P: "SILAKIP" stays performance reporting), a proposal has no peers
    const item = { ...scored, candidates: scored.candidates.filter((c) => !evidence.against.has(c.fn)) };
    const leading = item.candidates[0];
    // the proposal's own words name a taxonomy job: that is its job, over one it resembles only through
    // its office or shared vocabulary ("indeks pencemar udara" proposed by the village office); of jobs
    // its words name, the one they name most (a job no app does yet has no wording to resemble)
    let namedCandidate: (typeof item.candidates)[number] | undefined;
    for (const c of item.candidates) if (evidence.textual.has(c.fn) && (!namedCandidate || c.evidence > namedCandidate.evidence)) namedCandidate = c;
    if (namedCandidate && appsByCluster.has(clusters[namedCandidate.fn]!.id) && namedWeakly(namedCandidate, model)) namedCandidate = undefined;
    const first = leading && namedCandidate && leading.fn < knowledge.functions.length ? namedCandidate : leading;
    const named = namedCandidate !== undefined;
    const resembles = (first?.cosine ?? 0) >= model.novelty.proposalMinCosine;
    // a discovered cluster has no keywords: only a clear likeness makes it the proposal's job, whatever
    // a lesser candidate's keyword says
    const discovered = first !== undefined && first.fn >= knowledge.functions.length;
    const novel = !resembles && (!named || discovered);
    const reasons: string[] = [];

    // 1. the very same application is already registered
    const pf = proposalFeatures[k]!;
    const sameApp = (existingByGov.get(p.government.code) ?? []).find((a) =>
      a.records.some((ri) => {
        const f = featureOf.get(ri)!;
        const address = addressLevel(pf, f);
        if (address !== 'missing') return address !== 'different_host';
        return Boolean(pf.name.core) && (pf.name.core === f.name.core || diceCoefficient(pf.name.core, f.name.core) >= 0.9);
      }),
    );
    // a proposal for another channel of a job ("Samsat Keliling Online" named as e-Samsat) meets that channel's apps
    const channel = first && first.fn < knowledge.functions.length ? classifier.place({ names: [p.name], description: p.description, platforms: p.platforms }, knowledge.functions[first.fn]!).channel : null;
    const best = channel && first ? { ...first, fn: knowledge.functions.indexOf(channel.function) } : first;
    const cluster = best ? clusters[best.fn]! : null;
    const scores = {
      cosine: round(best?.cosine ?? 0),
      evidence: round(best?.evidence ?? 0),
      combined: round(best?.combined ?? 0),
      named: first ? evidence.textual.has(first.fn) : false,
    };
    const base = {
      record: p,
      scores,
      function: cluster?.function ?? null,
      functionLabel: cluster ? say.label(clusterLabel(cluster)) : null,
    };
    if (sameApp) {
      return {
        ...base,
        decision: 'block',
        kind: 'existing-app',
        alternative: `${sameApp.name} (${sameApp.appId})`,
        confidence: 0.9,
        matches: [{ appId: sameApp.appId, name: sameApp.name, government: sameApp.government.name, relation: 'same-app', score: 1 }],
        reasons: [say.t('check.existingApp', { government: p.government.name || say.t('check.theProposer'), app: `${sameApp.name} (${sameApp.appId})` })],
      };
    }
    if (!cluster || novel) {
      return {
        ...base,
        function: null,
        functionLabel: null,
        decision: 'allow',
        kind: 'none',
        alternative: '',
        confidence: 0.6,
        matches: [],
        reasons: [
          say.t('check.novel', { closest: cluster ? say.t('check.closest', { function: cluster.id, similarity: best!.cosine.toFixed(2) }) : say.t('check.none') }),
        ],
      };
    }
    const why = best!.fn < knowledge.functions.length ? [...(channel ? [channel.why] : []), ...kw.reasonsFor(text, first!.fn, channel ? 2 : 3)] : [];
    reasons.push(say.t('check.function', { function: base.functionLabel ?? cluster.id, score: best!.combined.toFixed(2), why: why.length ? `; ${why.join('; ')}` : '' }));
    const confidence = Math.round(Math.min(0.95, 0.5 + best!.combined / 2) * 100) / 100;
    const platform = cluster.platformId ? knowledge.platformById.get(cluster.platformId) : undefined;
    const members = appsByCluster.get(cluster.id) ?? [];
    const live = members.filter((a) => a.decision.action !== 'retire');
    if (platform) {
      const platformApp = members.find((a) => a.platformId === platform.id);
      return {
        ...base,
        decision: 'block',
        kind: 'platform',
        alternative: platform.name,
        confidence,
        matches: platformApp ? [{ appId: platformApp.appId, name: platformApp.name, government: platformApp.government.name, relation: 'platform', score: best!.combined }] : [],
        reasons: [say.t('check.platform', { platform: platform.name, owner: platform.owner }), ...reasons],
      };
    }
    const local = live.filter((a) => a.government.code === p.government.code && p.government.code);
    if (local.length > 0) {
      const top = local.slice(0, 3);
      return {
        ...base,
        decision: 'block',
        kind: 'local-duplicate',
        alternative: `${top[0]!.name} (${top[0]!.appId})`,
        confidence,
        matches: top.map((a) => ({ appId: a.appId, name: a.name, government: a.government.name, relation: 'same-government', score: best!.combined })),
        reasons: [say.t('check.localDuplicate', { government: p.government.name, count: local.length, apps: top.map((a) => `${a.name} (${a.appId})`).join(', ') }), ...reasons],
      };
    }
    if (live.length > 0) {
      const govs = new Set(live.map((a) => a.government.code));
      const examples = live
        .filter((a) => a.status === 'active')
        .sort((x, y) => (y.monthlyUsers ?? 0) - (x.monthlyUsers ?? 0))
        .slice(0, 3);
      return {
        ...base,
        decision: 'block',
        kind: 'other-governments',
        alternative: `cluster ${cluster.id} (${base.functionLabel})`,
        confidence,
        matches: examples.map((a) => ({ appId: a.appId, name: a.name, government: a.government.name, relation: 'other-government', score: best!.combined })),
        reasons: [
          say.t('check.otherGovernments', {
            governments: govs.size,
            count: live.length,
            examples: examples.map((a) => `${a.name}, ${a.government.name}`).join('; ') || say.t('check.seeCluster'),
          }),
          ...reasons,
        ],
      };
    }
    return {
      ...base,
      decision: 'allow',
      kind: 'none',
      alternative: '',
      confidence: 0.6,
      matches: [],
      reasons: [say.t('check.nobodyYet', { function: base.functionLabel ?? cluster.id }), ...reasons],
    };
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Named by a generic word or two, and worded like none of the apps that do that job: a new kind of app, not that job. */
function namedWeakly(candidate: { evidence: number; cosine: number }, model: FunctionModel): boolean {
  return candidate.evidence < model.novelty.proposalWeakEvidence && candidate.cosine < model.novelty.proposalWeakCosine;
}

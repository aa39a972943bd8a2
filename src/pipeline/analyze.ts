import { placeApplications } from '../classify/ecosystem.js';
import { buildClusters, clusterApplications, recordGuesses, recordText } from '../cluster/cluster-functions.js';
import { loadFunctionModel } from '../cluster/function-model.js';
import type { ClassifiableText } from '../cluster/keyword-evidence.js';
import { scoreFunctions } from '../cluster/function-scorer.js';
import { exportFunctionModel } from '../cluster/saved-model.js';
import { buildRecordFeatures } from '../features/record-features.js';
import { messages, type Lang } from '../knowledge/messages.js';
import { loadKnowledgeBase, type Knowledge } from '../knowledge/taxonomy.js';
import { buildApplications } from '../link/applications.js';
import { loadLinkModel } from '../link/link-model.js';
import { namedLevelWeights } from '../link/em.js';
import { linkRecords } from '../link/link.js';
import type { Analysis, AnalyzedApplication, Application, Ecosystem, FunctionCluster } from '../model/analysis.js';
import type { InventoryRecord } from '../model/inventory.js';
import { findDataOverlap } from '../plan/data-overlap.js';
import { decideAll, type OfficeFit } from '../plan/decide.js';
import { PlatformIdentity, joinPlatformListings, ownPlatformApps, platformFunction } from '../plan/platform-identity.js';
import { applyActionDecisions, applyClassificationDecisions, humanLinksFor, unmatchedDecisions, type AnalystDecisions } from './analyst-decisions.js';

/** The stages `onStage` reports, in order. */
export const ANALYZE_STAGES = ['features', 'score functions', 'link', 'cluster', 'classify', 'plan'] as const;

export interface AnalyzeOptions {
  knowledge?: Knowledge;
  /** Language of the reasons written into the plan (default English). */
  lang?: Lang;
  decisions?: AnalystDecisions;
  onStage?: (stage: string) => void;
}

function mergeTexts(texts: ClassifiableText[]): ClassifiableText {
  const merged = (pick: (t: ClassifiableText) => string[]): string[] => {
    const all = texts.length === 1 ? pick(texts[0]!) : texts.flatMap(pick);
    return all.length < 2 ? all : [...new Set(all)];
  };
  return {
    names: merged((t) => t.names),
    descriptions: merged((t) => t.descriptions),
    addresses: merged((t) => t.addresses),
    units: merged((t) => t.units),
    categories: merged((t) => t.categories),
    elements: merged((t) => t.elements),
    ...(texts.every((t) => t.officeSite) ? { officeSite: true } : {}),
    ...(texts.every((t) => t.officeAddress) ? { officeAddress: true } : {}),
    ...(texts.every((t) => t.governmentSite) ? { governmentSite: true } : {}),
    ...(texts.every((t) => t.siteOf) ? { siteOf: texts[0]!.siteOf! } : {}),
    ...(texts.some((t) => t.officeNames) ? { officeNames: merged((t) => t.officeNames ?? []) } : {}),
  };
}

/** ingest output → linked applications → function clusters → ecosystems → decisions. */
export function analyzeRecords(records: InventoryRecord[], options: AnalyzeOptions = {}): Analysis {
  const timings: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    timings[stage] = Math.round(now - t0);
    t0 = now;
    options.onStage?.(stage);
  };
  const knowledge = options.knowledge ?? loadKnowledgeBase();
  const say = messages(options.lang ?? 'en');
  const fnModel = loadFunctionModel();
  const linkModel = loadLinkModel();

  const { features } = buildRecordFeatures(records);
  lap('features');
  const texts = records.map((r, i) => recordText(r, features[i]!));
  const scoring = scoreFunctions(texts, knowledge.functions, fnModel, say, knowledge.cues.cues);
  const guesses = recordGuesses(scoring, knowledge.functions);
  lap('score functions');

  const link = linkRecords(features, (i) => guesses[i]!, linkModel, humanLinksFor(options.decisions, records));
  const identity = new PlatformIdentity(knowledge);
  let appOfRecord = link.appOfRecord;
  let apps: Application[] = buildApplications(records, appOfRecord, link.appCount, link.pairs);
  let platforms = apps.map((a) => identity.identify(a));
  const listings = joinPlatformListings(apps, platforms, appOfRecord, identity);
  if (listings) {
    appOfRecord = listings.appOfRecord;
    apps = buildApplications(records, appOfRecord, listings.appCount, link.pairs);
    platforms = apps.map((a) => identity.identify(a));
    ownPlatformApps(apps, platforms, records);
  }
  lap('link');

  const appTexts = apps.map((a) => mergeTexts(a.records.map((r) => texts[r]!)));
  const clustering = clusterApplications(apps, scoring, knowledge, fnModel, appTexts, say);
  lap('cluster');

  const platformPlaced = clustering.assignments.map((assignment, i) => {
    const platform = platforms[i];
    apps[i]!.platformId = platform?.id ?? null;
    return platform ? platformFunction(assignment, platform, knowledge, say) : assignment;
  });
  const placed = placeApplications(apps, platformPlaced, knowledge, say);
  const fnAssignments = placed.assignments;
  const ecoAssignments = placed.ecosystems;
  applyClassificationDecisions(options.decisions, apps, records, fnAssignments, ecoAssignments, knowledge, say);
  const moved = placed.moved || platformPlaced.some((a, i) => a !== clustering.assignments[i]);
  const clusters = options.decisions || moved ? buildClusters(apps, fnAssignments, knowledge, clustering.clusters) : clustering.clusters;
  lap('classify');

  const fnIndex = new Map(knowledge.functions.map((f, k) => [f.id, k]));
  const officeFit = (i: number): OfficeFit => {
    const fn = fnIndex.get(fnAssignments[i]!.function);
    return { dutyOffice: fn === undefined ? null : scoring.keywords.dutyOfficePhrase(appTexts[i]!, fn), officeAddress: Boolean(appTexts[i]!.officeAddress || appTexts[i]!.officeSite) };
  };
  const decisions = decideAll(
    apps.map((app, i) => ({ app, fn: fnAssignments[i]! })),
    knowledge,
    say,
    clusters,
    officeFit,
  );
  // the applications become analysed applications in place: no copy of 27,000 objects
  const analyzed: AnalyzedApplication[] = apps.map((app, i) =>
    Object.assign(app, { fn: fnAssignments[i]!, eco: ecoAssignments[i]!, decision: decisions[i]!, masterData: findDataOverlap(app, knowledge) }),
  );
  applyActionDecisions(options.decisions, analyzed, records, say);
  setDiscoveredEcosystems(clusters, analyzed);
  lap('plan');

  const linked = link.pairs.filter((p) => p.linked).length;
  return {
    records,
    applications: analyzed,
    appOfRecord: Array.from(appOfRecord),
    clusters,
    pairs: link.pairs,
    functionModel: exportFunctionModel(apps, fnAssignments, clusters, scoring),
    warnings: unmatchedDecisions(options.decisions, apps, records),
    stats: {
      records: records.length,
      applications: apps.length,
      candidatePairs: link.pairs.length,
      linkedPairs: linked,
      blockingRules: link.ruleCounts,
      linkWeights: link.trained
        ? Object.fromEntries([['prior', round2(link.trained.priorWeight)], ...namedLevelWeights(link.trained).map(([k, w]) => [k, round2(w)] as [string, number])])
        : null,
      linkTraining: link.training,
      platformListingsJoined: listings?.joined ?? 0,
      clusters: clusters.length,
      discoveredClusters: clusters.filter((c) => c.origin === 'discovered').length,
      timingsMs: timings,
    },
  };
}

/** A discovered cluster has no taxonomy ecosystem: it takes the one most of its apps got. */
function setDiscoveredEcosystems(clusters: FunctionCluster[], apps: readonly AnalyzedApplication[]): void {
  const discovered = new Map(clusters.filter((c) => c.origin === 'discovered').map((c) => [c.id, new Map<Ecosystem, number>()]));
  if (discovered.size === 0) return;
  for (const a of apps) {
    const counts = discovered.get(a.fn.clusterId);
    if (counts) counts.set(a.eco.ecosystem, (counts.get(a.eco.ecosystem) ?? 0) + 1);
  }
  for (const c of clusters) {
    const top = [...(discovered.get(c.id) ?? [])].sort((x, y) => y[1] - x[1])[0];
    if (top) c.ecosystem = top[0];
  }
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

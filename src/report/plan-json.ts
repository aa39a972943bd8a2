/**
 * plan.json — the machine-readable plan (`format: "satupintu/plan@1"`).
 *
 * Schema (PlanJsonSchema below is the exact, validated form):
 *   format          "satupintu/plan@1"
 *   generatedAt     ISO timestamp
 *   files[]         registries read: source, path, rowsRead, accepted, rejected, notes (encoding, sheet, header
 *                   row) and assumptions (what the tool assumed where the file is silent: columns read by their
 *                   values, names from addresses, one government for the file), in the plan's language
 *   summary         national ScopeSummary: records, applications, governments, clusters,
 *                   actions{retire,migrate,merge,retain}, ecosystems{electronic,direct,mobile,self,internal}, remaining{same: apps retained},
 *                   citizenFacing{direct|mobile|self|electronic: {apps, afterPlan}},
 *                   savings{retire|merge|migrate: {apps, annualCost, appsWithoutCost}}, totalCost
 *   governments[]   the same summary per government (code, name, level), most applications first
 *   applications[]  appId, name, names[], government{code,name,level}, unit, url, status, year,
 *                   annualCost, monthlyUsers, platformId, linkConfidence,
 *                   records[]{source, source_id, name},
 *                   function{clusterId, function, confidence, reasons[], human?},
 *                   ecosystem{ecosystem, confidence, reasons[], human?},
 *                   decision{action, target, confidence, reasons[], wave, human?},
 *                   masterData[]{domain, owner, elements[]}
 *   evidence[]      linked record pairs: appId, a/b{source, source_id}, score, rules[],
 *                   signals[]{signal, level, weight}, human?
 *   clusters[]      id, function, label{id,en}, origin, ecosystem, platformId, appIds[], governments, terms[]
 *   views           waves[]{wave, appIds[] (lower effort level first, then biggest saving), cost, effort{low,medium,high}},
 *                   sharedPlatforms[], dataExchange[], catalogue[], redirects[] — as in src/plan/views.ts
 *
 * Money is rupiah per year; a null cost means no registry gave one (never guessed).
 */
import { z } from 'zod';
import { messages, type Lang } from '../knowledge/messages.js';
import type { Knowledge } from '../knowledge/taxonomy.js';
import { ACTIONS, ECOSYSTEMS, clusterLabel, type Analysis, type AnalyzedApplication, type CandidatePair } from '../model/analysis.js';
import type { FileSummary } from '../model/inventory.js';
import { planViews, type PlanViews } from '../plan/views.js';
import { StreamedList, materialize, writeJsonFile } from '../util/json-file.js';

export const PLAN_FORMAT = 'satupintu/plan@1';

const Label = z.object({ id: z.string(), en: z.string() });
const Cost = z.object({ apps: z.number().int(), annualCost: z.number(), appsWithoutCost: z.number().int() });
const Level = z.enum(['pusat', 'provinsi', 'kabupaten', 'kota', 'unknown', 'national']);
const Action = z.enum(ACTIONS);
const Ecosystem = z.enum(ECOSYSTEMS);
const Freeing = z.enum(['retire', 'merge', 'migrate']);
const CitizenCount = z.object({ apps: z.number().int(), afterPlan: z.number().int() });
const Wave = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const RecordRef = z.object({ source: z.string(), source_id: z.string() });
const Assessment = { confidence: z.number(), reasons: z.array(z.string()), human: z.boolean().optional() };

const ScopeSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  level: Level,
  records: z.number().int(),
  applications: z.number().int(),
  governments: z.number().int(),
  clusters: z.number().int(),
  actions: z.record(Action, z.number().int()),
  ecosystems: z.record(Ecosystem, z.number().int()),
  remaining: z.record(Ecosystem, z.number().int()),
  citizenFacing: z.object({ direct: CitizenCount, mobile: CitizenCount, self: CitizenCount, electronic: CitizenCount }),
  savings: z.record(Freeing, Cost),
  totalCost: Cost,
});

const ApplicationSchema = z.object({
  appId: z.string(),
  name: z.string(),
  names: z.array(z.string()),
  government: z.object({ code: z.string(), name: z.string(), level: Level }),
  unit: z.string().nullable(),
  url: z.string().nullable(),
  status: z.string(),
  year: z.number().nullable(),
  annualCost: z.number().nullable(),
  monthlyUsers: z.number().nullable(),
  platformId: z.string().nullable(),
  linkConfidence: z.number(),
  records: z.array(RecordRef.extend({ name: z.string() })),
  function: z.object({ clusterId: z.string(), function: z.string(), ...Assessment }),
  ecosystem: z.object({ ecosystem: Ecosystem, ...Assessment }),
  decision: z.object({ action: Action, target: z.string(), wave: Wave.nullable(), ...Assessment }),
  masterData: z.array(z.object({ domain: z.string(), owner: z.string(), elements: z.array(z.string()) })),
});

const EvidenceSchema = z.object({
  appId: z.string(),
  a: RecordRef,
  b: RecordRef,
  score: z.number(),
  rules: z.array(z.string()),
  signals: z.array(z.object({ signal: z.string(), level: z.string(), weight: z.number() })),
  human: z.enum(['same', 'different']).optional(),
});

const ClusterSchema = z.object({
  id: z.string(),
  function: z.string(),
  label: Label,
  origin: z.enum(['taxonomy', 'discovered']),
  ecosystem: Ecosystem,
  platformId: z.string().nullable(),
  appIds: z.array(z.string()),
  governments: z.number().int(),
  terms: z.array(z.string()),
});

const ViewsSchema = z.object({
  waves: z.array(
    z.object({
      wave: Wave,
      appIds: z.array(z.string()),
      cost: Cost,
      effort: z.object({ low: z.number().int(), medium: z.number().int(), high: z.number().int() }),
    }),
  ),
  sharedPlatforms: z.array(
    z.object({
      clusterId: z.string(),
      function: z.string(),
      label: Label,
      origin: z.enum(['taxonomy', 'discovered']),
      ecosystem: Ecosystem,
      governments: z.number().int(),
      clusterGovernments: z.number().int(),
      apps: z.number().int(),
      cost: Cost,
      score: z.number(),
      topGovernments: z.array(z.object({ name: z.string(), apps: z.number().int() })),
    }),
  ),
  dataExchange: z.array(
    z.object({
      domain: z.string(),
      label: Label,
      owner: z.string(),
      platform: z.object({ id: z.string(), name: z.string() }).nullable(),
      governments: z.number().int(),
      apps: z.array(z.object({ appId: z.string(), name: z.string(), government: z.string(), elements: z.array(z.string()) })),
      elements: z.array(z.object({ id: z.string(), label: Label, apps: z.number().int() })),
    }),
  ),
  catalogue: z.array(
    z.object({
      need: z.string(),
      label: Label,
      description: Label,
      apps: z.number().int(),
      functions: z.array(
        z.object({
          function: z.string(),
          label: Label,
          platform: z.object({ id: z.string(), name: z.string(), url: z.string().nullable() }).nullable(),
          apps: z.number().int(),
          governments: z.number().int(),
          ecosystems: z.record(z.string(), z.number().int()),
          examples: z.array(z.string()),
        }),
      ),
    }),
  ),
  redirects: z.array(
    z.object({
      oldUrl: z.string(),
      newHome: z.string(),
      homeKind: z.enum(['platform', 'survivor', 'archive']),
      action: Freeing,
      appId: z.string(),
      name: z.string(),
      government: z.string(),
    }),
  ),
});

export const PlanJsonSchema = z.object({
  format: z.literal(PLAN_FORMAT),
  generatedAt: z.string(),
  files: z.array(z.object({ source: z.string(), path: z.string(), rowsRead: z.number().int(), accepted: z.number().int(), rejected: z.number().int(), notes: z.array(z.string()), assumptions: z.array(z.string()) })),
  summary: ScopeSummarySchema,
  governments: z.array(ScopeSummarySchema),
  applications: z.array(ApplicationSchema),
  evidence: z.array(EvidenceSchema),
  clusters: z.array(ClusterSchema),
  views: ViewsSchema,
});
export type PlanJson = z.infer<typeof PlanJsonSchema>;

/** plan.json's fields in order; applications and link evidence are built item by item as they are written. */
function planJsonFields(analysis: Analysis, knowledge: Knowledge, files: FileSummary[], lang: Lang, views: PlanViews = planViews(analysis, knowledge)): Record<keyof PlanJson, unknown> {
  const say = messages(lang);
  const ref = (index: number) => {
    const r = analysis.records[index]!;
    return { source: r.source, source_id: r.sourceId };
  };
  const application = (a: AnalyzedApplication): PlanJson['applications'][number] => ({
    appId: a.appId,
    name: a.name,
    names: a.names,
    government: { code: a.government.code, name: a.government.name, level: a.government.level },
    unit: a.unit,
    url: a.url,
    status: a.status,
    year: a.year,
    annualCost: a.annualCost,
    monthlyUsers: a.monthlyUsers,
    platformId: a.platformId,
    linkConfidence: a.linkConfidence,
    records: a.records.map((i) => ({ ...ref(i), name: analysis.records[i]!.name })),
    function: { clusterId: a.fn.clusterId, function: a.fn.function, confidence: a.fn.confidence, reasons: a.fn.reasons, human: a.fn.human },
    ecosystem: { ecosystem: a.eco.ecosystem, confidence: a.eco.confidence, reasons: a.eco.reasons, human: a.eco.human },
    decision: { ...a.decision },
    masterData: a.masterData.map((m) => ({ domain: m.domain, owner: m.owner, elements: m.elements })),
  });
  const evidence = (p: CandidatePair): PlanJson['evidence'][number] => ({
    appId: analysis.applications[analysis.appOfRecord[p.a]!]!.appId,
    a: ref(p.a),
    b: ref(p.b),
    score: p.score,
    rules: p.rules,
    signals: p.signals.map((s) => ({ signal: s.signal, level: s.level, weight: s.weight })),
    human: p.human,
  });
  return {
    format: PLAN_FORMAT,
    generatedAt: new Date().toISOString(),
    files: files.map((f) => ({
      source: f.source,
      path: f.path,
      rowsRead: f.rowsRead,
      accepted: f.accepted,
      rejected: f.rejected,
      notes: f.notes.map((n) => say.render(n)),
      assumptions: f.assumptions.map((n) => say.render(n)),
    })),
    summary: views.national,
    governments: views.governments,
    applications: new StreamedList(analysis.applications, application),
    evidence: new StreamedList(
      analysis.pairs.filter((p) => p.linked),
      evidence,
    ),
    clusters: analysis.clusters.map((c) => ({
      id: c.id,
      function: c.function,
      label: clusterLabel(c),
      origin: c.origin,
      ecosystem: c.ecosystem,
      platformId: c.platformId,
      appIds: c.appIds,
      governments: c.governments,
      terms: c.terms,
    })),
    views: {
      waves: views.waves.map((w) => ({ wave: w.wave, appIds: w.apps.map((x) => x.appId), cost: w.cost, effort: w.effort })),
      sharedPlatforms: views.sharedPlatforms,
      dataExchange: views.dataExchange,
      catalogue: views.catalogue,
      redirects: views.redirects,
    },
  };
}

export function buildPlanJson(analysis: Analysis, knowledge: Knowledge, files: FileSummary[], lang: Lang, views?: PlanViews): PlanJson {
  return materialize<PlanJson>(planJsonFields(analysis, knowledge, files, lang, views));
}

export function planJson(analysis: Analysis, knowledge: Knowledge, files: FileSummary[], lang: Lang, views?: PlanViews): string {
  return `${JSON.stringify(buildPlanJson(analysis, knowledge, files, lang, views))}\n`;
}

/** Writes plan.json list by list (see writeJsonFile): the same bytes as `planJson`, never one 50 MB string. */
export function writePlanJson(path: string, analysis: Analysis, knowledge: Knowledge, files: FileSummary[], lang: Lang, views?: PlanViews): void {
  writeJsonFile(path, planJsonFields(analysis, knowledge, files, lang, views), '\n');
}

import { z } from 'zod';
import { ECOSYSTEMS } from '../model/analysis.js';
import { loadKnowledge, loadValidated } from './load.js';
import { InputError } from '../util/errors.js';

const Label = z.object({ id: z.string().min(1), en: z.string().min(1) }).strict();
const Phrase = z.string().min(1);

export const FunctionSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    label: Label,
    ecosystem: z.enum(ECOSYSTEMS),
    /** National platform id (platforms.yaml) that replaces local apps of this function. */
    platform: z.string().nullable().default(null),
    /** Citizen need (citizen-needs.yaml) this function serves, for the one-door catalogue. */
    need: z.string().nullable().default(null),
    /** Words and phrases (Indonesian and English) that on their own point to this function. */
    keywords: z.array(Phrase).min(1),
    /** Words that support the function but are not decisive alone. */
    related: z.array(Phrase).default([]),
    /** Acronyms and short names apps of this function are commonly given. */
    acronyms: z.array(Phrase).default([]),
    /** Words in the managing unit's name that suggest this function. */
    units: z.array(Phrase).default([]),
    /** Canonical data element ids (data-elements.yaml) typical of this function. */
    dataElements: z.array(z.string()).default([]),
    /** Phrases that argue against this function (e.g. "keliling" for an online service). */
    exclude: z.array(Phrase).default([]),
    /** One job reached through several ecosystems: the functions of a family are its channels, one per ecosystem. */
    family: z.string().regex(/^[a-z][a-z0-9_]*$/).nullable().default(null),
    /** Served through its own ecosystem only: no channel word in an app's name or description moves it to another. */
    oneChannel: z.boolean().default(false),
  })
  .strict();
export type FunctionDef = z.infer<typeof FunctionSchema>;

export const PlatformSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    name: z.string().min(1),
    aliases: z.array(Phrase).default([]),
    owner: z.string().min(1),
    /** Government code of the owner, `00.<abbreviation>` as in central-agencies.yaml. */
    ownerCode: z.string().min(1),
    functions: z.array(z.string()).min(1),
    url: z.string().nullable().default(null),
    description: Label,
  })
  .strict();
export type PlatformDef = z.infer<typeof PlatformSchema>;

export const DataElementSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    label: Label,
    synonyms: z.array(Phrase).min(1),
    /** Master-data domain (masterData ids below) the element belongs to. */
    domain: z.string().nullable().default(null),
  })
  .strict();
export type DataElementDef = z.infer<typeof DataElementSchema>;

export const MasterDataSchema = z
  .object({
    id: z.string(),
    label: Label,
    owner: z.string(),
    /** Platform that is the source of truth, when one exists. */
    platform: z.string().nullable().default(null),
    /** Elements that identify the domain's master data. */
    keyElements: z.array(z.string()).min(1),
    /** An app holds this master data when it has at least this many of the domain's elements (key or not) and one key element. */
    minElements: z.number().int().min(1),
  })
  .strict();
export type MasterDataDef = z.infer<typeof MasterDataSchema>;

export const CitizenNeedSchema = z
  .object({ id: z.string(), label: Label, description: Label })
  .strict();
export type CitizenNeedDef = z.infer<typeof CitizenNeedSchema>;

export const EcosystemCueSchema = z
  .object({
    ecosystem: z.enum(ECOSYSTEMS),
    words: z.array(Phrase).min(1),
    reason: Label,
  })
  .strict();
export type EcosystemCueDef = z.infer<typeof EcosystemCueSchema>;

export const TaxonomySchema = z
  .object({
    /** Phrases several functions share, written once; `exclude: ['@name']` stands for them. */
    phraseGroups: z.record(z.string().regex(/^[A-Za-z]\w*$/), z.array(Phrase).min(1)).default({}),
    functions: z.array(FunctionSchema).min(1),
  })
  .strict();

/** A function's exclude list with each `@group` written out (an unknown group is an error naming the function). */
function withGroupsExpanded(functions: readonly FunctionDef[], groups: Record<string, string[]>): FunctionDef[] {
  return functions.map((f) => {
    if (!f.exclude.some((p) => p.startsWith('@'))) return f;
    const exclude = f.exclude.flatMap((p) => {
      if (!p.startsWith('@')) return [p];
      const group = groups[p.slice(1)];
      if (!group) throw new InputError(`functions.yaml: ${f.id}: unknown phrase group ${p}`);
      return group;
    });
    return { ...f, exclude };
  });
}
export const PlatformsSchema = z.object({ platforms: z.array(PlatformSchema).min(1) }).strict();
export const DataElementsSchema = z
  .object({
    elements: z.array(DataElementSchema).min(1),
    masterData: z.array(MasterDataSchema).default([]),
    /** Words that name an element only when written alone ("Nama"), never inside a longer text ("Nama File"). */
    genericWords: z.array(z.string()).default([]),
  })
  .strict();
export const CitizenNeedsSchema = z.object({ needs: z.array(CitizenNeedSchema).min(1) }).strict();
export const EcosystemCuesSchema = z
  .object({
    cues: z.array(EcosystemCueSchema).min(1),
    /** Platform (web/android/ios/desktop/kiosk) that on its own implies an ecosystem. */
    platformEcosystem: z.record(z.string(), z.enum(ECOSYSTEMS)).default({}),
  })
  .strict();

export interface Knowledge {
  functions: FunctionDef[];
  platforms: PlatformDef[];
  elements: DataElementDef[];
  masterData: MasterDataDef[];
  needs: CitizenNeedDef[];
  cues: z.infer<typeof EcosystemCuesSchema>;
  functionById: Map<string, FunctionDef>;
  platformById: Map<string, PlatformDef>;
}

/** The functions of each family (functions.yaml `family`), in taxonomy order: the channels of one job. */
export function familyMembers(functions: readonly FunctionDef[]): Map<string, FunctionDef[]> {
  const out = new Map<string, FunctionDef[]>();
  for (const f of functions) if (f.family) (out.get(f.family) ?? out.set(f.family, []).get(f.family)!).push(f);
  return out;
}

/** Cross-checks references between the knowledge files; returns problems as readable lines. */
export function crossCheck(k: Omit<Knowledge, 'functionById' | 'platformById'>): string[] {
  const problems: string[] = [];
  const fnIds = new Set<string>();
  for (const f of k.functions) {
    if (fnIds.has(f.id)) problems.push(`functions.yaml: duplicate function id ${f.id}`);
    fnIds.add(f.id);
  }
  const platformIds = new Set(k.platforms.map((p) => p.id));
  const elementIds = new Set(k.elements.map((e) => e.id));
  const needIds = new Set(k.needs.map((n) => n.id));
  const domainIds = new Set(k.masterData.map((d) => d.id));
  for (const f of k.functions) {
    if (f.platform && !platformIds.has(f.platform)) problems.push(`functions.yaml: ${f.id}: unknown platform ${f.platform}`);
    if (f.need && !needIds.has(f.need)) problems.push(`functions.yaml: ${f.id}: unknown need ${f.need}`);
    for (const e of f.dataElements) if (!elementIds.has(e)) problems.push(`functions.yaml: ${f.id}: unknown data element ${e}`);
  }
  for (const [family, members] of familyMembers(k.functions)) {
    if (members.length < 2) problems.push(`functions.yaml: family ${family} has one function only (${members[0]!.id}): a family joins channels of one job`);
    members.forEach((f, i) => {
      const other = members.slice(0, i).find((g) => g.ecosystem === f.ecosystem);
      if (other) problems.push(`functions.yaml: ${f.id}: family ${family} already has ${other.id} as its ${f.ecosystem} channel`);
    });
  }
  for (const p of k.platforms)
    for (const f of p.functions) if (!fnIds.has(f)) problems.push(`platforms.yaml: ${p.id}: unknown function ${f}`);
  for (const e of k.elements)
    if (e.domain && !domainIds.has(e.domain)) problems.push(`data-elements.yaml: ${e.id}: unknown domain ${e.domain}`);
  for (const d of k.masterData) {
    if (d.platform && !platformIds.has(d.platform)) problems.push(`data-elements.yaml: ${d.id}: unknown platform ${d.platform}`);
    for (const e of d.keyElements) if (!elementIds.has(e)) problems.push(`data-elements.yaml: ${d.id}: unknown key element ${e}`);
  }
  return problems;
}

export interface KnowledgeOverrides {
  /** Extra platforms file supplied by the user (`--platforms FILE`), appended to / replacing by id. */
  platformsFile?: string;
}

let cached: Knowledge | null = null;

export function loadKnowledgeBase(overrides: KnowledgeOverrides = {}): Knowledge {
  if (cached && !overrides.platformsFile) return cached;
  const taxonomy = loadKnowledge('functions.yaml', TaxonomySchema);
  const functions = withGroupsExpanded(taxonomy.functions, taxonomy.phraseGroups);
  let platforms = loadKnowledge('platforms.yaml', PlatformsSchema).platforms;
  if (overrides.platformsFile) {
    const extra = loadValidated(overrides.platformsFile, PlatformsSchema).platforms;
    const ids = new Set(extra.map((p) => p.id));
    platforms = [...platforms.filter((p) => !ids.has(p.id)), ...extra];
  }
  const elements = loadKnowledge('data-elements.yaml', DataElementsSchema);
  const needs = loadKnowledge('citizen-needs.yaml', CitizenNeedsSchema).needs;
  const cues = loadKnowledge('ecosystem-cues.yaml', EcosystemCuesSchema);
  const base = { functions, platforms, elements: elements.elements, masterData: elements.masterData, needs, cues };
  const problems = crossCheck(base);
  if (problems.length) throw new Error(`knowledge files are inconsistent:\n${problems.join('\n')}`);
  const k: Knowledge = {
    ...base,
    functionById: new Map(functions.map((f) => [f.id, f])),
    platformById: new Map(platforms.map((p) => [p.id, p])),
  };
  if (!overrides.platformsFile) cached = k;
  return k;
}

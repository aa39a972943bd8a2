import { z } from 'zod';
import { loadKnowledge } from '../knowledge/load.js';

const Schema = z
  .object({
    generic: z.array(z.string()).min(1),
    gluedPrefixes: z.array(z.string()).default([]),
    versionPattern: z.string(),
    genericHostLabels: z.array(z.string()).default([]),
    domainLabels: z.array(z.string()).default([]),
    clitics: z.array(z.string().regex(/^[a-z]+$/)).default([]),
    plurals: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]*$/)).default({}),
    spelling: z.record(z.string(), z.string()).default({}),
    translations: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]+$/, 'one lower-case word')).default({}),
    siteWords: z.array(z.string()).default([]),
    siteNouns: z.array(z.string()).default([]),
    regionalQualifiers: z.array(z.string()).default([]),
    nationalQualifiers: z.array(z.string()).default([]),
  })
  .strict();

export interface NameWords {
  generic: Set<string>;
  gluedPrefixes: string[];
  version: RegExp;
  genericHostLabels: Set<string>;
  /** Registration labels of a domain (go, id, com): no part of an app's name. */
  domainLabels: Set<string>;
  /** Clitics a word may carry (disposisi-nya). */
  clitics: string[];
  /** English plural ending → singular ending (ies → y, s → ''), longest first. */
  plurals: [string, string][];
  /** Non-standard spelling → standard (antrian → antrean, ijin → izin). */
  spelling: Map<string, string>;
  /** English word → the Indonesian word names are compared with (procurement → pengadaan). */
  translations: Map<string, string>;
  /** Words that only say "a website" (website, portal, resmi, informasi), and those of them that must be there. */
  siteWords: Set<string>;
  siteNouns: Set<string>;
  /** Words that make a platform's name a regional copy of it ("Dapodik Daerah"). */
  regionalQualifiers: Set<string>;
  /** Words that say a platform's name is the national one ("SIASN Pusat"). */
  nationalQualifiers: Set<string>;
}

let cached: NameWords | null = null;

export function nameWords(): NameWords {
  if (cached) return cached;
  const f = loadKnowledge('name-words.yaml', Schema);
  cached = {
    generic: new Set(f.generic),
    gluedPrefixes: [...f.gluedPrefixes].sort((a, b) => b.length - a.length),
    version: new RegExp(f.versionPattern),
    genericHostLabels: new Set(f.genericHostLabels),
    domainLabels: new Set(f.domainLabels),
    clitics: f.clitics,
    plurals: Object.entries(f.plurals).sort((a, b) => b[0].length - a[0].length),
    spelling: new Map(Object.entries(f.spelling)),
    translations: new Map(Object.entries(f.translations)),
    siteWords: new Set(f.siteWords),
    siteNouns: new Set(f.siteNouns),
    regionalQualifiers: new Set(f.regionalQualifiers),
    nationalQualifiers: new Set(f.nationalQualifiers),
  };
  return cached;
}

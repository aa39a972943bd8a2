import { z } from 'zod';
import { loadKnowledge } from '../knowledge/load.js';
import type { AppKind, Platform, Status } from '../model/inventory.js';
import { compactKey, fold } from '../util/text.js';

const Schema = z
  .object({
    status: z.record(z.enum(['active', 'inactive', 'development', 'proposed']), z.array(z.string())),
    platforms: z.record(z.enum(['web', 'android', 'ios', 'desktop', 'kiosk']), z.array(z.string())),
    platformGroups: z.record(z.string(), z.array(z.enum(['web', 'android', 'ios', 'desktop', 'kiosk']))).default({}),
    kind: z.record(z.enum(['umum', 'khusus']), z.array(z.string())),
    abbreviations: z.record(z.string(), z.string()).default({}),
    statusNegations: z.record(z.string(), z.enum(['inactive', 'development'])).default({}),
    totalRows: z.array(z.string()).default([]),
    yesNo: z.array(z.string()).default([]),
    signatureLines: z
      .object({ positions: z.array(z.string()).default([]), months: z.array(z.string()).default([]), idLabels: z.array(z.string()).default([]) })
      .strict()
      .default({ positions: [], months: [], idLabels: [] }),
  })
  .strict();

export interface ValueLookups {
  status: Map<string, Status>;
  platform: Map<string, Platform[]>;
  kind: Map<string, AppKind>;
  /** Abbreviated word → written out (tdk → tidak), applied before a value is looked up. */
  abbreviations: Map<string, string>;
  /** Word → the status it makes of a live status word after it ("not operational": inactive); folded. */
  statusNegations: Map<string, Status>;
  /** Names of a spreadsheet's total rows ("Jumlah", "Grand Total"), as compact keys. */
  totalRows: Set<string>;
  /** Yes/no answers (ya, tidak, true, false), as compact keys. */
  yesNo: Set<string>;
  /** Words of the signature block below a spreadsheet's table: positions (kepala, mengetahui), month names, staff-number labels (NIP); folded. */
  signatureLines: { positions: Set<string>; months: Set<string>; idLabels: Set<string> };
}

let cached: ValueLookups | null = null;

/** Lookup tables from data/value-synonyms.yaml, keyed by compactKey of each spelling. */
export function valueLookups(): ValueLookups {
  if (cached) return cached;
  const file = loadKnowledge('value-synonyms.yaml', Schema);
  const status = new Map<string, Status>();
  for (const [value, list] of Object.entries(file.status)) for (const s of list ?? []) status.set(compactKey(s), value as Status);
  const platform = new Map<string, Platform[]>();
  for (const [value, list] of Object.entries(file.platforms))
    for (const s of list ?? []) platform.set(compactKey(s), [value as Platform]);
  for (const [group, list] of Object.entries(file.platformGroups)) platform.set(compactKey(group), list);
  const kind = new Map<string, AppKind>();
  for (const [value, list] of Object.entries(file.kind)) for (const s of list ?? []) kind.set(compactKey(s), value as AppKind);
  cached = { status, platform, kind, abbreviations: new Map(Object.entries(file.abbreviations)), statusNegations: new Map(Object.entries(file.statusNegations)), totalRows: new Set(file.totalRows.map(compactKey)), yesNo: new Set(file.yesNo.map(compactKey)),
    signatureLines: {
      positions: new Set(file.signatureLines.positions.map(fold)),
      months: new Set(file.signatureLines.months.map(fold)),
      idLabels: new Set(file.signatureLines.idLabels.map(fold)),
    },
  };
  return cached;
}

import type { InventoryRecord, RawRecord, RejectedRow } from '../model/inventory.js';
import { compactKey } from '../util/text.js';
import { normalizeDataElements } from './data-elements.js';
import { createGovernmentResolver, type GovernmentResolver } from './government.js';
import { parseRupiah } from './money.js';
import { normalizePlatforms } from './platforms.js';
import { normalizeStatus } from './status.js';
import { normalizeUrl } from './url.js';
import { valueLookups } from './value-synonyms.js';

export interface NormalizeResult {
  records: InventoryRecord[];
  rejected: RejectedRow[];
}

const MAX_NAME_CHARS = 300;

/** Turns raw rows into inventory records; a row that cannot be an application is rejected with its reason. */
export function normalizeRecords(raw: RawRecord[], startIndex = 0, governments: GovernmentResolver = createGovernmentResolver()): NormalizeResult {
  const records: InventoryRecord[] = [];
  const rejected: RejectedRow[] = [];
  const kinds = valueLookups().kind;
  for (const row of raw) {
    const f = row.fields;
    const name = collapse(f.name ?? '');
    const reject = (field: string, reason: string) =>
      rejected.push({ source: row.source, path: row.path, line: row.line, field, reason });
    if (!name) {
      reject('name', 'no application name');
      continue;
    }
    if (name.length > MAX_NAME_CHARS) {
      reject('name', `name is ${name.length} characters long; a cell has probably swallowed a row`);
      continue;
    }
    const url = normalizeUrl(f.url);
    const governmentRaw = collapse(f.government ?? '');
    records.push({
      index: startIndex + records.length,
      source: row.source,
      sourceId: collapse(f.id ?? '') || String(row.rowNumber),
      line: row.line,
      name,
      governmentRaw,
      government: governments.resolve(governmentRaw, { urlHost: url?.host ?? null }),
      unit: collapse(f.unit ?? '') || null,
      description: collapse(f.description ?? '') || null,
      url: url?.url ?? null,
      urlHost: url?.host ?? null,
      platforms: normalizePlatforms(f.platforms),
      dataElements: normalizeDataElements(f.dataElements),
      status: normalizeStatus(f.status),
      statusRaw: collapse(f.status ?? '') || null,
      year: parseYear(f.year),
      annualCost: parseRupiah(f.annualCost),
      monthlyUsers: parseCount(f.monthlyUsers),
      category: collapse(f.category ?? '') || null,
      kind: f.kind ? (kinds.get(compactKey(f.kind)) ?? null) : null,
      extra: row.extra,
    });
  }
  return { records, rejected };
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The year a cell names (`2019`, `01/05/2019`, `Tahun 2019`), or null. */
export function parseYear(raw: string | undefined): number | null {
  const m = raw ? /\b(19[6-9]\d|20\d\d)\b/.exec(raw) : null;
  return m ? Number(m[1]) : null;
}

function parseCount(raw: string | undefined): number | null {
  if (!raw) return null;
  const digits = raw.replace(/[.,\s](?=\d{3}\b)/g, '');
  const n = Number.parseInt(digits, 10);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

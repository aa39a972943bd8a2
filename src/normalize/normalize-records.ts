import type { InventoryRecord, MessageRef, RawRecord, RejectedRow } from '../model/inventory.js';
import { compactKey } from '../util/text.js';
import { createAgencyReader } from './agency-cells.js';
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
  /** Fields whose non-empty cells could not be read (kept empty), with how many and a few examples. */
  unread: UnreadValues[];
}

export interface UnreadValues {
  field: 'annualCost' | 'year' | 'status' | 'monthlyUsers';
  count: number;
  examples: string[];
}

const EXAMPLES = 3;

const MAX_NAME_CHARS = 300;

/** Turns raw rows into inventory records; a row that cannot be an application is rejected with its reason. */
export function normalizeRecords(raw: RawRecord[], startIndex = 0, governments: GovernmentResolver = createGovernmentResolver()): NormalizeResult {
  const records: InventoryRecord[] = [];
  const rejected: RejectedRow[] = [];
  const kinds = valueLookups().kind;
  const agency = createAgencyReader(governments);
  const unread = new Map<UnreadValues['field'], UnreadValues>();
  const noteUnread = (field: UnreadValues['field'], value: string | undefined) => {
    const entry = unread.get(field) ?? unread.set(field, { field, count: 0, examples: [] }).get(field)!;
    entry.count++;
    const shown = collapse(value ?? '');
    if (entry.examples.length < EXAMPLES && !entry.examples.includes(shown)) entry.examples.push(shown);
  };
  for (const row of raw) {
    const f = row.fields;
    const name = collapse(f.name ?? '');
    const reject = (field: string, reason: MessageRef) =>
      rejected.push({ source: row.source, path: row.path, ...(row.sheet !== undefined ? { sheet: row.sheet } : {}), line: row.line, field, reason });
    if (!name) {
      reject('name', { key: 'reject.noName' });
      continue;
    }
    if (name.length > MAX_NAME_CHARS) {
      reject('name', { key: 'reject.nameTooLong', vars: { length: name.length } });
      continue;
    }
    const url = normalizeUrl(f.url);
    const governmentRaw = collapse(f.government ?? '');
    const unitRaw = collapse(f.unit ?? '');
    const named = agency.read(governmentRaw, unitRaw, url?.host ?? null);
    const status = normalizeStatus(f.status);
    const year = parseYear(f.year);
    const annualCost = parseRupiah(f.annualCost, row.costUnit);
    const monthlyUsers = parseCount(f.monthlyUsers);
    if (status === 'unknown' && hasText(f.status)) noteUnread('status', f.status);
    if (year === null && hasText(f.year)) noteUnread('year', f.year);
    if (annualCost === null && hasText(f.annualCost)) noteUnread('annualCost', f.annualCost);
    if (monthlyUsers === null && hasText(f.monthlyUsers)) noteUnread('monthlyUsers', f.monthlyUsers);
    records.push({
      index: startIndex + records.length,
      source: row.source,
      sourceId: collapse(f.id ?? '') || String(row.rowNumber),
      ...(row.sheet !== undefined ? { sheet: row.sheet } : {}),
      line: row.line,
      name,
      governmentRaw,
      government: named.government,
      // "Health Office, Buleleng Regency" in the government column: its office is the unit
      unit: unitRaw || named.office,
      description: collapse(f.description ?? '') || null,
      url: url?.url ?? null,
      urlHost: url?.host ?? null,
      platforms: normalizePlatforms(f.platforms),
      dataElements: normalizeDataElements(f.dataElements),
      status,
      statusRaw: collapse(f.status ?? '') || null,
      year,
      annualCost,
      monthlyUsers,
      category: collapse(f.category ?? '') || null,
      kind: f.kind ? (kinds.get(compactKey(f.kind)) ?? null) : null,
      extra: row.extra,
    });
  }
  return { records, rejected, unread: [...unread.values()] };
}

/** A cell that says something: not blank and not a dash for "none". */
function hasText(value: string | undefined): boolean {
  return value !== undefined && /[\p{L}\p{N}]/u.test(value);
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

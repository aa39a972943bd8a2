import type { Government, InventoryRecord, MessageRef, RawRecord, RejectedRow } from '../model/inventory.js';
import { compactKey } from '../util/text.js';
import { normalizeDataElements } from './data-elements.js';
import { createGovernmentResolver, type GovernmentResolver } from './government.js';
import { parseRupiah } from './money.js';
import { normalizePlatforms } from './platforms.js';
import { normalizeStatus } from './status.js';
import { createUnitResolver, type UnitResolver } from './unit.js';
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
  const units = createUnitResolver();
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
      rejected.push({ source: row.source, path: row.path, line: row.line, field, reason });
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
    const named = governmentOf(governmentRaw, unitRaw, url?.host ?? null, governments, units);
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

/**
 * The government column's, and the office it names beside the government. A text of an office and a
 * place ("Dinas Kesehatan Banyuwangi", "Diskominfo West Java") is that place's; a blank column takes the
 * government a unit cell names beside its office ("Dinas Kesehatan Kab. Garut").
 */
function governmentOf(
  governmentRaw: string,
  unitRaw: string,
  urlHost: string | null,
  governments: GovernmentResolver,
  units: UnitResolver,
): { government: Government; office: string | null } {
  const hint = { urlHost };
  const officeAndPlace = (text: string) => {
    const split = units.officeThen(text, (rest) => {
      const government = governments.resolve(rest, hint);
      return government.resolved || government.namesakes !== undefined;
    });
    return split ? { government: governments.resolve(split.rest, hint), office: split.office } : null;
  };
  if (governmentRaw) {
    const government = governments.resolve(governmentRaw, hint);
    if (government.resolved) return { government, office: governments.officeBeside(governmentRaw) };
    return officeAndPlace(governmentRaw) ?? { government, office: null };
  }
  if (unitRaw) {
    const government = governments.resolve(unitRaw, hint);
    if (government.resolved && governments.officeBeside(unitRaw) !== null) return { government, office: null };
    const split = officeAndPlace(unitRaw);
    if (split) return { government: split.government, office: null };
  }
  return { government: governments.resolve('', hint), office: null };
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

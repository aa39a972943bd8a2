import type { CanonicalField } from '../model/inventory.js';
import { createGovernmentResolver, governmentWords, type GovernmentResolver } from '../normalize/government.js';
import { normalizeDataElements } from '../normalize/data-elements.js';
import { parseRupiah } from '../normalize/money.js';
import { normalizePlatforms } from '../normalize/platforms.js';
import { normalizeStatus } from '../normalize/status.js';
import { createUnitResolver, type UnitResolver } from '../normalize/unit.js';
import { normalizeUrl } from '../normalize/url.js';
import { compactKey, fold } from '../util/text.js';
import type { ColumnMapping, MappingOverrides } from './header-mapping.js';

/**
 * Reading a column by its values when no header synonym names it: a registry worded differently
 * ("Keadaan", "Pemilik", "System") still has its statuses, governments and names where they are.
 * Every reader is strict (most of the column must read), and each column so read comes with a note.
 */

/** Fields a column can be recognised by from its values, most specific first; free text (name, then description) last. */
export const FIELDS_READ_FROM_VALUES = ['url', 'year', 'annualCost', 'status', 'platforms', 'dataElements', 'government', 'unit', 'name', 'description'] as const;
export type FieldReadFromValues = (typeof FIELDS_READ_FROM_VALUES)[number];

// Too few values tell nothing; a sample of a long column tells as much as all of it.
const MIN_VALUES = 5;
const SAMPLE = 400;
/** Share of a column's non-empty values that must read as the field. */
const MIN_SHARE: Record<FieldReadFromValues, number> = {
  url: 0.8,
  year: 0.9,
  annualCost: 0.8,
  status: 0.8,
  platforms: 0.8,
  dataElements: 0.7,
  government: 0.7,
  unit: 0.7,
  name: 0.8,
  description: 0.6,
};
/** What a column of each field holds, for the note that tells the user what was assumed. */
export const VALUES_OF: Record<FieldReadFromValues, string> = {
  url: 'web addresses',
  year: 'years',
  annualCost: 'amounts of money',
  status: 'statuses',
  platforms: 'platforms',
  dataElements: 'lists of data elements',
  government: 'governments',
  unit: 'offices',
  name: 'short texts that differ from row to row',
  description: 'sentences',
};
const MAX_NAME_LENGTH = 90;
/** Names differ from row to row; a column of a few repeated values is a category. */
const MIN_NAME_DISTINCT = 0.5;
const LIST = /[,;|]/;
/** Share of values that must be lists for a column to be read as data elements. */
const MIN_LIST_SHARE = 0.3;
/** A description says something: a sentence of a few words. */
const MIN_DESCRIPTION_WORDS = 4;

export interface ValueEvidence {
  field: FieldReadFromValues;
  /** Share of the sampled non-empty values that read as the field. */
  share: number;
  /** A few values, to show the user what the column holds. */
  examples: string[];
}

let resolver: GovernmentResolver | undefined;
let units: UnitResolver | undefined;
let levelWords: ReadonlySet<string> | undefined;

const looksLikeAddress = (v: string) => !/\s/.test(v) && v.includes('.') && normalizeUrl(v) !== null;
const mostlyDigits = (v: string) => (v.match(/\d/g)?.length ?? 0) * 3 >= v.length;
const looksLikeYear = (v: string) => /^(19[7-9]\d|20\d\d)$/.test(v);
// plain numbers are as often user counts as costs: only money written as money counts
const looksLikeMoney = (v: string) => /\b(rp|idr|juta|jt|miliar|milyar|ribu)\b|\d\.\d{3}/i.test(v) && parseRupiah(v) !== null;

const READERS: Record<Exclude<FieldReadFromValues, 'government' | 'name' | 'dataElements'>, (v: string) => boolean> = {
  url: looksLikeAddress,
  year: looksLikeYear,
  annualCost: looksLikeMoney,
  status: (v) => normalizeStatus(v) !== 'unknown',
  platforms: (v) => normalizePlatforms(v).length > 0,
  // offices data/units.yaml knows (Dinas Kesehatan, BKPSDM, Bagian Umum)
  unit: (v) => (units ??= createUnitResolver()).resolve(v)?.resolved === true,
  description: (v) => v.split(/\s+/).length >= MIN_DESCRIPTION_WORDS && /\p{L}{3}/u.test(v) && !looksLikeAddress(v),
};

/** A cell as a note may quote it: one line, no control characters, not too long. */
function shown(value: string): string {
  const flat = value.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

function sample(values: readonly string[]): string[] {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length <= SAMPLE) return filled;
  const step = filled.length / SAMPLE;
  return Array.from({ length: SAMPLE }, (_, i) => filled[Math.floor(i * step)]!);
}

/**
 * Governments: most values must resolve, and the column must look like one: either several
 * governments, or values that say "Pemerintah/Kabupaten/Kota…". A column of one bare acronym
 * ("Kominfo" as the server's location) names no owner.
 */
function readsAsGovernment(values: readonly string[]): number {
  resolver ??= createGovernmentResolver();
  levelWords ??= governmentWords();
  const codes = new Set<string>();
  let resolved = 0;
  let worded = 0;
  for (const v of values) {
    const g = resolver.resolve(v);
    if (!g.resolved) continue;
    resolved++;
    codes.add(g.code);
    if (fold(v).split(' ').some((w) => levelWords!.has(w))) worded++;
  }
  return codes.size >= 2 || worded * 2 >= resolved ? resolved / values.length : 0;
}

const MAX_NAME_MEDIAN_WORDS = 5;

function medianWords(values: readonly string[]): number {
  const counts = values.map((v) => v.split(/\s+/).length).sort((a, b) => a - b);
  return counts[Math.floor(counts.length / 2)] ?? 0;
}

/** Names: short text that differs from row to row; not codes ("S00012"), numbers, addresses or sentences. */
function readsAsName(values: readonly string[]): number {
  if (medianWords(values) > MAX_NAME_MEDIAN_WORDS) return 0;
  const nameLike = values.filter((v) => v.length <= MAX_NAME_LENGTH && /\p{L}{3}/u.test(v) && !mostlyDigits(v) && !looksLikeAddress(v));
  return new Set(values.map(fold)).size >= values.length * MIN_NAME_DISTINCT ? nameLike.length / values.length : 0;
}

/** Data elements: values data/data-elements.yaml reads (NIK, Nama Lengkap, Alamat), written as lists. */
function readsAsDataElements(values: readonly string[]): number {
  let lists = 0;
  let read = 0;
  for (const v of values) {
    if (LIST.test(v)) lists++;
    if (normalizeDataElements(v).length > 0) read++;
  }
  return lists >= values.length * MIN_LIST_SHARE ? read / values.length : 0;
}

function shareOf(field: FieldReadFromValues, values: readonly string[]): number {
  if (field === 'government') return readsAsGovernment(values);
  if (field === 'dataElements') return readsAsDataElements(values);
  if (field === 'name') return readsAsName(values);
  const read = READERS[field];
  let n = 0;
  for (const v of values) if (read(v)) n++;
  return n / values.length;
}

/** The first of `wanted` (in FIELDS_READ_FROM_VALUES order) that the column's values read as, or null. */
export function fieldFromValues(values: readonly string[], wanted: ReadonlySet<CanonicalField>): ValueEvidence | null {
  const sampled = sample(values);
  if (sampled.length < MIN_VALUES) return null;
  for (const field of FIELDS_READ_FROM_VALUES) {
    if (!wanted.has(field)) continue;
    const share = shareOf(field, sampled);
    if (share >= MIN_SHARE[field]) return { field, share, examples: [...new Set(sampled)].slice(0, 3).map(shown) };
  }
  return null;
}

/**
 * Columns no header synonym names, read by their values: each field still missing (and without a
 * default) is taken from the first unmapped column whose values read as it. Completes `mapping` in
 * place and returns one note per column so read, for the user.
 */
export function mapColumnsByValues(mapping: ColumnMapping, header: string[], rows: string[][], overrides?: MappingOverrides): string[] {
  const ignored = new Set(
    Object.entries(overrides?.columns ?? {})
      .filter(([, target]) => target === 'ignore')
      .map(([h]) => compactKey(h)),
  );
  const wanted = new Set(FIELDS_READ_FROM_VALUES.filter((f) => mapping.mapped[f] === undefined && overrides?.defaults?.[f] === undefined));
  const assumed: string[] = [];
  header.forEach((h, c) => {
    if (wanted.size === 0 || mapping.fieldsOf[c]!.length > 0 || h.trim() === '' || ignored.has(compactKey(h))) return;
    const found = fieldFromValues(
      rows.map((cells) => cells[c] ?? ''),
      wanted,
    );
    if (!found) return;
    wanted.delete(found.field);
    mapping.fieldsOf[c]!.push(found.field);
    mapping.mapped[found.field] = h;
    mapping.unmapped = mapping.unmapped.filter((u) => u !== h);
    assumed.push(
      `column "${h}" read as ${found.field}: ${Math.round(found.share * 100)}% of its values are ${VALUES_OF[found.field]} (${found.examples.map((e) => `"${e}"`).join(', ')}); map it with --mapping FILE to change it`,
    );
  });
  return assumed;
}

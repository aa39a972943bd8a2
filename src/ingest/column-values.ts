import type { CanonicalField, FileNote } from '../model/inventory.js';
import { createGovernmentResolver, governmentWords, type GovernmentResolver } from '../normalize/government.js';
import { normalizeDataElements } from '../normalize/data-elements.js';
import { parseRupiah } from '../normalize/money.js';
import { normalizePlatforms } from '../normalize/platforms.js';
import { normalizeStatus } from '../normalize/status.js';
import { valueLookups } from '../normalize/value-synonyms.js';
import { createUnitResolver, type UnitResolver } from '../normalize/unit.js';
import { parseYear } from '../normalize/normalize-records.js';
import { normalizeUrl } from '../normalize/url.js';
import { compactKey, fold, quotedList } from '../util/text.js';
import type { ColumnMapping, MappingOverrides } from './header-mapping.js';

/**
 * Reading a column by its values when no header synonym names it: a registry worded differently
 * ("Keadaan", "Pemilik", "System") still has its statuses, governments and names where they are.
 * Every reader is strict (most of the column must read), and each column so read comes with a note.
 */

// Too few values tell nothing; a sample of a long column tells as much as all of it.
const MIN_VALUES = 5;
const SAMPLE = 400;
const MAX_NAME_LENGTH = 90;
const MAX_DATE_LENGTH = 10;
/** Names differ from row to row; a column of a few repeated values is a category. */
const MIN_NAME_DISTINCT = 0.5;
const LIST = /[,;|]/;
/** Share of values that must be lists for a column to be read as data elements. */
const MIN_LIST_SHARE = 0.3;
/** A description says something: a sentence of a few words. */
const MIN_DESCRIPTION_WORDS = 4;

interface ValueEvidence {
  field: CanonicalField;
  /** Share of the sampled non-empty values that read as the field. */
  share: number;
  /** A few values, to show the user what the column holds. */
  examples: string[];
}

let resolver: GovernmentResolver | undefined;
let units: UnitResolver | undefined;
let levelWords: ReadonlySet<string> | undefined;

// a status is a word or a short remark ("aktif sejak 2019"), not a paragraph that happens to hold "aktif"
const MAX_STATUS_LENGTH = 60;
const looksLikeStatus = (v: string) => v.length <= MAX_STATUS_LENGTH && normalizeStatus(v) !== 'unknown';
const looksLikeAddress = (v: string) => !/\s/.test(v) && v.includes('.') && normalizeUrl(v) !== null;
const mostlyDigits = (v: string) => (v.match(/\d/g)?.length ?? 0) * 3 >= v.length;
// a year as normalisation reads it, in a cell that holds a year or a date and nothing more
const looksLikeYear = (v: string) => v.length <= MAX_DATE_LENGTH && parseYear(v) !== null;
// plain numbers are as often user counts as costs: only money written as money counts
const looksLikeMoney = (v: string) => /\b(rp|idr|juta|jt|miliar|milyar|ribu)\b|\d\.\d{3}/i.test(v) && parseRupiah(v) !== null;
// a record's own code ("RS00001", "82-0001", "APP/2024/17"): one short token with a digit, not a phone number
const CODE = /^[\p{L}\d][\p{L}\d._/#:-]{0,23}$/u;
const PHONE = /^(\+?62|0)8\d{7,}$/;
const looksLikeCode = (v: string) =>
  CODE.test(v) && /\d/.test(v) && !PHONE.test(v.replace(/[\s.-]/g, '')) && !looksLikeAddress(v) && !looksLikeYear(v) && !looksLikeMoney(v);
/** Ids are the registry's keys: (nearly) none repeated. */
const MIN_ID_DISTINCT = 0.98;
/** Bare numbers are as often counts or costs: they are ids only as a running number, rising row by row. */
const MIN_RISING = 0.95;
function readsAsIds(values: readonly string[]): number {
  if (new Set(values).size < values.length * MIN_ID_DISTINCT) return 0;
  if (values.every((v) => /^\d+$/.test(v))) {
    let rising = 0;
    for (let i = 1; i < values.length; i++) if (Number(values[i]) > Number(values[i - 1])) rising++;
    if (rising < (values.length - 1) * MIN_RISING) return 0;
  }
  return shareWhere(values, looksLikeCode);
}


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
  const lists = shareWhere(values, (v) => LIST.test(v));
  return lists >= MIN_LIST_SHARE ? shareWhere(values, (v) => normalizeDataElements(v).length > 0) : 0;
}

function shareWhere(values: readonly string[], reads: (v: string) => boolean): number {
  let n = 0;
  for (const v of values) if (reads(v)) n++;
  return n / values.length;
}

interface ColumnReader {
  field: CanonicalField;
  /** Share of a column's non-empty values that must read as the field. */
  minShare: number;
  /** Share of the values that read as the field (0 when the column as a whole does not look like one). */
  share: (values: readonly string[]) => number;
  /** The share when the header already names the field (two columns both headed so): looser where values alone would mislead. */
  namedShare?: (values: readonly string[]) => number;
}

/** Most specific first; free text (name, then description) last. */
const READERS: readonly ColumnReader[] = [
  { field: 'url', minShare: 0.8, share: (values) => shareWhere(values, looksLikeAddress) },
  { field: 'year', minShare: 0.9, share: (values) => shareWhere(values, looksLikeYear) },
  { field: 'annualCost', minShare: 0.8, share: (values) => shareWhere(values, looksLikeMoney) },
  { field: 'id', minShare: 0.95, share: readsAsIds },
  // a column of yes/no answers is some flag, not the status
  {
    field: 'status',
    minShare: 0.8,
    share: (values) => shareWhere(values, (v) => looksLikeStatus(v) && !valueLookups().yesNo.has(compactKey(v))),
    // a column headed "Aktif" of true/false is the status, as its header says
    namedShare: (values) => shareWhere(values, looksLikeStatus),
  },
  { field: 'platforms', minShare: 0.8, share: (values) => shareWhere(values, (v) => normalizePlatforms(v).length > 0) },
  { field: 'dataElements', minShare: 0.7, share: readsAsDataElements },
  { field: 'government', minShare: 0.7, share: readsAsGovernment },
  // offices data/units.yaml knows (Dinas Kesehatan, BKPSDM, Bagian Umum)
  {
    field: 'unit',
    minShare: 0.7,
    share: (values) => shareWhere(values, (v) => (units ??= createUnitResolver()).resolve(v)?.resolved === true),
  },
  { field: 'name', minShare: 0.8, share: readsAsName },
  {
    field: 'description',
    minShare: 0.6,
    share: (values) => shareWhere(values, (v) => v.split(/\s+/).length >= MIN_DESCRIPTION_WORDS && /\p{L}{3}/u.test(v) && !looksLikeAddress(v)),
  },
];

/** Fields a column can be read as from its values, in the order they are tried. */
export const FIELDS_READ_FROM_VALUES: readonly CanonicalField[] = READERS.map((r) => r.field);

/** The first reader of a `wanted` field that the column's values satisfy, or null. */
export function fieldFromValues(values: readonly string[], wanted: ReadonlySet<CanonicalField>): ValueEvidence | null {
  const sampled = sample(values);
  if (sampled.length < MIN_VALUES) return null;
  for (const reader of READERS) {
    if (!wanted.has(reader.field)) continue;
    const share = reader.share(sampled);
    if (share >= reader.minShare) return { field: reader.field, share, examples: [...new Set(sampled)].slice(0, 3).map(shown) };
  }
  return null;
}

/**
 * Two headers that name one field ("Agency" and "Government", "Instansi" and "Pemerintah Daerah"):
 * the column whose values read as the field more takes it; on a tie the first keeps it. The other
 * column is left open, for `mapColumnsByValues` to read as what its values are (offices: the unit).
 * Settles `mapping` in place and returns a note for each field that changed column.
 */
export function settleRivalColumns(mapping: ColumnMapping, header: string[], rows: string[][]): FileNote[] {
  const notes: FileNote[] = [];
  for (const [f, columns] of Object.entries(mapping.contenders)) {
    const field = f as CanonicalField;
    const reader = READERS.find((r) => r.field === field);
    if (!reader || !columns || columns.length < 2) continue;
    const shareOf = (c: number) => {
      const values = sample(rows.map((cells) => cells[c] ?? ''));
      return values.length < MIN_VALUES ? 0 : (reader.namedShare ?? reader.share)(values);
    };
    const first = columns[0]!;
    const shares = columns.map(shareOf);
    const firstShare = shares[0]!;
    let best = first;
    let bestShare = firstShare;
    columns.forEach((c, k) => {
      if (shares[k]! > bestShare) [best, bestShare] = [c, shares[k]!];
    });
    if (bestShare < reader.minShare) best = first;
    // the other columns that read as the field stand in where the chosen one is blank
    const fallbacks = columns.filter((c, k) => c !== best && shares[k]! >= reader.minShare);
    if (fallbacks.length > 0) {
      mapping.fallbacks[field] = fallbacks;
      notes.push({
        key: 'file.columnFallback',
        vars: { column: header[best]!, other: fallbacks.map((c) => `"${header[c]!}"`).join(', ') },
        parts: { field: `file.field.${field}` },
      });
    }
    if (best === first) continue;
    mapping.fieldsOf[first] = mapping.fieldsOf[first]!.filter((x) => x !== field);
    mapping.fieldsOf[best]!.push(field);
    mapping.mapped[field] = header[best]!;
    notes.push({
      key: 'file.columnRival',
      vars: { column: header[best]!, other: header[first]!, share: Math.round(bestShare * 100), otherShare: Math.round(firstShare * 100) },
      parts: { field: `file.field.${field}`, holds: `file.holds.${field}` },
    });
  }
  return notes;
}

/** A government column is misnamed when fewer than this share of its values are governments. */
const MAX_MISNAMED_GOVERNMENT_SHARE = 0.2;

/**
 * A column the header names the government ("Instansi Pemilik") whose values are offices ("Dinas
 * Kesehatan", "Bappeda") holds the managing office: it is read as the unit (where no column is), and
 * the government is left to the file's other evidence (its addresses, its sheet or file name).
 */
export function unitFromGovernmentColumn(mapping: ColumnMapping, header: string[], rows: string[][]): FileNote[] {
  if (mapping.mapped.unit !== undefined) return [];
  const column = guessedColumnOf(mapping, 'government');
  if (column < 0) return [];
  const values = rows.map((cells) => cells[column] ?? '');
  const found = fieldFromValues(values, new Set<CanonicalField>(['unit']));
  if (!found || readsAsGovernment(sample(values)) >= MAX_MISNAMED_GOVERNMENT_SHARE) return [];
  moveField(mapping, header, column, 'government', 'unit');
  return [{ key: 'file.governmentColumnHoldsOffices', vars: { column: header[column]!, share: Math.round(found.share * 100), examples: quotedList(found.examples) } }];
}

/**
 * A remarks column ("Keterangan") is a description by its header, but in a website list its values
 * are the site's state ("aktif", "tidak bisa diakses", "mati"). Where no column holds the status,
 * such a column is read as the status instead, with a note. Settles `mapping` in place.
 */
export function statusFromDescriptionColumn(mapping: ColumnMapping, header: string[], rows: string[][], defaults: MappingOverrides['defaults'] = {}): FileNote[] {
  if (mapping.mapped.status !== undefined || defaults.status !== undefined) return [];
  const column = guessedColumnOf(mapping, 'description');
  if (column < 0) return [];
  const found = fieldFromValues(
    rows.map((cells) => cells[column] ?? ''),
    new Set<CanonicalField>(['status']),
  );
  if (!found) return [];
  moveField(mapping, header, column, 'description', 'status');
  return [
    {
      key: 'file.columnByValues',
      vars: { column: header[column]!, share: Math.round(found.share * 100), examples: quotedList(found.examples) },
      parts: { field: 'file.field.status', holds: 'file.holds.status' },
    },
  ];
}

/** The column a header synonym (not `--mapping`) gave `field`, or -1. */
function guessedColumnOf(mapping: ColumnMapping, field: CanonicalField): number {
  return mapping.fieldsOf.findIndex((fields, c) => fields.includes(field) && !mapping.overridden[c]);
}

/** The column its header named `from` feeds `to` instead; `from` is left to the file's other evidence. */
function moveField(mapping: ColumnMapping, header: string[], column: number, from: CanonicalField, to: CanonicalField): void {
  mapping.fieldsOf[column] = mapping.fieldsOf[column]!.map((f) => (f === from ? to : f));
  delete mapping.mapped[from];
  delete mapping.fallbacks[from];
  mapping.mapped[to] = header[column]!;
}

/**
 * Columns no header synonym names, read by their values: each field still missing (and without a
 * default) is taken from the first column `--mapping` leaves open whose values read as it. Completes
 * `mapping` in place and returns one note per column so read, for the user.
 */
export function mapColumnsByValues(mapping: ColumnMapping, header: string[], rows: string[][], defaults: MappingOverrides['defaults'] = {}): FileNote[] {
  const wanted = new Set(FIELDS_READ_FROM_VALUES.filter((f) => mapping.mapped[f] === undefined && defaults[f] === undefined));
  const assumed: FileNote[] = [];
  // a column that stands in for another of its field ("description" where "deskripsi" is blank) is read as that field
  const standingIn = new Set(Object.values(mapping.fallbacks).flat());
  header.forEach((h, c) => {
    if (wanted.size === 0 || mapping.fieldsOf[c]!.length > 0 || standingIn.has(c) || mapping.overridden[c] || mapping.other[c] || h.trim() === '') return;
    const found = fieldFromValues(
      rows.map((cells) => cells[c] ?? ''),
      wanted,
    );
    if (!found) return;
    const { field } = found;
    wanted.delete(field);
    mapping.fieldsOf[c]!.push(field);
    mapping.mapped[field] = h;
    assumed.push({
      key: 'file.columnByValues',
      vars: { column: h, share: Math.round(found.share * 100), examples: quotedList(found.examples) },
      parts: { field: `file.field.${field}`, holds: `file.holds.${field}` },
    });
  });
  return assumed;
}

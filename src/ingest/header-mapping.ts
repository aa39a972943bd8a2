import { z } from 'zod';
import { loadKnowledge, loadValidated } from '../knowledge/load.js';
import { CANONICAL_FIELDS, type CanonicalField } from '../model/inventory.js';
import { compactKey, fold } from '../util/text.js';
import { valueLookups } from '../normalize/value-synonyms.js';

const FieldEnum = z.enum(CANONICAL_FIELDS);

const HeaderSynonymsSchema = z
  .object({
    fields: z.record(FieldEnum, z.array(z.coerce.string()).min(1)),
    headWords: z.object({ generic: z.array(z.string()), notFrom: z.array(FieldEnum) }).strict(),
    otherColumns: z.array(z.coerce.string()).default([]),
  })
  .strict();

/** `--mapping FILE`: user overrides, JSON or YAML. */
export const MappingFileSchema = z
  .object({
    /** Header text → field(s), or `ignore` to keep the column only as an extra attribute. */
    columns: z.record(z.string(), z.union([FieldEnum, z.literal('ignore'), z.array(FieldEnum).min(1)])).default({}),
    /** Value for a field when the file has no such column (e.g. the government of a one-government registry). */
    defaults: z.partialRecord(FieldEnum, z.string()).default({}),
  })
  .strict();
export type MappingOverrides = z.infer<typeof MappingFileSchema>;

export function loadMappingFile(path: string): MappingOverrides {
  return loadValidated(path, MappingFileSchema);
}

/** A header as the synonyms match it: its compact key and its words. */
interface HeaderPattern {
  key: string;
  words: string[];
}

interface Synonym extends HeaderPattern {
  field: CanonicalField;
}

interface HeaderKnowledge {
  synonyms: Synonym[];
  /** One-word synonyms, as words a longer header may contain. */
  wordField: Map<string, CanonicalField>;
  generic: Set<string>;
  notFrom: Set<CanonicalField>;
  otherColumns: HeaderPattern[];
}

let headerCache: HeaderKnowledge | null = null;
function headerKnowledge(): HeaderKnowledge {
  if (headerCache) return headerCache;
  const file = loadKnowledge('header-synonyms.yaml', HeaderSynonymsSchema);
  const synonyms = Object.entries(file.fields).flatMap(([field, list]) =>
    (list ?? []).map((text) => ({ field: field as CanonicalField, key: compactKey(text), words: fold(text).split(' ') })),
  );
  const wordField = new Map<string, CanonicalField>();
  for (const s of synonyms) if (s.words.length === 1 && !wordField.has(s.words[0]!)) wordField.set(s.words[0]!, s.field);
  headerCache = {
    synonyms,
    wordField,
    generic: new Set(file.headWords.generic.map(fold)),
    notFrom: new Set(file.headWords.notFrom),
    otherColumns: file.otherColumns.map((text) => ({ key: compactKey(text), words: fold(text).split(' ') })),
  };
  return headerCache;
}

export interface ColumnMapping {
  /** Fields each column feeds (empty: kept as extra attribute). */
  fieldsOf: CanonicalField[][];
  /** Field → header it came from (for --show-mapping and the summary). */
  mapped: Partial<Record<CanonicalField, string>>;
  /** Columns `--mapping` decides (including `ignore`): never guessed. */
  overridden: boolean[];
  /** Columns data/header-synonyms.yaml knows hold something else (`otherColumns`): never read by their values. */
  other: boolean[];
  /** Every column whose header names a guessed field, the one that took it first ("Agency", then "Government"): their values settle it. */
  contenders: Partial<Record<CanonicalField, number[]>>;
  /** Columns that hold a field too, read where the field's own column is blank (`kode_pemda` blank, `nama_pemda` not). */
  fallbacks: Partial<Record<CanonicalField, number[]>>;
}

/** The header names a column of something other than an inventory field (server location, contact). */
export function namesOtherColumn(header: string): boolean {
  return matchHeader(header, headerKnowledge().otherColumns) !== null;
}

/**
 * The pattern a header matches: one it equals; else the longest multi-word one whose words it holds.
 * A word after "per" is a rate ("Biaya per Tahun" is a cost), never part of the match.
 */
function matchHeader<P extends HeaderPattern>(header: string, patterns: readonly P[]): P | null {
  const key = compactKey(header);
  if (!key) return null;
  const exact = patterns.find((p) => p.key === key);
  if (exact) return exact;
  const words = headerWords(header);
  let best: P | null = null;
  for (const p of patterns) {
    if (p.words.length < 2) continue;
    if (p.words.every((w) => words.has(w)) && (!best || p.words.length > best.words.length)) best = p;
  }
  return best;
}

function headerWords(header: string): Set<string> {
  const all = fold(header).split(' ').filter(Boolean);
  return new Set(all.filter((_, i) => all[i - 1] !== 'per'));
}

/** Headers of the columns that feed no field (kept as extra attributes). */
export function unmappedHeaders(headers: readonly string[], mapping: ColumnMapping): string[] {
  return headers.filter((h, i) => mapping.fieldsOf[i]!.length === 0 && h.trim() !== '');
}

/**
 * Best field for one header: an exact synonym; else the longest multi-word synonym it contains; else
 * the one field its words name ("URL Aplikasi" → url, "Deskripsi Singkat" → description).
 */
export function guessField(header: string): CanonicalField | null {
  if (!compactKey(header)) return null;
  return matchHeader(header, headerKnowledge().synonyms)?.field ?? fieldNamedByWords(headerWords(header));
}

/** The single field the header's words name; generic words (aplikasi, nama) name none ("Pemilik Aplikasi" is not a name). */
function fieldNamedByWords(words: ReadonlySet<string>): CanonicalField | null {
  const { wordField, generic, notFrom } = headerKnowledge();
  const fields = new Set<CanonicalField>();
  for (const w of words) {
    const field = wordField.get(w);
    if (field && !generic.has(w) && !notFrom.has(field)) fields.add(field);
  }
  return fields.size === 1 ? [...fields][0]! : null;
}

export function mapHeaders(headers: string[], overrides?: MappingOverrides): ColumnMapping {
  const overrideByKey = new Map<string, CanonicalField[] | 'ignore'>();
  for (const [header, target] of Object.entries(overrides?.columns ?? {})) {
    overrideByKey.set(compactKey(header), target === 'ignore' ? 'ignore' : Array.isArray(target) ? target : [target]);
  }
  const fieldsOf: CanonicalField[][] = headers.map(() => []);
  const mapped: Partial<Record<CanonicalField, string>> = {};
  const overridden = headers.map((header) => overrideByKey.has(compactKey(header)));
  // Overrides first, so an explicit mapping wins over a guess for the same field.
  headers.forEach((header, i) => {
    const o = overrideByKey.get(compactKey(header));
    if (!o || o === 'ignore') return;
    for (const field of o) {
      if (mapped[field] === undefined) {
        mapped[field] = header;
        fieldsOf[i]!.push(field);
      }
    }
  });
  // only guessed fields are contested: a field --mapping gives has no contenders
  const contenders: Partial<Record<CanonicalField, number[]>> = {};
  headers.forEach((header, i) => {
    if (overridden[i]) return;
    const field = guessField(header);
    if (!field) return;
    if (mapped[field] === undefined) {
      mapped[field] = header;
      fieldsOf[i]!.push(field);
      contenders[field] = [i];
    } else contenders[field]?.push(i);
  });
  const other = headers.map((header, i) => !overridden[i] && fieldsOf[i]!.length === 0 && namesOtherColumn(header));
  return { fieldsOf, mapped, overridden, other, contenders, fallbacks: {} };
}

/** Cells that hold data, not a heading: long text, lists, addresses, numbers of four digits or more. */
const DATA_CELL = /[,;|]|\w\.\w|\d{4}/;

/** How far down a table (or sheet) the header row is looked for. */
export const HEADER_SEARCH_ROWS = 30;

/** The fields a row's cells would name as headers (cells that look like data name none). */
export function headerFields(cells: readonly string[]): Set<CanonicalField> {
  const fields = new Set<CanonicalField>();
  const statusWords = valueLookups().status;
  for (const c of cells) {
    // a status word ("aktif") is a value in a data row more often than a header
    if (c.length > 60 || DATA_CELL.test(c) || statusWords.has(compactKey(c))) continue;
    const f = guessField(c);
    if (f) fields.add(f);
  }
  return fields;
}

/** How many cells of a row look like headers: used to find the header row below a title block. */
export function headerScore(cells: readonly string[]): number {
  const fields = headerFields(cells);
  return fields.size + (fields.has('name') ? 1 : 0);
}

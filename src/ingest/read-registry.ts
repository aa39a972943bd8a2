import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { CanonicalField, FileNote, FileSummary, MessageRef, RawRecord, RejectedRow } from '../model/inventory.js';
import { costScaleOfHeader } from '../normalize/money.js';
import { valueLookups } from '../normalize/value-synonyms.js';
import { InputError } from '../util/errors.js';
import { compactKey, fold } from '../util/text.js';
import { readCsvTable } from './csv.js';
import { decodeRegistryBytes } from './decode.js';
import { mapColumnsByValues, settleRivalColumns, statusFromDescriptionColumn, unitFromGovernmentColumn } from './column-values.js';
import { HEADER_SEARCH_ROWS, headerScore, mapHeaders, unmappedHeaders, type MappingOverrides } from './header-mapping.js';
import { readJsonTable } from './json.js';
import { normalizeUrl } from '../normalize/url.js';
import { SECTION_LABEL, sectionReading, type SectionReading } from './section-headings.js';
import { headerLegend } from './header-legend.js';
import type { CellTable } from './table.js';
import { readXlsxTables } from './xlsx.js';

export interface ReadOptions {
  sheet?: string;
  mapping?: MappingOverrides;
  /** Report a missing name column as a note instead of an error (for `ingest --show-mapping`). */
  allowNoName?: boolean;
}

export interface RegistryRead {
  records: RawRecord[];
  rejected: RejectedRow[];
  summary: Omit<FileSummary, 'accepted' | 'rejected'> & { rejectedAtRead: number };
}


export async function readRegistry(path: string, options: ReadOptions = {}): Promise<RegistryRead> {
  const tables = await readTables(path, options);
  let rowOffset = 0;
  const reads = tables.map((table) => {
    const read = tableToRecords(path, table, options.mapping, options.allowNoName, rowOffset);
    rowOffset += read.summary.rowsRead;
    return read;
  });
  const read = reads.length === 1 ? reads[0]! : mergedSheets(reads, tables.map((t) => t.sheet ?? ''));
  const repeated = makeIdsUnique(read.records);
  if (repeated) read.summary.notes.push({ key: repeated.renumbered ? 'file.idsRenumbered' : 'file.idsQualified', vars: { column: read.summary.mapping.id ?? 'id', example: repeated.example, rows: repeated.rows } });
  return read;
}

/**
 * Every row's id (its registry id, else its row number) must name it alone: plan rows and analyst
 * decisions are keyed by it. A running number that starts again per office ("No" 1, 2, … under each
 * OPD) numbers sections, not the file: every row is then named by its data row number. Any other id
 * written twice keeps its first row; a later one is written `id#2`, `id#3`.
 */
function makeIdsUnique(records: RawRecord[]): { renumbered: boolean; example: string; rows: number } | null {
  const idOf = (r: RawRecord) => r.fields.id?.trim() || String(r.rowNumber);
  const seen = new Set<string>();
  const repeats = records.filter((r) => seen.size === seen.add(idOf(r)).size);
  if (repeats.length === 0) return null;
  const example = idOf(repeats[0]!);
  if (records.every((r) => /^\d*$/.test(r.fields.id?.trim() ?? ''))) {
    for (const r of records) delete r.fields.id;
    return { renumbered: true, example, rows: repeats.length };
  }
  const taken = new Set(records.map(idOf));
  const written = new Set<string>();
  for (const r of records) {
    const id = idOf(r);
    if (!written.has(id)) {
      written.add(id);
      continue;
    }
    let k = 2;
    while (taken.has(`${id}#${k}`)) k++;
    r.fields.id = `${id}#${k}`;
    taken.add(r.fields.id);
    written.add(r.fields.id);
  }
  return { renumbered: false, example, rows: repeats.length };
}

/** The sheets of one workbook as one registry: rows numbered on through the sheets, the first sheet's columns as the file's. */
function mergedSheets(reads: RegistryRead[], sheets: string[]): RegistryRead {
  const [first] = reads as [RegistryRead];
  const qualified = qualifyRepeatedIds(reads);
  const seen = new Set<string>();
  // one note per column: each sheet reading "What it does" as the description quotes its own examples
  const noteKey = (n: FileNote) => (n.vars?.column !== undefined ? `${n.key}\u0000${n.vars.column}` : JSON.stringify(n));
  const once = (notes: FileNote[]) => notes.filter((n) => !seen.has(noteKey(n)) && seen.add(noteKey(n)));
  return {
    records: reads.flatMap((r) => r.records),
    rejected: reads.flatMap((r) => r.rejected),
    summary: {
      ...first.summary,
      sheets,
      rowsRead: reads.reduce((n, r) => n + r.summary.rowsRead, 0),
      rejectedAtRead: reads.reduce((n, r) => n + r.summary.rejectedAtRead, 0),
      unmapped: [...new Set(reads.flatMap((r) => r.summary.unmapped))],
      notes: [...once(reads.flatMap((r) => r.summary.notes)), ...(qualified ? [{ key: 'file.sheetIds', vars: { example: qualified } }] : [])],
      assumptions: once(reads.flatMap((r) => r.summary.assumptions)),
    },
  };
}

/** A numbering each sheet starts again ("No" 1, 2, … per office's sheet) names a row only with its sheet: `Dinkes!1`. Returns an id so written, or null. */
function qualifyRepeatedIds(reads: RegistryRead[]): string | null {
  const sheetOfId = new Map<string, RegistryRead>();
  let repeated = false;
  for (const read of reads) {
    for (const r of read.records) {
      const id = r.fields.id?.trim();
      if (!id) continue;
      const other = sheetOfId.get(id);
      if (other && other !== read) repeated = true;
      sheetOfId.set(id, read);
    }
  }
  if (!repeated) return null;
  let example: string | null = null;
  for (const read of reads) {
    for (const r of read.records) {
      if (r.fields.id?.trim()) r.fields.id = `${r.sheet}!${r.fields.id.trim()}`;
      example ??= r.fields.id ?? null;
    }
  }
  return example;
}

async function readTables(path: string, options: ReadOptions): Promise<CellTable[]> {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path}: is a directory, not a registry file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size === 0) throw new InputError(`${path}: file is empty`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(`${path}: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const ext = extname(path).toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === '.xlsx' || ext === '.xlsm' || isZip) {
    if (!isZip) throw new InputError(`${path}: not an XLSX workbook (no ZIP signature)`);
    return readXlsxTables(path, options.sheet);
  }
  if (ext === '.xls') throw new InputError(`${path}: old binary .xls is not supported; save it as .xlsx or CSV`);
  const decoded = decodeRegistryBytes(path, bytes);
  if (!decoded.text.trim()) throw new InputError(`${path}: file is empty`);
  const first = decoded.text.trimStart()[0];
  if (ext === '.json' || ((first === '[' || first === '{') && ext !== '.csv' && ext !== '.tsv' && ext !== '.txt')) {
    return [readJsonTable(path, decoded)];
  }
  return [readCsvTable(path, decoded)];
}

/** A later full row replaces the first as the header only if it reads clearly better: a data row can hold a word a synonym knows. */
const MIN_HEADER_SCORE_GAIN = 2;

function distinctFilled(cells: readonly string[]): number {
  return new Set(cells.map((c) => c.trim()).filter((c) => c !== '')).size;
}

/**
 * The header row: title lines above a table (one or two texts, merged cells repeat one) are never it;
 * the first full row is, unless a later one reads clearly more like a header (a group-heading row or
 * a wide title above the real header). So a file whose headers no synonym knows keeps its first row as the header.
 */
function findHeaderRow(table: CellTable): number {
  const limit = Math.min(HEADER_SEARCH_ROWS, table.rows.length);
  const filled = table.rows.slice(0, limit).map(distinctFilled);
  const widest = Math.max(0, ...filled);
  const isFull = (n: number) => n > Math.max(1, widest / 3);
  const first = filled.findIndex(isFull);
  if (first < 0) return 0;
  let best = first;
  let needed = headerScore(table.rows[first]!) + MIN_HEADER_SCORE_GAIN;
  for (let i = first + 1; i < limit; i++) {
    if (!isFull(filled[i]!)) continue;
    const score = headerScore(table.rows[i]!);
    if (score >= needed) {
      best = i;
      needed = score + 1;
    }
  }
  return best;
}

/**
 * A header of two rows: a heading merged over several columns ("Aplikasi" over "Nama" and "Alamat")
 * with their own headings in the row below, which repeats the other columns' headings (merged down)
 * or leaves them blank. Returns the combined header ("Aplikasi Nama", "Aplikasi Alamat"), or null.
 */
function withSubHeader(header: readonly string[], below: readonly string[] | undefined): { header: string[]; spans: string } | null {
  if (!below) return null;
  const spans = header.map((h, c) => h !== '' && (header[c - 1] === h || header[c + 1] === h));
  if (!spans.some(Boolean)) return null;
  const cell = (c: number) => (below[c] ?? '').trim();
  for (let c = 0; c < header.length; c++) {
    const sub = cell(c);
    if (spans[c] ? sub === '' || sub === header[c] || /\d/.test(sub) : sub !== '' && sub !== header[c]) return null;
  }
  const under = new Map<string, string[]>();
  header.forEach((h, c) => {
    if (spans[c]) (under.get(h) ?? under.set(h, []).get(h)!).push(`"${cell(c)}"`);
  });
  return {
    header: header.map((h, c) => (spans[c] ? `${h} ${cell(c)}` : h)),
    spans: [...under].map(([h, subs]) => `"${h}": ${subs.join(', ')}`).join('; '),
  };
}

/** Cells a row must fill for its pattern (numbers running on, one text repeated) to mark it as no data: two may be chance. */
const MIN_PATTERN_CELLS = 3;

/** A row numbering the columns under the header ("(1)", "(2)", …, or 1, 2, …); stops at the first cell that is not the next number. */
function isColumnNumbering(cells: readonly string[]): boolean {
  let count = 0;
  let next = -1;
  for (const c of cells) {
    const t = c.trim();
    if (t === '') continue;
    const n = /^\(?(\d{1,2})\)?$/.exec(t)?.[1];
    if (n === undefined || (next >= 0 && Number(n) !== next)) return false;
    next = Number(n) + 1;
    count++;
  }
  return count >= MIN_PATTERN_CELLS;
}

/** Every filled cell holds the same text (a heading merged across the row); stops at the first other text. */
function oneTextAcross(cells: readonly string[], first: string): boolean {
  return cells.every((c) => {
    const t = c.trim();
    return t === '' || t === first;
  });
}


/**
 * Why a row is no application though it has a name (a total, a section heading, the header again, a
 * line of the signature block), or null. `columns`: the table's width; `inSignature`: a line of the
 * signature block came just before (the signer's name and every lone line after it belong to it too).
 */
function notAnApplication(name: string, cells: readonly string[], nameHeader: string | undefined, columns: number, inSignature: boolean): MessageRef | null {
  const key = compactKey(name);
  const vars = { name: name.trim() };
  const first = cells.find((c) => c.trim() !== '')?.trim() ?? '';
  // the name, or "Jumlah" merged over the first columns with the count under the name's ("778 aplikasi")
  const total = [name.trim(), first].find((t) => t && valueLookups().totalRows.has(compactKey(t)));
  if (total) return { key: 'reject.totalRow', vars: { name: total } };
  // exports glued page by page repeat their header
  if (key && nameHeader !== undefined && key === compactKey(nameHeader)) return { key: 'reject.repeatedHeader', vars };
  const filled = cells.filter((c) => c.trim() !== '').length;
  // the heading is the row's one cell, under the name's column or the first ("A. DINAS KESEHATAN" under "No")
  if (filled === 1 && SECTION_LABEL.test(first)) return { key: 'reject.sectionHeading', vars: { name: first } };
  if (isColumnNumbering(cells)) return { key: 'reject.columnNumbers', vars };
  // a heading merged across the row ("PROVINSI NUSA TENGGARA BARAT" in every cell)
  if (filled >= MIN_PATTERN_CELLS && oneTextAcross(cells, first)) return { key: 'reject.mergedHeading', vars };
  // the block often stands to the right, under another column than the name's
  const lone = filled === 1 ? cells.find((c) => c.trim() !== '')!.trim() : null;
  if (lone && columns >= MIN_COLUMNS_FOR_SIGNATURE && (inSignature || isSignatureLine(lone))) return { key: 'reject.signatureLine', vars: { name: lone } };
  return null;
}

/** A table this wide has more to say of an app than one cell: a lone text below it may be its signature block. */
const MIN_COLUMNS_FOR_SIGNATURE = 3;

/** "Sungguminasa, 21 Februari 2025", "Kepala Dinas Kesehatan", "Mengetahui,", "NIP. 19750101 200003 1 001". */
function isSignatureLine(text: string): boolean {
  const { positions, months, idLabels } = valueLookups().signatureLines;
  const words = fold(text).split(' ').filter(Boolean);
  if (words.length === 0) return false;
  // the place and date it was signed: a month and a year after a comma
  if (/,/.test(text) && /\b(19|20)\d\d\b/.test(text) && words.some((w) => months.has(w))) return true;
  // a staff number: its label and a long run of digits
  if (idLabels.has(words[0]!) && /\d{8,}/.test(text.replace(/\s+/g, ''))) return true;
  return positions.has(words[0]!) || (words.length >= 2 && positions.has(`${words[0]} ${words[1]}`));
}

/** `rowOffset`: data rows of the file's earlier sheets, so row numbers run on through a workbook. */
export function tableToRecords(path: string, table: CellTable, mappingOverrides?: MappingOverrides, allowNoName = false, rowOffset = 0): RegistryRead {
  const source = basename(path);
  const where = table.sheet !== undefined ? { sheet: table.sheet } : {};
  const notes = [...table.notes];
  const assumptions: FileNote[] = [];
  let header: string[];
  let dataStart: number;
  if (table.header) {
    header = table.header;
    dataStart = 0;
  } else {
    const headerIndex = findHeaderRow(table);
    header = (table.rows[headerIndex] ?? []).map((h) => h.trim());
    dataStart = headerIndex + 1;
    if (headerIndex > 0) notes.push({ key: 'file.headerFound', vars: { line: table.lines[headerIndex]!, skipped: headerIndex }, parts: { where: `file.where.${table.locationWord}` } });
    const combined = withSubHeader(header, table.rows[dataStart]);
    if (combined) {
      header = combined.header;
      notes.push({ key: 'file.subHeader', vars: { line: table.lines[dataStart]!, spans: combined.spans }, parts: { where: `file.where.${table.locationWord}` } });
      dataStart++;
    }
  }
  const mapping = mapHeaders(header, mappingOverrides);
  const emptyJson = table.format === 'json' && table.rows.length === 0;
  const defaults = mappingOverrides?.defaults ?? {};
  const dataRows = table.rows.slice(dataStart);
  assumptions.push(...settleRivalColumns(mapping, header, dataRows));
  assumptions.push(...unitFromGovernmentColumn(mapping, header, dataRows));
  assumptions.push(...statusFromDescriptionColumn(mapping, header, dataRows, defaults));
  assumptions.push(...mapColumnsByValues(mapping, header, dataRows, defaults));
  // A list of websites often has no name column: the address is what names each app.
  const nameFromUrl = mapping.mapped.name === undefined && defaults.name === undefined && mapping.mapped.url !== undefined;
  if (nameFromUrl) {
    mapping.mapped.name = mapping.mapped.url;
    assumptions.push({ key: 'file.nameFromUrl', vars: { column: mapping.mapped.url! } });
  }
  if (mapping.mapped.name === undefined && defaults.name === undefined && !emptyJson) {
    const found = header.filter((h) => h !== '').join(', ') || 'none';
    if (allowNoName) notes.push({ key: 'file.noNameColumn' });
    else throw new InputError(
      `${path}: no column can be the application name (headers found: ${found}); map one with --mapping FILE, e.g. {"columns": {"<header>": "name"}}`,
    );
  }
  const costHeader = mapping.mapped.annualCost;
  const costUnit = costHeader === undefined ? 1 : costScaleOfHeader(costHeader);
  if (costUnit !== 1) notes.push({ key: 'file.costUnit', vars: { column: costHeader!, unit: costUnit } });
  const records: RawRecord[] = [];
  const rejected: RejectedRow[] = [];
  const rowsRead = table.rows.length - dataStart;
  const fallbacks = Object.entries(mapping.fallbacks) as [CanonicalField, number[]][];
  // "Status (1/Y=Aktif; 0/T=Tidak Aktif)": the header's own legend reads its codes
  const statusLegend = mapping.mapped.status === undefined ? null : headerLegend(mapping.mapped.status);
  if (statusLegend) notes.push({ key: 'file.headerLegend', vars: { column: mapping.mapped.status!, codes: statusLegend.size } });
  let inSignature = false;
  // the office or government the last section heading named, for the rows below it that name none
  const section: Partial<Record<SectionReading['field'], string>> = {};
  const fromSection = { unit: 0, government: 0 };
  for (let r = dataStart; r < table.rows.length; r++) {
    const cells = table.rows[r]!;
    const line = table.lines[r]!;
    const rowNumber = rowOffset + r - dataStart + 1;
    if (table.format === 'json' && cells.length === 0) {
      rejected.push({ source, path, ...where, line, field: '', reason: { key: 'reject.notAnObject' } });
      continue;
    }
    const overflow = cells.slice(header.length).filter((c) => c.trim() !== '');
    if (overflow.length > 0) {
      rejected.push({
        source,
        path,
        ...where,
        line,
        field: '',
        reason: { key: 'reject.cellCount', vars: { cells: cells.length, columns: header.length } },
      });
      continue;
    }
    const fields: Partial<Record<CanonicalField, string>> = {};
    const extra: Record<string, string> = {};
    header.forEach((h, c) => {
      const value = (cells[c] ?? '').trim();
      const targets = mapping.fieldsOf[c]!;
      if (targets.length === 0) {
        if (value !== '') extra[h || `column ${c + 1}`] = value;
      } else {
        for (const f of targets) fields[f] = value;
      }
    });
    for (const [field, columns] of fallbacks) {
      const stand = columns.map((c) => (cells[c] ?? '').trim()).find((v) => v !== '');
      if (!stand) continue;
      // the other column stands in where the chosen one is blank; a name and its short form are both the name
      if (!fields[field]) fields[field] = stand;
      else if (field === 'name') fields.name = bothNames(fields.name!, stand);
    }
    if (statusLegend && fields.status) fields.status = statusLegend.get(fields.status.toLowerCase()) ?? fields.status;
    for (const [f, v] of Object.entries(defaults)) {
      const field = f as CanonicalField;
      if (!fields[field]) fields[field] = v;
    }
    // the address as people write it: `https://www.Dinkes.x.go.id/` → `dinkes.x.go.id`
    if (nameFromUrl) fields.name = normalizeUrl(fields.url)?.url ?? fields.url ?? '';
    const notAnApp = notAnApplication(fields.name ?? '', cells, mapping.mapped.name, header.length, inSignature);
    inSignature = notAnApp?.key === 'reject.signatureLine';
    if (notAnApp) {
      rejected.push({ source, path, ...where, line, field: 'name', reason: notAnApp });
      if (notAnApp.key === 'reject.sectionHeading') {
        // a new section starts a new office: a government's section, or one that names no office
        const reading = sectionReading(String(notAnApp.vars?.name ?? ''));
        delete section.unit;
        if (reading) section[reading.field] = reading.value;
      }
      continue;
    }
    for (const field of ['unit', 'government'] as const) {
      if (section[field] === undefined || fields[field]) continue;
      fields[field] = section[field];
      fromSection[field]++;
    }
    records.push({ source, path, ...where, line, rowNumber, fields, extra, ...(costUnit !== 1 ? { costUnit } : {}) });
  }
  for (const field of ['unit', 'government'] as const) {
    if (fromSection[field] > 0) assumptions.push({ key: 'file.fieldFromSections', vars: { count: fromSection[field] }, parts: { field: `file.field.${field}` } });
  }
  return {
    records,
    rejected,
    summary: {
      source,
      path,
      format: table.format,
      encoding: table.encoding,
      ...(table.delimiter !== undefined ? { delimiter: table.delimiter } : {}),
      rowsRead,
      rejectedAtRead: rejected.length,
      mapping: mapping.mapped,
      unmapped: unmappedHeaders(header, mapping),
      notes,
      assumptions,
    },
  };
}

/**
 * A short form and a long name in columns of their own (Singkatan, Nama Lengkap; app_alias, app_name),
 * both filled: the name as registries write both, "Sistem Informasi Manajemen Kepegawaian (SIMPEG)",
 * so linking reads the short form as well. One that holds the other is the name alone.
 */
export function bothNames(name: string, other: string): string {
  const [a, b] = [fold(name), fold(other)];
  if (a.includes(b)) return name;
  if (b.includes(a)) return other;
  const words = (t: string) => t.split(/\s+/).length;
  const [long, short] = words(other) > words(name) ? [other, name] : [name, other];
  return `${long} (${short})`;
}

import { parse } from 'csv-parse/sync';
import { InputError } from '../util/errors.js';
import type { FileNote } from '../model/inventory.js';
import type { DecodedText } from './decode.js';
import type { CellTable } from './table.js';

const DELIMITERS = [',', ';', '\t', '|'] as const;
export const MAX_CELL_CHARS = 1_000_000;

/**
 * Picks the delimiter that splits the most sample lines into the same number of cells (the modal count),
 * ignoring lines without it (title lines above the header); wider rows break ties.
 */
export function detectDelimiter(text: string): string {
  const lines = sampleLines(text, 30);
  let best: string = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, d)).filter((c) => c > 0);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
    const [modal, lineCount] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    const score = lineCount * 1000 + modal;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

function sampleLines(text: string, n: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (out.length < n && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim()) out.push(line);
    start = end + 1;
  }
  return out;
}

function countOutsideQuotes(line: string, d: string): number {
  let inQuotes = false;
  let count = 0;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === d && !inQuotes) count++;
  }
  return count;
}

export function readCsvTable(path: string, decoded: DecodedText): CellTable {
  const delimiter = detectDelimiter(decoded.text);
  const rows: string[][] = [];
  const lines: number[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decoded.text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      max_record_size: MAX_CELL_CHARS,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new InputError(`${path}: ${describeCsvError(error)}`);
  }
  for (const { record, info } of records) {
    if (record.every((cell) => cell.trim() === '')) continue;
    rows.push(record);
    // csv-parse reports the line a record ends on; a record starts after the previous one ended.
    lines.push(info.lines - embeddedNewlines(record));
  }
  const notes: FileNote[] = decoded.encoding === 'windows-1252' ? [{ key: 'file.windows1252' }] : [];
  return { rows, lines, notes, encoding: decoded.encoding, delimiter, format: 'csv', locationWord: 'line' };
}

/** csv-parse reports the line a record ends on; quoted cells may hold newlines. */
function embeddedNewlines(record: string[]): number {
  let n = 0;
  for (const cell of record) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) n++;
  return n;
}

function describeCsvError(error: unknown): string {
  const e = error as { code?: string; message?: string; lines?: number };
  const line = e.lines ? `line ${e.lines}: ` : '';
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `${line}unbalanced quotes: a quoted cell is never closed`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `${line}unbalanced quotes: a quote inside an unquoted cell`;
    case 'CSV_MAX_RECORD_SIZE':
      return `${line}a cell is larger than ${MAX_CELL_CHARS.toLocaleString('en')} characters; is this really a registry?`;
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return `${line}inconsistent number of columns`;
    default:
      return `${line}cannot parse CSV: ${(e.message ?? String(error)).split('\n')[0]}`;
  }
}

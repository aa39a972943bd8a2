import type { FileSummary, Inventory, InventoryRecord, RejectedRow } from '../model/inventory.js';
import { settleFileGovernment } from '../normalize/file-government.js';
import { createGovernmentResolver } from '../normalize/government.js';
import { namesakeNote, settleNamesakes } from '../normalize/namesakes.js';
import { addressReadingNote, settleGovernmentsByAddresses } from '../normalize/government-from-addresses.js';
import { normalizeRecords } from '../normalize/normalize-records.js';
import { quotedList } from '../util/text.js';
import { listYear, type ListYear } from './list-year.js';
import { readRegistry, type ReadOptions } from './read-registry.js';

export interface IngestOptions extends ReadOptions {
  onFile?: (path: string, index: number, total: number) => void;
}

/** Reads and normalises every registry file into one inventory; every row is accepted or rejected. */
export async function ingestFiles(paths: string[], options: IngestOptions = {}): Promise<Inventory> {
  const governments = createGovernmentResolver();
  const inventory: Inventory = { records: [], rejected: [], files: [] };
  const years: { file: FileSummary; records: InventoryRecord[]; dated: ListYear | null }[] = [];
  for (const [i, path] of paths.entries()) {
    options.onFile?.(path, i, paths.length);
    const read = await readRegistry(path, options);
    const { records, rejected, unread } = normalizeRecords(read.records, inventory.records.length, governments);
    for (const u of unread) {
      read.summary.notes.push({
        key: 'file.unreadValues',
        vars: { count: u.count, column: read.summary.mapping[u.field] ?? u.field, examples: quotedList(u.examples) },
        parts: { field: `file.field.${u.field}` },
      });
    }
    if (read.summary.mapping.government === undefined && options.mapping?.defaults?.government === undefined) {
      read.summary.assumptions.push(...settleFileGovernment(path, records, read.summary.sheets, governments));
    } else {
      read.summary.assumptions.push(...settleGovernmentsByAddresses(records, governments).map(addressReadingNote));
    }
    // in the file's order: sheet by sheet, then line by line
    const sheetRank = (r: RejectedRow) => (r.sheet === undefined ? 0 : (read.summary.sheets?.indexOf(r.sheet) ?? 0));
    const allRejected: RejectedRow[] = [...read.rejected, ...rejected].sort((a, b) => sheetRank(a) - sheetRank(b) || a.line - b.line);
    const { rejectedAtRead: _ignored, ...summary } = read.summary;
    const file: FileSummary = { ...summary, accepted: records.length, rejected: allRejected.length };
    for (const r of records) inventory.records.push(r);
    for (const r of allRejected) inventory.rejected.push(r);
    inventory.files.push(file);
    years.push({ file, records, dated: listYear(path, file.mapping) });
  }
  // lists of different years (one re-submitted a year later): each record knows its list's year
  if (new Set(years.flatMap((y) => (y.dated ? [y.dated.year] : []))).size > 1) {
    for (const { file, records, dated } of years) {
      if (!dated) continue;
      for (const r of records) r.asOf = dated.year;
      file.assumptions.push(dated.note);
    }
  }
  for (const reading of settleNamesakes(inventory.records)) {
    inventory.files.find((f) => f.source === reading.source)?.assumptions.push(namesakeNote(reading));
  }
  return inventory;
}

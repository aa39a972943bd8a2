import type { FileNote } from '../model/inventory.js';

/** A registry read as a grid of cells, before header mapping: the common shape of CSV, XLSX and JSON. */
export interface CellTable {
  /** Rows of cell text; `lines[i]` is where row i starts in the file (1-based line, item or sheet row). */
  rows: string[][];
  lines: number[];
  /** For JSON, where headers are keys: fixed header row and no header detection needed. */
  header?: string[];
  notes: FileNote[];
  encoding: string;
  delimiter?: string;
  format: 'csv' | 'json' | 'xlsx';
  /** The workbook sheet, when a workbook's registry spans several. */
  sheet?: string;
  /** How to name a location in messages: `line`, `item`, `row`. */
  locationWord: 'line' | 'item' | 'row';
}

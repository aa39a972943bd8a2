import type ExcelJS from 'exceljs';
import { InputError } from '../util/errors.js';
import type { FileNote } from '../model/inventory.js';
import { HEADER_SEARCH_ROWS, headerFields } from './header-mapping.js';
import type { CellTable } from './table.js';

export async function readXlsxTable(path: string, sheetName?: string): Promise<CellTable> {
  // exceljs is large: loaded only when a workbook is actually read
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new InputError(`${path}: cannot read as XLSX (${(error as Error).message.split('\n')[0]})`);
  }
  if (sheetName) {
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) throw new InputError(`${path}: no sheet named "${sheetName}" (sheets: ${sheetNames(workbook)})`);
    return { ...sheetTable(sheet), notes: [{ key: 'file.sheet', vars: { sheet: sheet.name } }] };
  }
  const visible = workbook.worksheets.filter((w) => w.state !== 'hidden' && w.state !== 'veryHidden');
  if (visible.length === 0) {
    throw new InputError(
      workbook.worksheets.length === 0
        ? `${path}: the workbook has no sheets`
        : `${path}: every sheet is hidden (${sheetNames(workbook)}); name the one to read with --sheet NAME`,
    );
  }
  // Government templates often open with instructions or a recap: the first sheet with a header row
  // that names an application column and another field is the registry; none such, the first sheet.
  // sheets are read one by one until one qualifies: the registry is usually the first
  const first = { sheet: visible[0]!, table: sheetTable(visible[0]!) };
  let chosen = first;
  if (!looksLikeRegistry(first.table.rows)) {
    for (const sheet of visible.slice(1)) {
      const table = sheetTable(sheet);
      if (looksLikeRegistry(table.rows)) {
        chosen = { sheet, table };
        break;
      }
    }
  }
  const notes: FileNote[] =
    chosen === first
      ? [{ key: 'file.sheet', vars: { sheet: chosen.sheet.name } }]
      : [{ key: 'file.sheetChosen', vars: { sheet: chosen.sheet.name, first: first.sheet.name } }];
  return { ...chosen.table, notes };
}

function sheetNames(workbook: ExcelJS.Workbook): string {
  return workbook.worksheets.map((w) => w.name).join(', ') || 'none';
}

function sheetTable(sheet: ExcelJS.Worksheet): Omit<CellTable, 'notes'> {
  const rows: string[][] = [];
  const lines: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c)));
    if (cells.some((v) => v.trim() !== '')) {
      rows.push(cells);
      lines.push(rowNumber);
    }
  });
  return { rows, lines, encoding: 'xlsx', format: 'xlsx', locationWord: 'row' };
}

/** A row near the top reads as a registry header: it names the application column and at least one more field. */
function looksLikeRegistry(rows: readonly string[][]): boolean {
  return rows.slice(0, HEADER_SEARCH_ROWS).some((row) => {
    const fields = headerFields(row.map((c) => c.trim()));
    return fields.has('name') && fields.size >= 2;
  });
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v) return v.result === undefined || v.result === null ? '' : String(v.result);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('hyperlink' in v) return String((v as { hyperlink: string }).hyperlink);
    if ('error' in v) return '';
  }
  return String(cell.text ?? v);
}

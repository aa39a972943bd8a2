import type ExcelJS from 'exceljs';
import { InputError } from '../util/errors.js';
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
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) {
    const names = workbook.worksheets.map((w) => w.name).join(', ') || 'none';
    throw new InputError(`${path}: ${sheetName ? `no sheet named "${sheetName}"` : 'no sheet'} (sheets: ${names})`);
  }
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
  return { rows, lines, notes: [{ key: 'file.sheet', vars: { sheet: sheet.name } }], encoding: 'xlsx', format: 'xlsx', locationWord: 'row' };
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

import type ExcelJS from 'exceljs';
import { InputError } from '../util/errors.js';
import type { FileNote } from '../model/inventory.js';
import { HEADER_SEARCH_ROWS, headerFields } from './header-mapping.js';
import type { CellTable } from './table.js';

/**
 * The sheets of a workbook that hold the registry, each as a table. With `sheetName`, that sheet.
 * Otherwise every visible sheet whose header looks like a registry: recaps often keep one sheet per
 * office or per year, and a row on any of them is an application. None such, the first sheet.
 */
export async function readXlsxTables(path: string, sheetName?: string): Promise<CellTable[]> {
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
    return [{ ...sheetTable(sheet), notes: [{ key: 'file.sheet', vars: { sheet: sheet.name } }] }];
  }
  const visible = workbook.worksheets.filter((w) => w.state !== 'hidden' && w.state !== 'veryHidden');
  if (visible.length === 0) {
    throw new InputError(
      workbook.worksheets.length === 0
        ? `${path}: the workbook has no sheets`
        : `${path}: every sheet is hidden (${sheetNames(workbook)}); name the one to read with --sheet NAME`,
    );
  }
  // Government templates often open with instructions or a recap: those sheets are passed over
  const tables = visible.map((sheet) => {
    const table = sheetTable(sheet);
    return { sheet, table, layout: registryLayout(table.rows) };
  });
  // the registry's other sheets share its template; a lookup or recap sheet has columns of its own
  const layout = tables.find((t) => t.layout !== null)?.layout;
  const registries = tables.filter((t) => t.layout !== null && t.layout === layout);
  if (registries.length === 0) return [{ ...tables[0]!.table, notes: [{ key: 'file.sheet', vars: { sheet: visible[0]!.name } }] }];
  const skipped = tables.filter((t) => !registries.includes(t)).map((t) => t.sheet.name);
  if (registries.length === 1) {
    const [{ sheet, table }] = registries as [(typeof registries)[number]];
    const note: FileNote = sheet === visible[0] ? { key: 'file.sheet', vars: { sheet: sheet.name } } : { key: 'file.sheetChosen', vars: { sheet: sheet.name, first: visible[0]!.name } };
    return [{ ...table, notes: [note] }];
  }
  const read = registries.map((r) => `"${r.sheet.name}"`).join(', ');
  const notes: FileNote[] = [
    skipped.length > 0
      ? { key: 'file.sheetsSkipping', vars: { sheets: read, count: registries.length, skipped: skipped.map((n) => `"${n}"`).join(', ') } }
      : { key: 'file.sheets', vars: { sheets: read, count: registries.length } },
  ];
  return registries.map(({ sheet, table }, i) => ({ ...table, sheet: sheet.name, notes: i === 0 ? notes : [] }));
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

/**
 * The fields a row near the top names when it reads as a registry header (the application column and
 * at least one more), as one key (`description,name,url`); null when no row does.
 */
function registryLayout(rows: readonly string[][]): string | null {
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const fields = headerFields(row.map((c) => c.trim()));
    if (fields.has('name') && fields.size >= 2) return [...fields].sort().join(',');
  }
  return null;
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

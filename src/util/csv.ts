/** Cells starting with these can run as formulas when a CSV is opened in a spreadsheet. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises spreadsheet formula injection by prefixing a quote, as OWASP recommends. */
export function safeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join('|') : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const NEEDS_QUOTES = /[",\n\r]/;

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(row: readonly unknown[]): string {
  let line = '';
  for (let k = 0; k < row.length; k++) {
    const v = row[k];
    if (k > 0) line += ',';
    line += typeof v === 'number' ? String(v) : quote(safeCell(v));
  }
  return line;
}

/** RFC 4180 CSV with a header row; every cell formula-safe. Numbers stay numbers (negative ones too). */
export function toCsv(header: string[], rows: unknown[][]): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return `${lines.join('\n')}\n`;
}

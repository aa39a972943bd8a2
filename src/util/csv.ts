/** Cells starting with these can run as formulas when a CSV is opened in a spreadsheet. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises spreadsheet formula injection by prefixing a quote, as OWASP recommends. */
export function safeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join('|') : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a header row; every cell formula-safe. Numbers stay numbers (negative ones too). */
export function toCsv(header: string[], rows: unknown[][]): string {
  const lines = [header.map((h) => quote(safeCell(h))).join(',')];
  for (const row of rows) {
    lines.push(row.map((v) => quote(typeof v === 'number' ? String(v) : safeCell(v))).join(','));
  }
  return `${lines.join('\n')}\n`;
}

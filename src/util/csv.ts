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

function csvCell(value: unknown): string {
  return typeof value === 'number' ? String(value) : quote(safeCell(value));
}

/** RFC 4180 CSV with a header row; every cell formula-safe. Numbers stay numbers (negative ones too). */
export function toCsv(header: string[], rows: unknown[][]): string {
  // Array#join builds each line flat; appending cell by cell builds ropes that cost more to flatten
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}

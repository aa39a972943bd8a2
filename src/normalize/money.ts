import { fold } from '../util/text.js';

/**
 * Indonesian money text → integer rupiah a year: `Rp 1.500.000`, `1.500.000,00`, `150 juta`, `1,5 M`,
 * `1.2 miliar`, `Rp1,5jt`, `2 triliun`, plain numbers; `Rp 1 juta/bulan` is twelve of it,
 * `APBD 2023: Rp 500 juta` the one amount that ends a label, and a bracketed source note `(APBD)` is
 * passed over. Returns null when no one yearly amount can be read (a range, a sum, a daily or per-head
 * figure, a note after the amount included): `gratis`
 * may be the citizens' fee rather than the running cost, so it is not taken for zero.
 */
const SCALES: [RegExp, number][] = [
  [/^(triliun|trilyun|t|tn)$/, 1e12],
  [/^(miliar|milyar|m|mlr|mly|b|billion|bn)$/, 1e9],
  [/^(juta|jt|j|million|mio|mn)$/, 1e6],
  [/^(ribu|rb|k|thousand)$/, 1e3],
];

/** Words that say an amount is for a month: the annual cost is twelve of them. */
const PER_MONTH = /\s*(?:\/|per|tiap|setiap)\s*(?:bulan|bln|month|mo)\.?$|\s*(?:sebulan|bulanan|monthly)$/;
/** Words that say an amount is for a year, as the field already means. */
const PER_YEAR = /\s*(?:\/|per|tiap|setiap)\s*(?:tahun|thn|th|year|yr|annum)\.?$|\s*(?:setahun|tahunan|annually|yearly|p\.?a\.?)$/;

/** Unit words a header spells out in full (one- and two-letter forms like "M" or "jt" are too ambiguous there). */
const HEADER_UNITS: [RegExp, number][] = [
  [/^(?:triliun|trilyun|trillions?)$/, 1e12],
  [/^(?:miliar|milyar|billions?)$/, 1e9],
  [/^(?:juta|jutaan|millions?)$/, 1e6],
  [/^(?:ribu|ribuan|thousands?)$/, 1e3],
];

/**
 * The unit a cost column's header states for its bare numbers: `Pagu (Rp ribu)`, `Anggaran (dalam
 * ribuan rupiah)`, `Biaya (Rp 000)` → 1,000; `Biaya (juta Rp)`, `(Rp 000.000)` → 1,000,000; 1 when it states none.
 */
export function costScaleOfHeader(header: string): number {
  const zeros = /(?:^|[^\d.,])(000(?:[.,\s]000)*)(?![\d])/.exec(header);
  if (zeros) return 10 ** (3 * zeros[1]!.split(/[.,\s]/).length);
  const words = fold(header).split(' ');
  for (const [re, scale] of HEADER_UNITS) if (words.some((w) => re.test(w))) return scale;
  return 1;
}

/**
 * A bracket that holds an amount, or says for how long or in what unit ("(Rp 5 juta)", "(per bulan)",
 * "(juta)"): read as part of the text; any other is a note on where the money comes from ("(APBD 2023)").
 */
function bracketCounts(inner: string): boolean {
  const t = inner.trim();
  return CURRENCY.test(t) || PER_MONTH.test(` ${t}`) || PER_YEAR.test(` ${t}`) || SCALES.some(([re]) => re.test(t));
}

/** Where an amount written with its currency starts. */
const CURRENCY = /(?:rp\.?|idr)\s*\d/;
const CURRENCIES = new RegExp(CURRENCY.source, 'g');
/** The one amount that ends a labelled text ("APBD 2023: Rp 500 juta"), with its unit word if any. */
const LAST_AMOUNT = /(?:rp\.?|idr)\s*[\d.,]+(?:\s*[a-z]+)?\.?$/;

/**
 * @param unit rupiah per unit of a bare number (no "Rp", no unit word), as the column's header states
 */
export function parseRupiah(raw: string | undefined | null, unit = 1): number | null {
  if (!raw) return null;
  let text = raw
    .toLowerCase()
    .replace(/\(([^)]*)\)/g, (_, inner: string) => (bracketCounts(inner) ? ` ${inner} ` : ' '))
    .replace(/\s+/g, ' ')
    .trim();
  if (!text || /^[-–—]+$/.test(text)) return null;
  let months = 1;
  if (PER_MONTH.test(text)) {
    months = 12;
    text = text.replace(PER_MONTH, '');
  } else text = text.replace(PER_YEAR, '');
  text = text.replace(/\s*rupiah$/, '');
  // a label before one amount; two amounts (a range, a sum, two years) or words after it (per hari,
  // per orang, s.d. …) make no one yearly figure
  const amount = readAmount(text, unit) ?? labelledAmount(text, unit);
  return amount === null ? null : amount * months;
}

/** `Rp 1.500.000`, `150 juta`, `1,5 M`: the whole text is one amount, or null; only a bare number counts in `unit`. */
function readAmount(text: string, unit: number): number | null {
  const currency = /^(rp\.?|idr)\s*/.test(text);
  text = text.replace(/^(rp\.?|idr)\s*/, '').replace(/,-$/, '').trim();
  const match = /^(-?[\d.,]+)\s*([a-z]*)\.?$/.exec(text);
  if (!match) return null;
  const numberPart = match[1]!;
  const word = match[2]!;
  let scale = currency ? 1 : unit;
  if (word) {
    const found = SCALES.find(([re]) => re.test(word));
    if (!found) return null;
    scale = found[1];
  }
  const value = parseLocaleNumber(numberPart, word !== '');
  if (value === null || value < 0) return null;
  return Math.round(value * scale);
}

/** The one amount that ends a labelled text, or null when the text holds none or several. */
function labelledAmount(text: string, unit: number): number | null {
  if ((text.match(CURRENCIES) ?? []).length !== 1) return null;
  const last = LAST_AMOUNT.exec(text)?.[0];
  return last ? readAmount(last, unit) : null;
}

/**
 * Dots are thousands separators and a comma the decimal mark (Indonesian), except that with a scale
 * word a single dot or comma is a decimal mark (`1.2 miliar`, `1,5 M`). `1,500,000` (English) also works.
 */
function parseLocaleNumber(s: string, scaled: boolean): number | null {
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let normalized: string;
  if (dots > 0 && commas > 0) {
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    normalized = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (dots + commas === 1) {
    const sep = dots ? '.' : ',';
    const decimals = s.length - s.indexOf(sep) - 1;
    const isDecimal = scaled || decimals !== 3;
    normalized = isDecimal ? s.replace(sep, '.') : s.replace(sep, '');
  } else if (dots > 1) {
    normalized = s.replace(/\./g, '');
  } else if (commas > 1) {
    normalized = s.replace(/,/g, '');
  } else {
    normalized = s;
  }
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return null;
  return Number(normalized);
}

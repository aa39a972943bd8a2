import { basename, extname } from 'node:path';
import type { CanonicalField, FileNote } from '../model/inventory.js';

/** A year standing alone in a name: not part of a longer number ("2025" in "inventaris_2025", not in "120251"). */
const YEAR = /(?<!\d)(199\d|20\d\d)(?!\d)/g;
/** Columns whose header may say which year the list's statements hold for ("Status 2026", "Biaya 2026"). */
const DATED_FIELDS: readonly CanonicalField[] = ['status', 'annualCost'];

export interface ListYear {
  year: number;
  note: FileNote;
}

function onlyYear(text: string, latest: number): number | null {
  const years = [...new Set([...text.matchAll(YEAR)].map((m) => Number(m[1])))].filter((y) => y <= latest);
  return years.length === 1 ? years[0]! : null;
}

/**
 * The year a registry describes, when it says so: its status or cost column names one ("status_2026"),
 * or else its file name does ("inventaris_2025.csv"). A list re-submitted a year later then speaks for
 * the apps it shares with older lists (links: the newest list's status holds). Null when nothing names
 * exactly one year.
 */
export function listYear(path: string, mapping: Partial<Record<CanonicalField, string>>, now = new Date()): ListYear | null {
  const latest = now.getFullYear() + 1;
  for (const field of DATED_FIELDS) {
    const header = mapping[field];
    const year = header === undefined ? null : onlyYear(header, latest);
    if (year !== null) return { year, note: { key: 'file.listYearFromColumn', vars: { year, column: header! } } };
  }
  const name = basename(path, extname(path));
  const year = onlyYear(name, latest);
  return year === null ? null : { year, note: { key: 'file.listYearFromName', vars: { year } } };
}

import { createGovernmentResolver, statesGovernmentLevel, type GovernmentResolver } from '../normalize/government.js';
import { createUnitResolver, type UnitResolver } from '../normalize/unit.js';

/**
 * A heading inside a table ("A. DINAS KESEHATAN", "II. KABUPATEN KUPANG") often says whose the rows
 * below it are: an office or a government, where the table has no column for it or leaves it blank.
 */

/** The label before a heading's words: a letter or Roman numeral ("A.", "IV)"). */
export const SECTION_LABEL = /^(?:[A-Z]|[IVX]{1,4})[.)]\s+(?=\p{L})/u;

export interface SectionReading {
  field: 'unit' | 'government';
  value: string;
}

let units: UnitResolver | undefined;
let governments: GovernmentResolver | undefined;

/** What a section heading names for the rows below it: an office units.yaml knows, or a government stated with its level; else null. */
export function sectionReading(heading: string): SectionReading | null {
  const text = heading.trim().replace(SECTION_LABEL, '').trim();
  if (!text) return null;
  if ((units ??= createUnitResolver()).resolveName(text)) return { field: 'unit', value: text };
  if (!statesGovernmentLevel(text)) return null;
  return (governments ??= createGovernmentResolver()).resolve(text).resolved ? { field: 'government', value: text } : null;
}

import { addressLevel } from '../features/app-address.js';
import type { RecordFeatures } from '../features/record-features.js';
import { stripGluedPrefix } from '../features/name-features.js';
import type { SignalScore } from '../model/analysis.js';
import type { LinkModel } from './link-model.js';
import { diceCoefficient } from '../util/dice.js';

export interface FunctionGuess {
  fn: string | null;
  confident: boolean;
}

export interface PairComparison {
  score: number;
  signals: SignalScore[];
  /** A hard contradiction (two different live hosts): never link, whatever the rest says. */
  cannotLink: boolean;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Overlap coefficient: descriptions differ in length, a short one inside a long one still agrees. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / small.size;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Every distinguishing word of the shorter name is in the longer one (`SI Bansos` in `Bantuan Sosial (SI Bansos)`). */
function subset(small: ReadonlySet<string>, large: ReadonlySet<string>): boolean {
  if (small.size === 0 || small.size >= large.size) return false;
  for (const x of small) if (!large.has(x)) return false;
  return true;
}

/** One of the short names is among the other record's name variants (its learned expansions included). */
function sharesVariant(acronyms: readonly string[], other: RecordFeatures): boolean {
  return acronyms.some((s) => other.nameVariants.includes(s));
}

function nameLevel(a: RecordFeatures, b: RecordFeatures, model: LinkModel): keyof LinkModel['signals']['name'] {
  if (a.nameVariants.length === 0 || b.nameVariants.length === 0) return 'missing';
  if (a.name.core && a.name.core === b.name.core) return 'exact';
  if (a.name.comparable.size && sameSet(a.name.comparable, b.name.comparable)) return 'exact';
  if ((a.officeFreeName || b.officeFreeName) && sameSet(a.officeFreeName ?? a.name.comparable, b.officeFreeName ?? b.name.comparable)) return 'exact';
  const aShort = new Set(a.name.acronyms.map(stripGluedPrefix));
  for (const s of b.name.acronyms) if (aShort.has(stripGluedPrefix(s))) return 'acronym';
  // two names that each state their own short name, and not the same one, name two apps however alike
  // their long forms ('Sistem Informasi Manajemen Arsip (SIMARSIP)', '… (ARSIPKU)')
  if (aShort.size && b.name.acronyms.length && !sharesVariant(a.name.acronyms, b) && !sharesVariant(b.name.acronyms, a)) return 'different';
  const bVariants = new Set(b.nameVariants);
  for (const v of a.nameVariants) if (bVariants.has(v)) return 'acronym';
  // "e-PBB" and a long name its PBB abbreviates
  if (a.name.acronyms.some((s) => bVariants.has(stripGluedPrefix(s))) || b.name.acronyms.some((s) => a.nameVariants.includes(stripGluedPrefix(s)))) return 'acronym';
  if (subset(a.name.comparable, b.name.comparable) || subset(b.name.comparable, a.name.comparable)) return 'contained';
  // learned expansions and long forms only add equality (above); similarity is of the forms that carry the name
  let best = 0;
  for (const x of a.nameForms) {
    for (const y of b.nameForms) {
      const d = diceCoefficient(x, y);
      if (d > best) best = d;
    }
  }
  const l = model.levels;
  if (best >= l.nameClose) return 'close';
  if (best >= l.nameSimilar) return 'similar';
  if (best >= l.nameWeak) return 'weak';
  return 'different';
}

export function comparePair(a: RecordFeatures, b: RecordFeatures, fa: FunctionGuess, fb: FunctionGuess, model: LinkModel): PairComparison {
  const w = model.signals;
  const l = model.levels;
  const signals: SignalScore[] = [];
  const add = (signal: string, level: string, weight: number) => signals.push({ signal, level, weight });

  const urlLevel = addressLevel(a, b);
  add('url', urlLevel, w.url[urlLevel]);

  const nl = nameLevel(a, b, model);
  add('name', nl, w.name[nl]);

  const unitLevel = !a.unit || !b.unit ? 'missing' : a.unit === b.unit ? 'same' : 'different';
  add('unit', unitLevel, w.unit[unitLevel]);

  let descLevel: keyof typeof w.description = 'missing';
  if (a.descriptionTokens.size && b.descriptionTokens.size) {
    const o = overlap(a.descriptionTokens, b.descriptionTokens);
    descLevel = o >= l.descriptionSame ? 'same' : o >= l.descriptionSimilar ? 'similar' : o < l.descriptionDifferent ? 'different' : 'missing';
  }
  add('description', descLevel, w.description[descLevel]);

  let elLevel: keyof typeof w.dataElements = 'missing';
  if (a.elements.size && b.elements.size) {
    const j = jaccard(a.elements, b.elements);
    elLevel = j >= l.elementsHigh ? 'overlap_high' : j > 0 ? 'overlap_some' : 'disjoint';
  }
  add('dataElements', elLevel, w.dataElements[elLevel]);

  let fnLevel: keyof typeof w.function = 'unknown';
  if (fa.fn && fb.fn) {
    if (fa.fn === fb.fn) fnLevel = 'same';
    else if (fa.confident && fb.confident) fnLevel = 'different';
  }
  add('function', fnLevel, w.function[fnLevel]);

  // registries disagree by a year on when an app was built (built vs launched)
  const yearLevel = a.year === null || b.year === null ? 'missing' : a.year === b.year ? 'same' : Math.abs(a.year - b.year) === 1 ? 'close' : 'different';
  add('year', yearLevel, w.year[yearLevel]);

  // one budget line copied into two lists is the same figure; a zero says nothing
  let costLevel: keyof typeof w.cost = 'missing';
  if (a.annualCost && b.annualCost) {
    const ratio = Math.min(a.annualCost, b.annualCost) / Math.max(a.annualCost, b.annualCost);
    costLevel = ratio === 1 ? 'same' : ratio >= l.costClose ? 'close' : 'different';
  }
  add('cost', costLevel, w.cost[costLevel]);

  const platformLevel = a.platforms === '' || b.platforms === '' ? 'missing' : a.platforms === b.platforms ? 'same' : oneHoldsTheOther(a.platforms, b.platforms) ? 'contained' : 'different';
  add('platforms', platformLevel, w.platforms[platformLevel]);

  const statusLevel = a.status === 'unknown' || b.status === 'unknown' ? 'missing' : a.status === b.status ? 'same' : (a.status === 'inactive') !== (b.status === 'inactive') ? 'conflict' : 'different';
  add('status', statusLevel, w.status[statusLevel]);

  const srcLevel = a.source === b.source ? 'same_file' : 'different_file';
  add('source', srcLevel, w.source[srcLevel]);

  const score = signals.reduce((s, x) => s + x.weight, 0);
  // nothing names them as one (no shared address) and both their names and their offices differ: two
  // offices' apps (the inspectorate's and the social office's "Official Site"), whatever else agrees
  const sharedAddress = urlLevel === 'same_url' || urlLevel === 'same_host';
  const namedApart = nl === 'different' && unitLevel === 'different' && !sharedAddress;
  // "Website Bapenda" and "Website Bappeda": two offices' websites, however alike their names are spelt
  const sitesApart = a.siteOffice !== null && b.siteOffice !== null && a.siteOffice !== b.siteOffice && !sharedAddress;
  return { score: Math.round(score * 100) / 100, signals, cannotLink: urlLevel === 'different_host' || namedApart || sitesApart };
}

/** "web" and "android+web": one list names some of the platforms of the other (platform lists are '+'-joined). */
function oneHoldsTheOther(a: string, b: string): boolean {
  const [fewer, more] = a.length <= b.length ? [a, b] : [b, a];
  const holds = new Set(more.split('+'));
  return fewer.split('+').every((p) => holds.has(p));
}

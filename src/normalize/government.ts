import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { loadKnowledge } from '../knowledge/load.js';
import type { Government } from '../model/inventory.js';
import { InputError } from '../util/errors.js';
import { TextCache } from '../util/text-cache.js';
import { compactKey, fold } from '../util/text.js';
import { abbreviates } from '../util/initials.js';

export interface GovernmentResolver {
  /** A blank text falls back to the government the URL host names, if it names one. */
  resolve(raw: string, hint?: { urlHost?: string | null }): Government;
  /** The government a `.go.id` host names ("bantenprov.go.id", "kemkes.go.id"), or null. */
  fromHost(urlHost: string): Government | null;
  /**
   * The office an agency text names beside its government, as written: "Regional Revenue Agency"
   * in "Sleman District Government - Regional Revenue Agency"; null when the text names no other part.
   */
  officeBeside(raw: string): string | null;
}

type RegionLevel = 'provinsi' | 'kabupaten' | 'kota';
const REGION_LEVELS = ['provinsi', 'kabupaten', 'kota'] as const;

// One typo is forgiven only in words and names long enough that it cannot turn one into another.
const MIN_TYPO_KEY_LENGTH = 5;
const MIN_TYPO_AGENCY_KEY_LENGTH = 8;
const MIN_TYPO_PREFIX_WORD_LENGTH = 6;

// ---------------------------------------------------------------------------------------------
// Knowledge files

const Word = z.string().regex(/^\S+$/, 'expected a single word');
const Phrase = z.string().min(1);
const PerLevel = <T extends z.ZodType>(item: T) =>
  z.object({ provinsi: z.array(item), kabupaten: z.array(item), kota: z.array(item) }).strict();
const RegionAliases = z
  .object({ code: z.string().regex(/^\d{2}(\.\d{2})?$/), name: Phrase, aliases: z.array(Phrase).default([]) })
  .strict();

export const RegionalAliasesSchema = z
  .object({
    levelWords: PerLevel(Word),
    fillerWords: z.array(Word),
    wordAbbreviations: z.record(Word, Word),
    directionWords: z.record(Word, z.string().min(1)).default({}),
    hostMarkers: PerLevel(Word),
    provinces: z.array(RegionAliases),
    regencies: z.array(RegionAliases),
  })
  .strict();

export const CentralAgenciesSchema = z
  .object({
    agencies: z
      .array(
        z
          .object({
            code: z.string().regex(/^00\.[A-Za-z0-9-]+$/, 'expected 00.<ShortName>'),
            name: Phrase,
            aliases: z.array(Phrase).min(1),
            hosts: z.array(z.string().regex(/^[a-z0-9-]+$/, 'expected a domain label')).default([]),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Regions (idn-area-data) and their index

interface Region {
  code: string;
  provinceCode: string;
  level: RegionLevel;
  /** Display name with its level: "Kabupaten Banyuwangi", "Provinsi Jawa Timur". */
  displayName: string;
  /** Compact keys of every name the region is known by, without the level word. */
  keys: string[];
}

interface Agency {
  code: string;
  name: string;
}

interface Index {
  regionsByKey: Map<string, Region[]>;
  regionsByLevel: Record<RegionLevel, Region[]>;
  /** Region and agency keys by length: one typo changes a key's length by at most one. */
  regionKeysByLength: Map<number, string[]>;
  agencyKeysByLength: Map<number, string[]>;
  /** Official region codes (Kemendagri): `14.72` is Kota Dumai, `14` Provinsi Riau. */
  regionsByCode: Map<string, Region>;
  provincesByKey: Map<string, Region>;
  agenciesByKey: Map<string, Agency>;
  /** A central body's names of two words or more, folded ("kementerian perhubungan", "ministry of transportation"). */
  agencyPhrases: Map<string, string[]>;
  /** The label of a body's own domain (`pertanian` of pertanian.go.id) where it is no name to read in a text. */
  agenciesByHostLabel: Map<string, Agency>;
  levelWords: Map<string, RegionLevel>;
  fillerWords: Set<string>;
  /** Long prefix words, matched with one typo allowed ("Kabupatn", "Pemerintha"). */
  typoPrefixWords: (readonly [word: string, level: RegionLevel | null])[];
  wordAbbreviations: Map<string, string>;
  /** English compass word → its Indonesian words, folded ("southwest" → ["barat", "daya"]). */
  directionWords: Map<string, string[]>;
  hostMarkers: Record<RegionLevel, string[]>;
}

const UPPER_WORDS = new Set(['DKI', 'DI']);
const LOWER_WORDS = new Set(['DAN']);

function titleCase(upper: string): string {
  return upper
    .split(/\s+/)
    .map((w) => (UPPER_WORDS.has(w) ? w : LOWER_WORDS.has(w) ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ');
}

function readAreaCsv(file: string): Record<string, string>[] {
  const packageJson = createRequire(import.meta.url).resolve('idn-area-data/package.json');
  const text = readFileSync(join(dirname(packageJson), 'data', file), 'utf8');
  return parseCsv(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

const LEVEL_PREFIX = /^(KABUPATEN|KOTA)( ADMINISTRASI)? /;

function readRegions(): Region[] {
  const provinces: Region[] = readAreaCsv('provinces.csv').map((row) => ({
    code: row.code!,
    provinceCode: row.code!,
    level: 'provinsi',
    displayName: `Provinsi ${titleCase(row.name!)}`,
    keys: [compactKey(row.name!)],
  }));
  const regencies: Region[] = readAreaCsv('regencies.csv').map((row) => ({
    code: row.code!,
    provinceCode: row.province_code!,
    level: row.name!.startsWith('KOTA ') ? 'kota' : 'kabupaten',
    displayName: titleCase(row.name!),
    keys: [compactKey(row.name!.replace(LEVEL_PREFIX, ''))],
  }));
  return [...provinces, ...regencies];
}

function addAliases(regions: Region[], entries: z.infer<typeof RegionAliases>[], file: string): void {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  for (const entry of entries) {
    const region = byCode.get(entry.code);
    // The name guards against a wrong code: it must be one the region is already known by.
    if (!region || !region.keys.includes(compactKey(entry.name))) {
      throw new InputError(`${file}: code ${entry.code} is not "${entry.name}" in idn-area-data`);
    }
    region.keys.push(...entry.aliases.map(compactKey));
  }
}

/** "Kab. Sangihe" for "Kabupaten Kepulauan Sangihe", unless that shorter name belongs to another region ("Riau"). */
function addNamesWithoutKepulauan(regions: Region[]): void {
  const taken = new Set(regions.flatMap((r) => r.keys));
  for (const region of regions) {
    for (const key of [...region.keys]) {
      const shorter = key.replace('kepulauan', '');
      if (shorter !== key && shorter.length > 2 && !taken.has(shorter)) region.keys.push(shorter);
    }
  }
}

function buildIndex(): Index {
  const regional = loadKnowledge('regional-aliases.yaml', RegionalAliasesSchema);
  const central = loadKnowledge('central-agencies.yaml', CentralAgenciesSchema);

  const regions = readRegions();
  addAliases(regions, regional.provinces, 'regional-aliases.yaml');
  addAliases(regions, regional.regencies, 'regional-aliases.yaml');
  addNamesWithoutKepulauan(regions);

  const regionsByKey = new Map<string, Region[]>();
  const provincesByKey = new Map<string, Region>();
  const regionsByCode = new Map(regions.map((r) => [r.code, r]));
  for (const region of regions) {
    for (const key of new Set(region.keys)) {
      const list = regionsByKey.get(key) ?? [];
      list.push(region);
      regionsByKey.set(key, list);
      if (region.level === 'provinsi') provincesByKey.set(key, region);
    }
  }

  const agenciesByKey = new Map<string, Agency>();
  const agencyPhrases = new Map<string, string[]>();
  const agenciesByHostLabel = new Map<string, Agency>();
  for (const { code, name, aliases, hosts } of central.agencies) {
    const agency = { code, name };
    for (const label of hosts) agenciesByHostLabel.set(label, agency);
    const phrases = [name, ...aliases].map(fold).filter((p) => p.includes(' '));
    agencyPhrases.set(code, [...new Set(phrases)].sort((a, b) => b.length - a.length));
    for (const alias of [name, code.slice(3), ...aliases]) {
      const key = compactKey(alias);
      const other = agenciesByKey.get(key);
      if (other && other.code !== code) {
        throw new InputError(`central-agencies.yaml: "${alias}" is listed for both ${other.code} and ${code}`);
      }
      agenciesByKey.set(key, agency);
    }
  }

  const levelWords = new Map<string, RegionLevel>();
  for (const level of REGION_LEVELS) for (const word of regional.levelWords[level]) levelWords.set(fold(word), level);
  const fillerWords = new Set(regional.fillerWords.map(fold));
  const typoPrefixWords: Index['typoPrefixWords'] = [
    ...[...levelWords].filter(([word]) => word.length >= MIN_TYPO_PREFIX_WORD_LENGTH),
    ...[...fillerWords].filter((word) => word.length >= MIN_TYPO_PREFIX_WORD_LENGTH).map((word) => [word, null] as const),
  ];

  return {
    regionsByKey,
    regionsByLevel: {
      provinsi: regions.filter((r) => r.level === 'provinsi'),
      kabupaten: regions.filter((r) => r.level === 'kabupaten'),
      kota: regions.filter((r) => r.level === 'kota'),
    },
    regionKeysByLength: byLength(regionsByKey.keys()),
    agencyKeysByLength: byLength(agenciesByKey.keys()),
    regionsByCode,
    provincesByKey,
    agenciesByKey,
    agencyPhrases,
    agenciesByHostLabel,
    levelWords,
    fillerWords,
    typoPrefixWords,
    wordAbbreviations: new Map(Object.entries(regional.wordAbbreviations).map(([k, v]) => [fold(k), fold(v)])),
    directionWords: new Map(Object.entries(regional.directionWords).map(([k, v]) => [fold(k), fold(v).split(' ')])),
    hostMarkers: {
      provinsi: regional.hostMarkers.provinsi.map(compactKey),
      kabupaten: regional.hostMarkers.kabupaten.map(compactKey),
      kota: regional.hostMarkers.kota.map(compactKey),
    },
  };
}

function byLength(keys: Iterable<string>): Map<number, string[]> {
  const found = new Map<number, string[]>();
  for (const key of keys) (found.get(key.length) ?? found.set(key.length, []).get(key.length)!).push(key);
  return found;
}

/** Known keys at most one edit from `key`. */
function* keysWithinOneEdit(keysByLength: Map<number, string[]>, key: string, minLength: number): Generator<string> {
  for (let length = key.length - 1; length <= key.length + 1; length++) {
    if (length < minLength) continue;
    for (const known of keysByLength.get(length) ?? []) if (withinOneEdit(key, known)) yield known;
  }
}

let sharedIndex: Index | undefined;
function index(): Index {
  sharedIndex ??= buildIndex();
  return sharedIndex;
}

let aliasesByCode: Map<string, Set<string>> | undefined;
/**
 * The names a government is also known by, each as one compact word (`kemendagri`, `bps`, `jogja`,
 * `kukar`): in an app's name they say whose app it is, as the government's own name words do.
 */
export function governmentAliasKeys(code: string): ReadonlySet<string> {
  if (!aliasesByCode) {
    const ix = index();
    aliasesByCode = new Map();
    const add = (c: string, key: string) => (aliasesByCode!.get(c) ?? aliasesByCode!.set(c, new Set()).get(c)!).add(key);
    for (const [key, regions] of ix.regionsByKey) if (regions.length === 1) add(regions[0]!.code, key);
    for (const [key, agency] of ix.agenciesByKey) add(agency.code, key);
  }
  return aliasesByCode.get(code) ?? EMPTY;
}
const EMPTY: ReadonlySet<string> = new Set();

/**
 * A central body's names of two words or more, folded, longest first: inside an app's name
 * ("Info Kapal Ministry of Transportation", "SISRUTE Kementerian Kesehatan") they say whose app it is.
 */
export function governmentNamePhrases(code: string): readonly string[] {
  return index().agencyPhrases.get(code) ?? [];
}

/** Words that only say "government of" or its level ("pemerintah", "kabupaten", "kota", "prov"), folded. */
export function governmentWords(): ReadonlySet<string> {
  const ix = index();
  return new Set([...ix.levelWords.keys(), ...ix.fillerWords]);
}

/** Words that state a government's level ("kabupaten", "kab", "pemkot", "provinsi"), folded. */
export function governmentLevelWords(): ReadonlySet<string> {
  return new Set(index().levelWords.keys());
}

/** The text states a government's level ("Kabupaten Kupang", "RSUD Kab. Garut"), not only a place's name. */
export function statesGovernmentLevel(text: string): boolean {
  const { levelWords } = index();
  return fold(text)
    .split(' ')
    .some((w) => levelWords.has(w));
}

// ---------------------------------------------------------------------------------------------
// Matching helpers

/** True when `a` and `b` differ by at most one inserted, deleted, replaced or swapped character. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // replaced
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swapped
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}


/** A region-name reading of the text: the name words and the level the text states, if any. */
interface Reading {
  words: string[];
  level: RegionLevel | null;
}

/** Reads level and filler words from `start`; `end` is the first name word. */
function readPrefix(ix: Index, words: string[], start: number): { end: number; level: RegionLevel | null } {
  let level: RegionLevel | null = null;
  let i = start;
  for (; i < words.length; i++) {
    const word = words[i]!;
    const wordLevel = ix.levelWords.get(word);
    if (wordLevel) level = wordLevel;
    else if (ix.fillerWords.has(word)) continue;
    else {
      const typo = word.length >= MIN_TYPO_PREFIX_WORD_LENGTH ? ix.typoPrefixWords.find(([known]) => withinOneEdit(word, known)) : undefined;
      if (!typo) break;
      level = typo[1] ?? level;
    }
  }
  return { end: i, level };
}

/** Reads level and filler words back from the end, keeping at least one name word; `start` is the first of them. */
function readSuffix(ix: Index, words: string[]): { start: number; level: RegionLevel | null } {
  let level: RegionLevel | null = null;
  let start = words.length;
  while (start > 1) {
    const word = words[start - 1]!;
    const wordLevel = ix.levelWords.get(word);
    if (!wordLevel && !ix.fillerWords.has(word)) break;
    level ??= wordLevel ?? null;
    start--;
  }
  return { start, level };
}

/**
 * The ways a text can be read as a region name, in groups tried in order: the text as a whole
 * (most literal reading first), then each government named after other words ("Diskominfo Kab. Garut").
 */
function readings(ix: Index, words: string[]): Reading[][] {
  const whole: Reading[] = [];
  const prefix = readPrefix(ix, words, 0);
  const rest = words.slice(prefix.end);
  // "Banyuwangi Regency", "Bali Provincial Government"
  const suffix = readSuffix(ix, rest);
  if (suffix.start < rest.length) whole.push({ words: rest.slice(0, suffix.start), level: prefix.level ?? suffix.level });
  whole.push({ words: rest, level: prefix.level });
  // "South Tangerang City", "North Central Timor Regency": English compass words come first, Indonesian ones last
  for (const reading of [...whole]) {
    const moved = directionLast(ix, reading.words);
    if (moved) whole.push({ words: moved, level: reading.level });
  }
  // Names that begin with a prefix-like word: "Daerah Istimewa Yogyakarta", "Kabupaten Kota Baru".
  for (let k = prefix.end - 1; k >= 0; k--) {
    whole.push({ words: words.slice(k), level: readPrefix(ix, words.slice(0, k), 0).level });
  }
  const groups = [whole];
  for (let p = Math.max(prefix.end, 1); p < words.length; p++) {
    if (!ix.levelWords.has(words[p]!)) continue;
    const inner = readPrefix(ix, words, p);
    if (inner.end < words.length) groups.push([{ words: words.slice(inner.end), level: inner.level }]);
  }
  return groups.map((group) => group.filter((r) => r.words.length > 0));
}

/** The words with their leading run of English compass words put after the name, in Indonesian ("south tangerang" → "tangerang selatan"), or null. */
function directionLast(ix: Index, words: string[]): string[] | null {
  let k = 0;
  while (k < words.length - 1 && ix.directionWords.has(words[k]!)) k++;
  if (k === 0) return null;
  return [...words.slice(k), ...words.slice(0, k).reverse().flatMap((w) => ix.directionWords.get(w)!)];
}

function exactMatches(ix: Index, words: string[]): Region[] {
  return ix.regionsByKey.get(words.join('')) ?? [];
}

function typoMatches(ix: Index, words: string[]): Region[] {
  const key = words.join('');
  if (key.length < MIN_TYPO_KEY_LENGTH) return [];
  const found = new Set<Region>();
  for (const known of keysWithinOneEdit(ix.regionKeysByLength, key, MIN_TYPO_KEY_LENGTH)) ix.regionsByKey.get(known)!.forEach((r) => found.add(r));
  return [...found];
}

/** "Kabupaten Banyuwangi Provinsi Jawa Timur", "Kab. Banyuwangi (Jatim)": the name, checked against the province after it. */
function matchesBeforeProvince(ix: Index, words: string[]): Region[] {
  for (let j = words.length - 1; j >= 1; j--) {
    const tail = words.slice(j);
    const province = ix.provincesByKey.get(tail.slice(readPrefix(ix, tail, 0).end).join(''));
    if (!province) continue;
    const head = words.slice(0, j);
    const inProvince = (r: Region) => r.provinceCode === province.code && r !== province;
    const found = exactMatches(ix, head).filter(inProvince);
    if (found.length) return found;
    const typos = typoMatches(ix, head).filter(inProvince);
    if (typos.length) return typos;
  }
  return [];
}

/** Keeps the candidates of the stated level; "Pemkab X" where only Kota X exists still finds Kota X. */
function narrowByLevel(candidates: Region[], level: RegionLevel | null): Region[] {
  if (!level) return candidates;
  const same = candidates.filter((r) => r.level === level);
  if (same.length || level === 'provinsi') return same;
  return candidates.filter((r) => r.level !== 'provinsi');
}

function findRegions(ix: Index, words: string[]): Region[] {
  for (const group of readings(ix, words)) {
    for (const match of [exactMatches, typoMatches, matchesBeforeProvince]) {
      for (const reading of group) {
        const found = narrowByLevel(match(ix, reading.words), reading.level);
        if (found.length) return found;
      }
    }
  }
  return [];
}

const TRAILING_COUNTRY = [
  ['of', 'the', 'republic', 'of', 'indonesia'],
  ['the', 'republic', 'of', 'indonesia'],
  ['republik', 'indonesia'],
  ['republic', 'of', 'indonesia'],
  ['of', 'indonesia'],
  ['ri'],
  ['indonesia'],
];

function withoutTrailingCountry(words: string[]): string[] {
  for (const tail of TRAILING_COUNTRY) {
    if (words.length > tail.length && tail.every((w, i) => words[words.length - tail.length + i] === w)) {
      return words.slice(0, -tail.length);
    }
  }
  return words;
}

/** Central body written as a whole ("Kemenkes", "Kementerian Kesehatan RI", "Kementerian PPN/Bappenas"). */
function findAgency(ix: Index, raw: string, words: string[]): Agency | undefined {
  const direct = ix.agenciesByKey.get(words.join('')) ?? ix.agenciesByKey.get(withoutTrailingCountry(words).join(''));
  if (direct) return direct;
  // "Marine Affairs & Fisheries Ministry" is the Ministry of Marine Affairs and Fisheries
  if (raw.includes('&') || words[words.length - 1] === 'ministry') {
    const spelled = withoutTrailingCountry(fold(raw.replace(/&/g, ' and ')).split(' ').filter(Boolean));
    const ordered = spelled[spelled.length - 1] === 'ministry' ? ['ministry', 'of', ...spelled.slice(0, -1)] : spelled;
    const found = ix.agenciesByKey.get(ordered.join('')) ?? ix.agenciesByKey.get(fold(raw.replace(/&/g, ' dan ')).split(' ').join(''));
    if (found) return found;
  }
  // "Badan Kepegawaian Negara (BKN)", "Kementerian Investasi/BKPM": every part that names a body names the same one.
  const parts = raw.split(/[/()]/).map((p) => withoutTrailingCountry(fold(p).split(' ')).join('')).filter(Boolean);
  const named = new Set(parts.map((p) => ix.agenciesByKey.get(p)).filter((a): a is Agency => a !== undefined));
  return named.size === 1 ? [...named][0] : undefined;
}

/** Central body named at the end of a longer text: "Ditjen Dukcapil Kemendagri", "Kantor Regional BKN". */
function findAgencyAtEnd(ix: Index, words: string[]): Agency | undefined {
  const trimmed = withoutTrailingCountry(words);
  for (let i = 1; i < trimmed.length; i++) {
    // Regional offices ("Dinas Kominfo", "Kab. Kutai Kartanegara (Dinas Kominfo)") are not the ministry they are named after.
    if (trimmed[i - 1] === 'dinas') return undefined;
    const key = trimmed.slice(i).join('');
    const agency = key.length >= 3 ? ix.agenciesByKey.get(key) : undefined;
    if (agency) return agency;
  }
  return undefined;
}

/** "Kementrian Kesehatan": one typo in a long name, when only one body is that close. */
function findAgencyWithTypo(ix: Index, words: string[]): Agency | undefined {
  const key = withoutTrailingCountry(words).join('');
  if (key.length < MIN_TYPO_AGENCY_KEY_LENGTH) return undefined;
  const found = new Set<Agency>();
  for (const known of keysWithinOneEdit(ix.agencyKeysByLength, key, MIN_TYPO_AGENCY_KEY_LENGTH)) found.add(ix.agenciesByKey.get(known)!);
  return found.size === 1 ? [...found][0] : undefined;
}

function hostLabels(urlHost: string): string[] {
  return urlHost.toLowerCase().split('.').map((label) => label.replace(/[^a-z0-9]/g, ''));
}

/** Regions a host's labels name with a level marker: `bantenprov`, `garutkab`, `pemkabbogor`. */
function markedRegions(ix: Index, labels: readonly string[]): Set<Region> {
  const marked = new Set<Region>();
  for (const label of labels) {
    for (const level of REGION_LEVELS) {
      for (const marker of ix.hostMarkers[level]) {
        if (label.length <= marker.length) continue;
        const key = label.endsWith(marker) ? label.slice(0, -marker.length) : label.startsWith(marker) ? label.slice(marker.length) : null;
        if (key) for (const region of ix.regionsByKey.get(key) ?? []) if (region.level === level) marked.add(region);
      }
    }
  }
  return marked;
}

function hostChooses(ix: Index, candidates: Region[], urlHost: string): Region | undefined {
  const marked = markedRegions(ix, hostLabels(urlHost));
  const matching = candidates.filter((region) => marked.has(region));
  return matching.length === 1 ? matching[0] : undefined;
}

/**
 * The one government a `.go.id` host names: a label with a level marker ("bantenprov", "pemkabbogor")
 * anywhere in it, else the label just before `go.id` read as a region or a central agency
 * ("surabaya.go.id", "kemkes.go.id"). Ambiguous names ("bandung.go.id": city or regency) name none.
 */
function governmentOfHost(ix: Index, urlHost: string): Government | null {
  const labels = hostLabels(urlHost);
  if (labels.length < 3 || labels[labels.length - 1] !== 'id' || labels[labels.length - 2] !== 'go') return null;
  const own = labels.slice(0, -2);
  const marked = markedRegions(ix, own);
  if (marked.size === 1) return fromRegion([...marked][0]!);
  if (marked.size > 1) return null;
  const last = own[own.length - 1]!;
  const agency = ix.agenciesByKey.get(last) ?? ix.agenciesByHostLabel.get(last);
  if (agency) return { code: agency.code, name: agency.name, level: 'pusat', resolved: true };
  const regions = ix.regionsByKey.get(last) ?? [];
  return regions.length === 1 ? fromRegion(regions[0]!) : null;
}

/** The government a host names, remembered per host (registries list the same hosts many times). */
const hostCache = new Map<string, Government | null>();
function cachedGovernmentOfHost(urlHost: string): Government | null {
  let found = hostCache.get(urlHost);
  if (found === undefined) {
    found = governmentOfHost(index(), urlHost);
    hostCache.set(urlHost, found);
  }
  return found;
}

/** Code of the government one address label names (`bantenprov`, `jatimprov`, `kemkes`), or null. */
/** Longest short form read as a region name's letters ("Smg", "Bdg", "Sby", "DS"). */
const MAX_LETTERS_FORM_LENGTH = 4;
/** Longest short form read as pieces of a region name's words ("Pulpis": PULang PISau, "Kukar"). */
const MAX_PIECES_FORM_LENGTH = 8;

/** `short`'s letters appear in `key` in order, the first being `key`'s first: "smg" in semarang, "ds" in deliserdang. */
function lettersOf(short: string, key: string): boolean {
  if (key.length <= short.length || key[0] !== short[0]) return false;
  let k = 1;
  for (let i = 1; i < short.length; i++) {
    k = key.indexOf(short[i]!, k) + 1;
    if (k === 0) return false;
  }
  return true;
}

/** The words of a region's name without its level and filler words ("pulang", "pisau" of Kabupaten Pulang Pisau). */
function nameWordsOf(ix: Index, region: Region): string[] {
  return fold(region.displayName)
    .split(' ')
    .filter((w) => !ix.levelWords.has(w) && !ix.fillerWords.has(w));
}

/**
 * "Kota Smg", "Pemkab Bwi", "Kab. DS", "Pemkab Pulpis": a level word and one short word no region is
 * called, read as the letters of a name of that level, or as leading pieces of its words. Many regions
 * fit such letters; which one is meant is for the address or the rest of the registries to tell
 * (settleNamesakes).
 */
function shortFormMatches(ix: Index, words: string[]): Region[] {
  const { end, level } = readPrefix(ix, words, 0);
  const short = words[end];
  if (!level || end !== words.length - 1 || !short || short.length < 2 || short.length > MAX_PIECES_FORM_LENGTH || !/^[a-z]+$/.test(short)) return [];
  return ix.regionsByLevel[level].filter(
    (r) =>
      (short.length <= MAX_LETTERS_FORM_LENGTH && r.keys.some((key) => lettersOf(short, key))) ||
      (short.length > 2 && abbreviates(short, nameWordsOf(ix, r))),
  );
}

export function governmentCodeOfLabel(label: string): string | null {
  return cachedGovernmentOfHost(`${label}.go.id`)?.code ?? null;
}

// ---------------------------------------------------------------------------------------------
// Resolver

const BLANK: Government = { code: '', name: '', level: 'unknown', resolved: false };

function fromRegion(region: Region): Government {
  return { code: region.code, name: region.displayName, level: region.level, resolved: true };
}

function unresolved(raw: string): Government {
  return { code: `x:${compactKey(raw)}`, name: raw.replace(/\s+/g, ' ').trim(), level: 'unknown', resolved: false };
}

/** A province (`14`) or regency/city (`14.72`) code of Kemendagri. */
const OFFICIAL_CODE = /^(\d{2})(?:\.?(\d{2}))?$/;

/** Where an agency text puts its government and its office in separate parts: " - ", ",", ";", "/", "|". */
const PART_SEPARATOR = /\s+[-\u2013\u2014|]\s+|\s*[,;/|]\s*/;
const MAX_AGENCY_TEXT_WORDS = 24;
const STRONG_SEPARATOR = /\s+[-\u2013\u2014|]\s+|[;/|]/;
/** Longest region name tried before a level word ("Bandung Barat Regency", "Hulu Sungai Selatan Regency"). */
const MAX_NAME_WORDS_BEFORE_LEVEL = 3;

/** The regions a text could name when only an address or the rest of the registries can tell which. */
interface Candidates {
  regions: Region[];
  /** Read from a short form ("Kota Smg"), not a name two regions share ("Bogor"). */
  shortForm: boolean;
}
type Found = Government | Candidates;
const isCandidates = (found: Found): found is Candidates => 'regions' in found;
const named = (found: Found) => isCandidates(found) || found.resolved;
const sameGovernment = (a: Found, b: Found) =>
  isCandidates(a) || isCandidates(b)
    ? isCandidates(a) && isCandidates(b) && a.regions.length === b.regions.length && a.regions.every((r, i) => r === b.regions[i])
    : a.code === b.code;
/** A piece of an agency text as an office's name: no separators around it, no bracket left open. */
function trimPunctuation(text: string): string {
  const trimmed = text.replace(/^[\s\p{P}]+|[\s,;:/|\-\u2013\u2014]+$/gu, '');
  const opened = trimmed.split('(').length;
  return opened === trimmed.split(')').length ? trimmed : trimmed.replace(/[()]/g, '').trim();
}

export function createGovernmentResolver(): GovernmentResolver {
  const ix = index();
  /** Per raw text: the government, or the regions it could be when only a hint can tell, and the office named beside it. */
  const byText = new TextCache((raw) => resolveText(raw));
  const byTextAndHost = new Map<string, Government>();

  /** One part of an agency text that names the government beside an office, or as a whole. */
  function governmentInPart(part: string): { found: Found; office: string | null } | null {
    const split = governmentAndOfficeInPart(part);
    if (split) return split;
    const whole = resolveWhole(part);
    if (!named(whole)) return null;
    // "Kab. Kutai Kartanegara (Dinas Kominfo)": the office in brackets after the government
    const bracketed = /^([^()]+)\(([^()]+)\)\s*$/.exec(part);
    if (bracketed && namesOffice(bracketed[2]!) && sameGovernment(resolveWhole(bracketed[1]!), whole)) return { found: whole, office: bracketed[2]!.trim() };
    return { found: whole, office: null };
  }

  /** Words beyond "government of" and level words, and not a government's other name ("Kota Surakarta (Solo)"): an office's name. */
  const namesOffice = (text: string) =>
    fold(text).split(' ').some((w) => w && !ix.levelWords.has(w) && !ix.fillerWords.has(w)) && !named(resolveWhole(text));

  function governmentAndOfficeInPart(part: string): { found: Found; office: string } | null {
    // "Communication and Informatics Office of Yogyakarta City", "Office of the Governor of Bali"
    const ofs = [...part.matchAll(/\s+of\s+/gi)];
    for (const of of ofs) {
      const office = trimPunctuation(part.slice(0, of.index));
      const found = resolveWhole(part.slice(of.index + of[0].length));
      if (namesOffice(office) && named(found)) return { found, office };
    }
    const tokens = part.split(/\s+/).filter(Boolean);
    // "Pemkab Sikka Dinas Kominfo": a government stated by its level word, then the office
    if (tokens.length > 2 && ix.levelWords.has(fold(tokens[0]!))) {
      for (let k = tokens.length - 1; k >= 2; k--) {
        const office = trimPunctuation(tokens.slice(k).join(' '));
        const found = resolveWhole(tokens.slice(0, k).join(' '));
        if (namesOffice(office) && named(found)) return { found, office };
      }
    }
    for (let p = 1; p < tokens.length; p++) {
      if (!ix.levelWords.has(fold(tokens[p]!))) continue;
      // "Dinas Kesehatan Kabupaten Garut": the government named after the office
      const office = trimPunctuation(tokens.slice(0, p).join(' '));
      const after = resolveWhole(tokens.slice(p).join(' '));
      if (namesOffice(office) && named(after)) return { found: after, office };
      // "Health Office Buleleng Regency", "Sleman Regency Health Office": a name just before its level word
      let end = p + 1;
      while (end < tokens.length && ix.fillerWords.has(fold(tokens[end]!))) end++;
      for (let k = Math.max(0, p - MAX_NAME_WORDS_BEFORE_LEVEL); k < p; k++) {
        const rest = trimPunctuation([...tokens.slice(0, k), ...tokens.slice(end)].join(' '));
        const found = resolveWhole(tokens.slice(k, end).join(' '));
        if (namesOffice(rest) && named(found)) return { found, office: rest };
      }
    }
    return null;
  }

  /**
   * "Sleman District Government - Regional Revenue Agency", "Health Office (Dinkes), Buleleng Regency":
   * the one government the parts name, and the office the other parts name.
   */
  function governmentBesideOffice(raw: string): { found: Found; office: string | null } | null {
    const parts = raw.split(PART_SEPARATOR).map((p) => p.trim()).filter(Boolean);
    let government: Found | null = null;
    const office: string[] = [];
    for (const part of parts) {
      const inPart = governmentInPart(part);
      if (!inPart) {
        office.push(part);
        continue;
      }
      if (government && !sameGovernment(government, inPart.found)) return null;
      government = inPart.found;
      if (inPart.office) office.push(inPart.office);
    }
    if (!government || !office.length) return null;
    // a ministry's own name holds commas ("Ministry of Education, Culture, Research and Technology"):
    // only a dash, slash or bar sets its office apart
    if (!isCandidates(government) && government.level === 'pusat' && !STRONG_SEPARATOR.test(raw)) return { found: government, office: null };
    return { found: government, office: office.join(', ') };
  }

  function resolveText(raw: string): { found: Found; office: string | null } {
    const found = resolveWhole(raw);
    // a ministry named as a whole keeps its words ("Ministry of Religious Affairs (MoRA)", "Kemenkes / Pusdatin"):
    // its units are read from the unit column (taking them from here cost an English-heavy set 0.855 -> 0.851 dedup F1)
    if (!isCandidates(found) && found.resolved && found.level === 'pusat') return { found, office: null };
    // an agency text is a few words; a longer cell is read as a whole only, so no row costs much
    const beside = raw.split(/\s+/).length <= MAX_AGENCY_TEXT_WORDS ? governmentBesideOffice(raw) : null;
    if (!named(found)) return beside ?? { found, office: null };
    // the whole text is the surer reading; the parts only say which words are the office's
    return { found, office: beside && sameGovernment(beside.found, found) ? beside.office : null };
  }

  /** Per text or piece of one: the government it names as a whole; pieces repeat across agency texts. */
  const wholeByText = new TextCache((raw) => readWhole(raw));
  const resolveWhole = (raw: string): Found => wholeByText.get(raw);

  function readWhole(raw: string): Found {
    // an official code as exports write it ("14.72", "1472", "14"), and nothing else
    const digits = OFFICIAL_CODE.exec(raw.trim());
    if (digits) {
      const code = digits[2] ? `${digits[1]}.${digits[2]}` : digits[1]!;
      const region = ix.regionsByCode.get(code);
      return region ? fromRegion(region) : unresolved(raw);
    }
    const expanded = fold(raw)
      .split(' ')
      .map((w) => ix.wordAbbreviations.get(w) ?? w);
    if (expanded.join('') === '') return BLANK;
    const agency = findAgency(ix, raw, expanded);
    if (agency) return { code: agency.code, name: agency.name, level: 'pusat', resolved: true };
    const regions = findRegions(ix, expanded);
    if (regions.length === 1) return fromRegion(regions[0]!);
    if (regions.length > 1) return { regions, shortForm: false };
    const agencyAtEnd = findAgencyAtEnd(ix, expanded) ?? findAgencyWithTypo(ix, expanded);
    if (agencyAtEnd) return { code: agencyAtEnd.code, name: agencyAtEnd.name, level: 'pusat', resolved: true };
    // "Kota Surakarta (Solo)": the words outside the brackets alone.
    const outsideBrackets = raw.replace(/\([^)]*\)/g, ' ');
    if (outsideBrackets !== raw) {
      const found = resolveWhole(outsideBrackets);
      if (named(found)) return found;
    }
    const shortFor = shortFormMatches(ix, expanded);
    if (shortFor.length) return { regions: shortFor, shortForm: true };
    return unresolved(raw);
  }

  const cachedText = (raw: string) => byText.get(raw);

  const fromHost = cachedGovernmentOfHost;

  return {
    fromHost,
    officeBeside: (raw) => cachedText(raw).office,
    resolve(raw, hint) {
      if (hint?.urlHost && raw.trim() === '') return fromHost(hint.urlHost) ?? BLANK;
      const { found } = cachedText(raw);
      if (!isCandidates(found)) return found;
      const host = hint?.urlHost ?? '';
      const key = `${raw}\u0000${host}`;
      let chosen = byTextAndHost.get(key);
      if (chosen === undefined) {
        const region = host ? hostChooses(ix, found.regions, host) : undefined;
        chosen = region
          ? fromRegion(region)
          : { ...unresolved(raw), namesakes: found.regions.map(fromRegion), ...(found.shortForm ? { shortForm: true } : {}) };
        byTextAndHost.set(key, chosen);
      }
      return chosen;
    },
  };
}

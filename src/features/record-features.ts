import type { InventoryRecord } from '../model/inventory.js';
import { createGovernmentResolver, withinOneEdit, governmentAliasKeys, governmentCodeOfLabel, governmentNamePhrases, governmentWords, type GovernmentResolver } from '../normalize/government.js';
import { createUnitResolver, type ResolvedUnit, type UnitResolver } from '../normalize/unit.js';
import { compactKey, fold } from '../util/text.js';
import { AcronymDictionary } from './acronym-dictionary.js';
import { appAddress } from './app-address.js';
import { isAddress, matchingName } from './address-name.js';
import { abbreviationWords, LongName } from '../util/initials.js';
import { comparableWord, coreTokensOf, nameFeatures, stripGluedPrefix, type NameFeatures } from './name-features.js';
import { nameWords } from './name-words.js';
import { stopwords } from './stopwords.js';
import { TextCache } from '../util/text-cache.js';

/** Per-record comparison features shared by linking and clustering. */
export interface RecordFeatures {
  government: string;
  /** The host the app lives on (`appAddress`: an app on a portal's path reads as that portal's subdomain). */
  host: string | null;
  url: string | null;
  /** Its address on a host many apps share (a store listing, a form), instead of a host of its own. */
  listing: string | null;
  unit: string | null;
  /** Canonical name of the managing unit (expands abbreviations such as BKPSDM). */
  unitName: string | null;
  /** The name as matching reads it: an address by its own labels (`sppd biroadpem`), any other name as written. */
  nameText: string;
  /** Named by an address whose own label is an office's short name (disbudpar.bantenprov.go.id): that office's website. */
  officeSite: boolean;
  /**
   * The first label of the app's own address when it says what the name does not (`eretribusi` for an
   * app named "SIKEOM"); null when the name already holds it, the app is named by its address, or the host has no own label.
   */
  addressLabel: string | null;
  /** That label is an office's short name (`dinkes.x.go.id` for an app named "SIDUGT"). */
  officeAddress: boolean;
  /** A name of website words and an office's name ("Website Puskesmas"): the two parts, the office being who runs it. */
  siteName: SiteName | null;
  /** The same said by the description ("Website Rumah Sakit Umum Daerah Malingping"), when the name does not say it. */
  descriptionSite: SiteName | null;
  /** The office whose website the name or address says this is (`bapenda` for "Website Bapenda"), if any. */
  siteOffice: string | null;
  /** Named as the government's own website: its domain alone (`www.malangkota.go.id`) or website words and the government ("Portal Pemda"). */
  governmentSite: boolean;
  name: NameFeatures;
  /** The forms that carry the name (core, comparable core, own host label): compared by similarity. */
  nameForms: string[];
  /** Forms the name can be compared by: its core, long forms, short forms and learned expansions (equality only beyond `nameForms`). */
  nameVariants: string[];
  /**
   * The comparable words of the name without the record's own office written after it ("Perizinan
   * Online DPMPTSP" run by the DPMPTSP reads as "Perizinan Online", as another list writes it); null
   * when the name ends with no such office.
   */
  officeFreeName: ReadonlySet<string> | null;
  descriptionTokens: Set<string>;
  elements: Set<string>;
  source: string;
  year: number | null;
  annualCost: number | null;
  /** Platforms as one comparable key (`web+android`), empty when unknown. */
  platforms: string;
  status: InventoryRecord['status'];
}

/** Words of the owning government's name (`banyuwangi`): they say where an app runs, not what it does. */
const regionCache = new Map<string, Set<string>>();

export function regionTokensOf(record: InventoryRecord): ReadonlySet<string> {
  const name = record.government.name;
  let out = regionCache.get(name);
  if (!out) {
    out = new Set<string>();
    const levelWords = governmentWords();
    for (const t of fold(name).split(' ')) if (t && !levelWords.has(t)) out.add(t);
    // the names it is also known by, written as one word ("JDIH Kemendagri", "PPID KKP", "Portal Jogja")
    if (record.government.resolved) for (const alias of governmentAliasKeys(record.government.code)) if (alias.length >= 3) out.add(alias);
    regionCache.set(name, out);
  }
  return out;
}

/** A body's name as written inside a text, with the short form in brackets after it if any ("Ministry of Transportation (MoT)"). */
const writtenPhrases = new Map<string, { pattern: RegExp; initials: string }>();
function writtenPhrase(phrase: string): { pattern: RegExp; initials: string } {
  let found = writtenPhrases.get(phrase);
  if (!found) {
    const words = phrase.split(' ');
    const pattern = new RegExp(`(?<![A-Za-z0-9])${words.join('[^A-Za-z0-9]+')}(?![A-Za-z0-9])(\\s*\\(([^()]{1,12})\\))?`, 'i');
    found = { pattern, initials: words.map((w) => w[0]).join('') };
    writtenPhrases.set(phrase, found);
  }
  return found;
}

/** The name without its central body's name ("Info Kapal Kementerian Perhubungan" is "Info Kapal"), unless nothing else is left. */
function withoutAgencyName(name: string, record: InventoryRecord): string {
  if (record.government.level !== 'pusat') return name;
  for (const phrase of governmentNamePhrases(record.government.code)) {
    const { pattern, initials } = writtenPhrase(phrase);
    if (!pattern.test(name)) continue;
    // out of the name as written, so its short forms keep their capitals (SISRUTE); the body's own
    // short form after it goes too, an app's (SIMPEGHUB) stays
    const aliases = governmentAliasKeys(record.government.code);
    const rest = name
      .replace(pattern, (_whole, bracket: string | undefined, short: string | undefined) => {
        const key = short ? compactKey(short) : '';
        return bracket && key !== initials && !aliases.has(key) ? ` ${bracket.trim()}` : ' ';
      })
      .replace(/\s+/g, ' ')
      .trim();
    return /[\p{L}\p{N}]/u.test(rest) ? rest : name;
  }
  return name;
}

/** A website noun as written, or a long one mistyped by a letter ("Websitte", "weebsite"). */
function isSiteNoun(word: string): boolean {
  const { siteNouns } = nameWords();
  if (siteNouns.has(word)) return true;
  for (const noun of siteNouns) if (noun.length >= MIN_MISTYPED_SITE_NOUN && withinOneEdit(word, noun)) return true;
  return false;
}
const MIN_MISTYPED_SITE_NOUN = 5;

/** Words at most an office's name takes at the end of an app's name ("Badan Penanggulangan Bencana Daerah"). */
const MAX_OFFICE_WORDS = 5;

/**
 * The name without the record's own managing office written after it (the office is in the unit
 * column), or null when it ends with no such office. A website's name keeps it ("Website Bappeda"):
 * there the office is what names the app.
 */
function withoutOwnOffice(name: string, unit: ResolvedUnit | null, units: UnitResolver, region: ReadonlySet<string>): string | null {
  if (!unit?.resolved) return null;
  const words = name.trim().split(/\s+/);
  // a name of website words is a website's, named by its office; a bracket or a dash holds another wording of the name
  if (/[()[\]\-–—:|/]/.test(name) || words.some((w) => isSiteNoun(fold(w)))) return null;
  for (let k = 1; k <= MAX_OFFICE_WORDS && k < words.length; k++) {
    if (units.resolveName(words.slice(-k).join(' '))?.code !== unit.code) continue;
    const rest = words.slice(0, -k).join(' ');
    return coreTokensOf(rest, region).length > 0 ? rest : null;
  }
  return null;
}

/** `epresensi` from `epresensi.garutkab.go.id`; null for the government's own portal host (`garutkab.go.id`, `garut.go.id`) or generic labels. */
function hostLabel(record: InventoryRecord, host: string | null): string | null {
  if (!host) return null;
  const labels = host.split('.');
  if (labels.length < 3) return null;
  const first = labels[0]!.replace(/[^a-z0-9]/g, '');
  // a server's number (103.10.1.5) names nothing
  if (first.length < 3 || /^\d+$/.test(first) || nameWords().genericHostLabels.has(first) || regionTokensOf(record).has(first)) return null;
  return governmentCodeOfLabel(first) === record.government.code ? null : first;
}

const tokenCache = new TextCache((text) => {
  const stop = stopwords();
  return fold(text)
    .split(' ')
    .filter((t) => t.length > 1 && !stop.has(t) && !/^\d+$/.test(t));
});

/** Content words of a text (stop words and numbers dropped); cached, callers must not mutate the result. */
export function contentTokens(text: string | null): string[] {
  return text ? tokenCache.get(text) : [];
}

export interface SiteName {
  /** The words that say "a website" ("Portal Informasi"). */
  site: string;
  /** The office's name as written ("Dinas Tenaga Kerja"). */
  office: string;
}

/**
 * "Website Puskesmas", "Portal Informasi Dinas Tenaga Kerja Berau": website words (one of them a site
 * noun) before or after the name of an office units.yaml knows, and nothing else but the government's
 * own name and generic words. `facilities`: the office may be one facility of its kind ("Rumah Sakit
 * Umum Daerah Malingping"), as a description names it; a name that goes on after the kind is a system's.
 */
function siteNameOf(name: string, regionTokens: ReadonlySet<string>, units: UnitResolver, facilities = false): SiteName | null {
  const { siteWords, siteNouns, generic } = nameWords();
  // most names hold no site noun at all: a substring test spares splitting them
  const lower = name.toLowerCase();
  let mentionsSite = false;
  for (const noun of siteNouns) if (lower.includes(noun)) mentionsSite = true;
  if (!mentionsSite) return null;
  // "website-inspektorat", "web_dinkes": an address-like name joins its words with dashes (not "e-Puskesmas")
  const words = name.split(/\s+|_+|(?<=\p{L}{2})-(?=\p{L})/u).filter(Boolean);
  const isSite = (w: string) => siteWords.has(fold(w));
  let start = 0;
  while (start < words.length && isSite(words[start]!)) start++;
  let end = words.length;
  while (end > start && isSite(words[end - 1]!)) end--;
  const site = [...words.slice(0, start), ...words.slice(end)];
  if (!site.some((w) => siteNouns.has(fold(w))) || start === end) return null;
  const inner = words.slice(start, end).filter((w) => !regionTokens.has(fold(w)));
  // "Dinas Kesehatan", or with generic words after it dropped ("Website Disdik Terpadu"); never words
  // before or inside it ("Sistem Informasi … Puskesmas Berbasis Web" is a puskesmas system)
  let last = inner.length;
  while (last > 1 && generic.has(fold(inner[last - 1]!))) last--;
  for (const office of new Set([inner.join(' '), inner.slice(0, last).join(' ')])) {
    if (office && units.resolveName(office, { facilities })) return { site: site.join(' '), office };
  }
  return null;
}

/**
 * A name that is an office's name and nothing more ("Dinsos", "BKPSDM", "Dinas Kesehatan Bantul"):
 * a list of websites names each office's site by its office. Read as a website name with no website
 * words. Never a facility's name ("Puskesmas Kalasan" is as often the puskesmas's own system).
 */
function officeOnlyName(name: string, regionTokens: ReadonlySet<string>, units: UnitResolver): SiteName | null {
  const words = name.split(/\s+/).filter((w) => w && !regionTokens.has(fold(w)));
  if (words.length === 0 || !/\p{L}{2}/u.test(name)) return null;
  const office = words.join(' ');
  return units.resolveName(office) ? { site: '', office } : null;
}

/**
 * The government's own website: an address of the government's domain alone (`www.malangkota.go.id`),
 * or a name of website words and the government's name ("Website Resmi Pemkot Malang", "Portal Kemenpar").
 */
function isGovernmentSite(r: InventoryRecord, governments: () => GovernmentResolver): boolean {
  const code = r.government.code;
  if (!code || !r.government.resolved) return false;
  const { siteWords, siteNouns, domainLabels, genericHostLabels } = nameWords();
  if (isAddress(r.name)) {
    const [host, ...path] = r.name.toLowerCase().split('/');
    if (path.some(Boolean)) return false;
    const labels = host!.split('.');
    return labels.some((l) => governmentCodeOfLabel(l) === code) && labels.every((l) => domainLabels.has(l) || genericHostLabels.has(l) || governmentCodeOfLabel(l) === code);
  }
  const words = fold(r.name).split(' ').filter(Boolean);
  if (!words.some((w) => siteNouns.has(w))) return false;
  const rest = words.filter((w) => !siteWords.has(w));
  if (rest.length === 0) return false;
  const level = governmentWords();
  // "Portal Pemda", "Situs Resmi Pemerintah Daerah": the government named by its level alone
  if (rest.every((w) => level.has(w))) return true;
  if (governments().resolve(rest.join(' ')).code !== code) return false;
  // the government's name and nothing else ("Website DLH KKP" is an office's site at KKP); one word is an alias (Kemenpar)
  const region = regionTokensOf(r);
  return rest.length === 1 || rest.every((w) => region.has(w) || level.has(w));
}

export function buildRecordFeatures(records: readonly InventoryRecord[]): { features: RecordFeatures[]; acronyms: AcronymDictionary } {
  const units = createUnitResolver();
  let governmentResolver: GovernmentResolver | null = null;
  const governments = () => (governmentResolver ??= createGovernmentResolver());
  const nameTexts = records.map(matchingName);
  const unitsOf = records.map((r) => units.resolve(r.unit));
  const agencyFree = records.map((r, i) => withoutAgencyName(nameTexts[i]!, r));
  const names = records.map((r, i) => nameFeatures(agencyFree[i]!, regionTokensOf(r)));
  const officeFree = records.map((r, i) => withoutOwnOffice(agencyFree[i]!, unitsOf[i]!, units, regionTokensOf(r)));
  const acronyms = AcronymDictionary.learn(names);
  const features = records.map((r, i): RecordFeatures => {
    const name = names[i]!;
    const variants = new Set<string>();
    if (name.core) variants.add(name.core);
    if (name.comparable.size) variants.add([...name.comparable].sort().join(' '));
    // the first label of an app's own host is its short name (epresensi.x.go.id)
    const { host, listing } = appAddress(r.url, r.urlHost);
    const label = hostLabel(r, host);
    if (label) variants.add(comparableWord(label));
    const mainForms = [...variants];
    const free = officeFree[i];
    const freeName = free ? nameFeatures(free, regionTokensOf(r)) : null;
    if (freeName?.core) variants.add(freeName.core);
    for (const l of name.longForms) variants.add(l);
    for (const a of name.acronyms) {
      variants.add(a);
      for (const e of acronyms.expand(a)) variants.add(e);
    }
    // a one-word name the registries elsewhere write as an acronym: `simpeg` is SIMPEG, lower case or not
    if (name.acronyms.length === 0 && name.coreTokens.length === 1) for (const e of acronyms.expand(name.core)) variants.add(e);
    const unit = unitsOf[i]!;
    const nameText = nameTexts[i]!;
    const siteName = nameText === r.name ? (siteNameOf(nameText, regionTokensOf(r), units) ?? officeOnlyName(nameText, regionTokensOf(r), units)) : null;
    // "Website Diskominfo" and "Portal Informasi Dinas Komunikasi dan Informatika" name one office's website
    const siteOffice = siteName ? units.resolveName(siteName.office) : null;
    // an address reduced to one label that is an office's short name (disbudpar): that office's website
    const addressOffice = nameText !== r.name && !nameText.includes(' ') ? units.resolve(nameText) : null;
    const officeSite = addressOffice?.resolved === true;
    const siteOfficeCode = siteOffice?.code ?? (officeSite ? addressOffice.code : null);
    const governmentSite = !siteOfficeCode && !siteName && isGovernmentSite(r, governments);
    if (siteOfficeCode) variants.add(`website of ${siteOfficeCode}`);
    else if (governmentSite) variants.add('website of the government');
    const ownLabel = label && nameText === r.name && !compactKey(nameText).includes(label) ? label : null;
    return {
      government: r.government.code,
      host,
      url: r.url,
      listing,
      unit: unit ? unit.code : null,
      unitName: unit?.resolved ? unit.name : null,
      nameText,
      officeSite,
      addressLabel: ownLabel,
      officeAddress: ownLabel !== null && units.resolve(ownLabel)?.resolved === true,
      siteName,
      descriptionSite: !siteName && r.description ? siteNameOf(r.description, regionTokensOf(r), units, true) : null,
      siteOffice: siteOfficeCode,
      governmentSite,
      name,
      nameForms: mainForms,
      nameVariants: [...variants],
      officeFreeName: freeName?.comparable ?? null,
      descriptionTokens: new Set(contentTokens(r.description).map(comparableWord)),
      elements: new Set(r.dataElements),
      source: r.source,
      year: r.year,
      annualCost: r.annualCost,
      platforms: r.platforms.join('+'),
      status: r.status,
    };
  });
  // "Sistem Informasi Penggajian BPKAD" run by the BPKAD is abbreviated as SIGAJI, its office aside
  const longNames = features.map((f, i) => officeFree[i] ?? f.nameText);
  addAbbreviatedNames(features, names, records, longNames);
  return { features, acronyms };
}

/**
 * A record named by an acronym (SIKDA, "SI Bansos") and one of the same government whose long name it
 * abbreviates (Sistem Informasi Kesehatan Daerah, Bantuan Sosial): the long name also reads as the
 * acronym, so the two meet in a block and compare as one name. Only acronyms and long names of one
 * government starting with the same letter are tried.
 */
function addAbbreviatedNames(features: RecordFeatures[], names: readonly NameFeatures[], records: readonly InventoryRecord[], longNames: readonly string[]): void {
  const shortByKey = new Map<string, { record: number; acronym: string }[]>();
  names.forEach((n, i) => {
    // "e-PBB" abbreviates "Pajak Bumi dan Bangunan Elektronik" by its PBB, the e- being the generic word
    const forms = new Set(n.acronyms.flatMap((a) => [a, stripGluedPrefix(a)].map((x) => x.replace(/[^a-z]/g, ''))));
    if (n.acronyms.length === 0 && n.coreTokens.length === 1) forms.add(n.coreTokens[0]!.replace(/[^a-z]/g, ''));
    for (const a of forms) {
      if (a.length < 3 || a.length > 12) continue;
      const key = `${features[i]!.government}|${a[0]}`;
      (shortByKey.get(key) ?? shortByKey.set(key, []).get(key)!).push({ record: i, acronym: a });
    }
  });
  if (shortByKey.size === 0) return;
  const generic = nameWords().generic;
  names.forEach((n, j) => {
    const f = features[j]!;
    // "Situs Disdik" names an office's website by the office, no long name an acronym (SID) abbreviates
    if (n.acronyms.length > 0 || n.coreTokens.length === 0 || !f.nameText.includes(' ') || f.siteName) return;
    const text = longNames[j]!;
    const bare = /^aplikasi\s/i.test(text) ? text.slice(9) : text;
    const shorts = shortByKey.get(`${f.government}|${fold(bare.charAt(0))}`);
    if (!shorts) return;
    let tested = abbreviationCache.get(text);
    if (!tested) {
      tested = new Map();
      if (abbreviationCache.size < MAX_CACHED_NAMES) abbreviationCache.set(text, tested);
    }
    let long: LongName | null = null;
    for (const { record, acronym } of shorts) {
      if (record === j || f.nameVariants.includes(acronym)) continue;
      let yes = tested.get(acronym);
      if (yes === undefined) {
        const region = regionTokensOf(records[j]!);
        long ??= new LongName(abbreviationWords(text), { has: (w) => region.has(w) || generic.has(w) });
        tested.set(acronym, (yes = long.abbreviatedBy(acronym)));
      }
      if (yes) f.nameVariants.push(acronym);
    }
  });
}

/** Per long name, the acronyms tested against it and whether they abbreviate it: registries repeat both across governments. */
const abbreviationCache = new Map<string, Map<string, boolean>>();
const MAX_CACHED_NAMES = 200_000;

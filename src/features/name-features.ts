import { TextCache } from '../util/text-cache.js';
import { fold } from '../util/text.js';
import { abbreviates, abbreviationWords } from '../util/initials.js';
import { nameWords } from './name-words.js';
import { dedouble, standardWord } from './phrase-matcher.js';

/** What a name says, reduced to the words that tell applications apart. */
export interface NameFeatures {
  /** Distinguishing words of the whole name (generic words, region names and versions removed). */
  core: string;
  coreTokens: string[];
  /** Core words as compared: typo-tolerant, prefix-free (`eabsensi` → `absensi`). */
  comparable: Set<string>;
  /** Short forms written in the name (SIMPEG, e-PBB → `epbb`), compact lower-case. */
  acronyms: string[];
  /** Cores of the parts of a name that names the app twice: a long form next to a short form (`Sistem Informasi … (SIMPEG)`), or two wordings (`APM Pajak (Unattended PBB Kiosk)`). */
  longForms: string[];
}

// a spaced slash too: "SIMBG / Sistem Informasi Manajemen Bangunan Gedung" (not "Kab/Kota")
const SEPARATORS = /\s+[-–—:|/]\s+|[()[\]]/;

/** A single written word that reads as an acronym or coined short name: SIMPEG, TNDE, SiAbsen, e-PBB, iPerpus. */
function looksLikeShortForm(word: string): boolean {
  const w = word.replace(/^[a-z]{1,3}-/, (m) => m.toUpperCase());
  if (w.length < 2 || w.length > 16 || /\s/.test(w)) return false;
  const letters = w.replace(/[^A-Za-z]/g, '');
  if (letters.length < 2) return false;
  const upper = letters.replace(/[^A-Z]/g, '').length;
  // all caps, or camel-cased coinage with at least two capitals inside (SiAbsen, eSPTPD)
  return upper === letters.length || (upper >= 2 && /[a-z][A-Z]|^[A-Z][a-z]+[A-Z]/.test(w)) || /^[a-z]{1,2}-?[A-Z]{2,}/.test(word);
}

export function stripGluedPrefix(key: string, minRest = 3): string {
  for (const p of nameWords().gluedPrefixes) {
    if (key.length - p.length >= minRest && key.startsWith(p)) return key.slice(p.length);
  }
  return key;
}

/**
 * A name word as names are compared: as classification reads it (standard spelling, no clitic, no letter
 * doubling), without a glued e-/si- prefix, in Indonesian (`eProcurement` → `pengadaan`).
 */
export function comparableWord(word: string): string {
  const bare = stripGluedPrefix(standardWord(word), 4);
  return comparableTranslations().get(bare) ?? bare;
}

let translations: Map<string, string> | null = null;
/** The translations with both words as compared (no letter doubling: `planing` → `perencanan`). */
function comparableTranslations(): Map<string, string> {
  translations ??= new Map([...nameWords().translations].map(([en, id]) => [standardWord(en), standardWord(id)]));
  return translations;
}

/** A long generic word and each of its one-letter deletions: two words one edit apart share one of them. */
let mistypedGeneric: Set<string> | null = null;
const MIN_MISTYPED_LENGTH = 6;

function oneLetterDeletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** "Sisttem", "olnine", "Infromasi": a generic word of six or more letters mistyped by one letter or one swap. */
function isMistypedGeneric(token: string): boolean {
  // shorter words one letter short of a generic word are often words of their own (`mobil` is a car)
  return token.length >= MIN_MISTYPED_LENGTH && mistypedTokens.get(token);
}

// names repeat their words thousands of times: each is tested once
const mistypedTokens = new TextCache((token) => {
  if (!mistypedGeneric) {
    mistypedGeneric = new Set();
    for (const g of nameWords().generic) {
      if (g.length < MIN_MISTYPED_LENGTH || !/^[a-z]+$/.test(g)) continue;
      mistypedGeneric.add(g);
      for (const d of oneLetterDeletions(g)) mistypedGeneric.add(d);
    }
  }
  return mistypedGeneric.has(token) || oneLetterDeletions(token).some((d) => mistypedGeneric!.has(d));
});

export function coreTokensOf(text: string, regionTokens: ReadonlySet<string>): string[] {
  const words = nameWords();
  const out: string[] = [];
  for (const t of fold(text).split(' ')) {
    if (!t || words.generic.has(t) || words.generic.has(dedouble(t)) || regionTokens.has(t) || words.version.test(t) || isMistypedGeneric(t)) continue;
    out.push(t);
  }
  return out;
}

/** "e-Absen" as one word, `eabsen`, as names write it either way. */
const joinedPrefix = (text: string) => text.replace(/\b([eE])-(?=\w)/g, 'e');

export function nameFeatures(name: string, regionTokens: ReadonlySet<string>): NameFeatures {
  const coreTokens = coreTokensOf(joinedPrefix(name), regionTokens);
  const acronyms = new Set<string>();
  const longForms = new Set<string>();
  const parts = name
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  const partInfo = parts.map((part) => {
    const meaningful = part.split(/\s+/).filter((w) => !nameWords().generic.has(fold(w)));
    const single = meaningful.length === 1 ? meaningful[0]! : null;
    // the government's own short name ("SIMPEG (BKN)") says whose app it is, not which
    const short = single !== null && looksLikeShortForm(single) && !regionTokens.has(fold(single).replace(/ /g, '')) ? single : null;
    return { part, short };
  });
  for (const { short } of partInfo) if (short) acronyms.add(fold(short).replace(/ /g, ''));
  // "SIMPEG - Sistem Informasi Kepegawaian", and with no short form "APM Pajak (Unattended PBB Kiosk)":
  // each part names the app by itself
  if (parts.length > 1) {
    for (const { part, short } of partInfo) {
      if (short) continue;
      const core = coreTokensOf(joinedPrefix(part), regionTokens);
      if (core.length >= 1) longForms.add(core.join(' '));
    }
  }
  return {
    core: coreTokens.join(' '),
    coreTokens,
    comparable: new Set(coreTokens.map(comparableWord)),
    acronyms: [...acronyms],
    longForms: [...longForms],
  };
}

/**
 * The long form of a name that writes its short form beside it, when the short form abbreviates it
 * ("SIKD - Sistem Informasi Keuangan Daerah", "Sistem Informasi Gaji (SIGAJI)"): what the name itself
 * says the short form stands for. Null for any other name.
 */
export function spelledOutName(name: string): string | null {
  const parts = name
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length !== 2) return null;
  const shortAt = parts.findIndex((p) => !/\s/.test(p) && looksLikeShortForm(p));
  if (shortAt < 0) return null;
  const long = parts[1 - shortAt]!;
  return long.includes(' ') && abbreviates(fold(parts[shortAt]!).replace(/ /g, ''), abbreviationWords(long)) ? long : null;
}

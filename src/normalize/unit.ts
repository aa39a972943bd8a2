import { z } from 'zod';
import { loadKnowledge } from '../knowledge/load.js';
import { InputError } from '../util/errors.js';
import { compactKey, fold } from '../util/text.js';
import { createGovernmentResolver, governmentWords, withinOneEdit } from './government.js';

export interface ResolvedUnit {
  /** Canonical unit code (`dinkes`), or `x:` + the normalised raw text when unresolved. */
  code: string;
  name: string;
  resolved: boolean;
}

export interface UnitResolver {
  /** `null` for blank input. */
  resolve(raw: string | null): ResolvedUnit | null;
  /**
   * The unit when the text is its name and nothing else (its region aside): "Dinas Tenaga Kerja",
   * "Puskesmas", "Disdik Kendal"; not "Desa Wisata" or "Kecamatan Tanggap Bencana", which `resolve`
   * reads as a named village or district. `facilities`: also one facility of a kind with named
   * instances ("Puskesmas Cilandak", "RSUD Malingping").
   */
  resolveName(raw: string, options?: { facilities?: boolean }): ResolvedUnit | null;
  /**
   * A text that opens with an office's name and goes on with other words, as written: "Dinas
   * Kesehatan Banyuwangi" is `{ office: "Dinas Kesehatan", rest: "Banyuwangi" }`; the longest office
   * name that leaves a rest for which `accept` holds.
   */
  officeThen(raw: string, accept: (rest: string) => boolean): { office: string; rest: string; namedInstances: boolean } | null;
}

const Word = z.string().regex(/^\S+$/, 'expected a single word');

export const UnitsSchema = z
  .object({
    wordAbbreviations: z.record(Word, z.string().min(1)),
    translations: z.record(z.string().min(1), z.string().min(1)).default({}),
    stopWords: z.array(Word),
    subunitWords: z.array(Word),
    officeWords: z.array(Word).default([]),
    units: z
      .array(
        z
          .object({
            code: z.string().regex(/^[a-z][a-z0-9_]*$/),
            name: z.string().min(1),
            /** Names of single facilities or offices follow the unit's name ("Puskesmas Cilandak", "RSUD dr. Soetomo"). */
            namedInstances: z.boolean().default(false),
            aliases: z.array(z.string().min(1)).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

interface Unit {
  code: string;
  name: string;
  namedInstances: boolean;
}

const MIN_TYPO_KEY_LENGTH = 8;

class UnitIndex {
  /** Words in written order, joined without spaces. */
  private readonly byKey = new Map<string, Unit>();
  /** Sorted words, so word order does not matter; `null` when two units share the words. */
  private readonly byWordSet = new Map<string, Unit | null>();
  private readonly abbreviations: Map<string, string[]>;
  /** English phrases (folded, space-joined) and their Indonesian words. */
  private readonly translations: Map<string, string[]>;
  private readonly longestTranslation: number;
  private readonly stopWords: Set<string>;
  readonly subunitWords: Set<string>;

  constructor(knowledge: z.infer<typeof UnitsSchema>) {
    this.abbreviations = new Map(
      Object.entries(knowledge.wordAbbreviations).map(([word, expansion]) => [fold(word), fold(expansion).split(' ')]),
    );
    this.translations = new Map(Object.entries(knowledge.translations).map(([phrase, words]) => [fold(phrase), fold(words).split(' ')]));
    this.longestTranslation = Math.max(0, ...[...this.translations.keys()].map((phrase) => phrase.split(' ').length));
    this.stopWords = new Set(knowledge.stopWords.map(fold));
    this.subunitWords = new Set(knowledge.subunitWords.map(fold));
    for (const { code, name, namedInstances, aliases } of knowledge.units) {
      const unit = { code, name, namedInstances };
      for (const alias of [name, code, ...aliases]) {
        const words = this.words(alias);
        const key = words.join('');
        const other = this.byKey.get(key);
        if (other && other.code !== code) throw new InputError(`units.yaml: "${alias}" is listed for both ${other.code} and ${code}`);
        this.byKey.set(key, unit);
        const setKey = [...words].sort().join(' ');
        const sharing = this.byWordSet.get(setKey);
        this.byWordSet.set(setKey, sharing === undefined || sharing?.code === code ? unit : null);
      }
    }
  }

  /** Folded words in Indonesian, with abbreviations expanded and stop words dropped. */
  words(text: string): string[] {
    return this.translated(fold(text).split(' '))
      .flatMap((word) => this.abbreviations.get(word) ?? [word])
      .filter((word) => word && !this.stopWords.has(word));
  }

  /** The longest English phrase at each word read as its Indonesian words. */
  private translated(words: string[]): string[] {
    if (!this.translations.size) return words;
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      let n = Math.min(this.longestTranslation, words.length - i);
      for (; n > 0; n--) {
        const indonesian = this.translations.get(words.slice(i, i + n).join(' '));
        if (indonesian) {
          out.push(...indonesian);
          break;
        }
      }
      if (n === 0) out.push(words[i]!);
      i += Math.max(n, 1);
    }
    return out;
  }

  exact(words: string[]): Unit | undefined {
    if (!words.length) return undefined;
    return this.byKey.get(words.join('')) ?? this.byWordSet.get([...words].sort().join(' ')) ?? undefined;
  }

  /** One typo in a long name ("Dinas Kesehtan"), when only one unit is that close. */
  typo(words: string[]): Unit | undefined {
    const key = words.join('');
    if (key.length < MIN_TYPO_KEY_LENGTH) return undefined;
    const found = new Set<Unit>();
    for (const [known, unit] of this.byKey) {
      if (known.length >= MIN_TYPO_KEY_LENGTH && withinOneEdit(key, known)) found.add(unit);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }
}

export function createUnitResolver(): UnitResolver {
  const units = new UnitIndex(loadKnowledge('units.yaml', UnitsSchema));
  const governments = createGovernmentResolver();
  const levelAndFiller = governmentWords();
  const cache = new Map<string, ResolvedUnit | null>();

  /** "Kabupaten Garut", "Garut", "Provinsi", "Daerah": words that only say whose unit it is. */
  function namesRegion(words: string[]): boolean {
    if (words.every((w) => levelAndFiller.has(w))) return true;
    const government = governments.resolve(words.join(' '));
    return government.resolved && government.level !== 'pusat';
  }

  /** The unit, possibly followed by its region ("Dinas Kesehatan Kabupaten Garut") or, unless `nameOnly`, a facility name ("Puskesmas Cilandak"). */
  function unitFollowedByRegion(words: string[], nameOnly = false): Unit | undefined {
    const exact = units.exact(words);
    if (exact) return exact;
    for (let i = words.length - 1; i >= 1; i--) {
      const unit = units.exact(words.slice(0, i));
      if (unit && ((unit.namedInstances && !nameOnly) || namesRegion(words.slice(i)))) return unit;
    }
    return undefined;
  }

  function find(words: string[]): Unit | undefined {
    const direct = unitFollowedByRegion(words);
    if (direct) return direct;
    // "Bidang Aptika Diskominfo", "UPTD Dinas Perhubungan": the part belongs to the unit named last.
    if (units.subunitWords.has(words[0]!)) {
      for (let i = 1; i < words.length; i++) {
        const unit = unitFollowedByRegion(words.slice(i));
        if (unit) return unit;
      }
    }
    // "Pemkab Garut - Dinas Kesehatan"
    for (let i = 1; i < words.length; i++) {
      if (namesRegion(words.slice(0, i))) {
        const unit = unitFollowedByRegion(words.slice(i));
        if (unit) return unit;
      }
    }
    return units.typo(words);
  }

  function resolveText(raw: string): ResolvedUnit | null {
    const text = raw.replace(/\s+/g, ' ').trim();
    const words = units.words(text);
    if (!words.length) return null;
    // "Badan Pendapatan Daerah (PPKD)": try without the bracketed words too.
    const outsideBrackets = text.replace(/\([^)]*\)/g, ' ');
    const unit = find(words) ?? (outsideBrackets !== text ? find(units.words(outsideBrackets)) : undefined);
    if (unit) return { code: unit.code, name: unit.name, resolved: true };
    return { code: `x:${compactKey(text)}`, name: text, resolved: false };
  }

  return {
    resolve(raw) {
      if (raw === null) return null;
      let found = cache.get(raw);
      if (found === undefined) {
        found = resolveText(raw);
        cache.set(raw, found);
      }
      return found;
    },
    officeThen(raw, accept) {
      const tokens = raw.split(/\s+/).filter(Boolean);
      for (let i = tokens.length - 1; i >= 1; i--) {
        const office = tokens.slice(0, i).join(' ');
        const unit = units.exact(units.words(office));
        if (!unit) continue;
        const rest = tokens.slice(i).join(' ');
        if (accept(rest)) return { office, rest, namedInstances: unit.namedInstances };
      }
      return null;
    },
    resolveName(raw, options) {
      const unit = unitFollowedByRegion(units.words(raw), !options?.facilities);
      return unit ? { code: unit.code, name: unit.name, resolved: true } : null;
    },
  };
}

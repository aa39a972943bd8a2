import { loadKnowledge } from '../knowledge/load.js';
import { createUnitResolver, UnitsSchema, type UnitResolver } from '../normalize/unit.js';
import { TextCache } from '../util/text-cache.js';

interface OfficeWords {
  /** Words that open an office's name (Dinas, Badan, Biro). */
  openers: Set<string>;
  /** Words that join the parts of one (dan, serta, &): the stop words units.yaml matches names without. */
  connectors: Set<string>;
}

let officeWords: OfficeWords | null = null;
function officeVocabulary(): OfficeWords {
  if (!officeWords) {
    const units = loadKnowledge('units.yaml', UnitsSchema);
    officeWords = { openers: new Set(units.officeWords), connectors: new Set([...units.stopWords, '&']) };
  }
  return officeWords;
}
let resolver: UnitResolver | null = null;
const TITLE = /^[A-Z0-9][\w.'-]*$/;
const ENDS_SENTENCE = /[.,;:!?)]$/;

export interface OfficeMentions {
  /** The text without the office names. */
  text: string;
  /** Office names found ("Dinas Bina Marga dan Tata Ruang Provinsi Banten"). */
  offices: string[];
}

/**
 * Office names written inside a text: an office word (Dinas, Badan, Biro…) after a lower-case word, a
 * dash or the start, then capitalised words and connectors. "Perjalanan Dinas" is no office: the
 * word before "Dinas" is capitalised, so it belongs to a title ("Surat Perintah Perjalanan Dinas"),
 * unless the words from the office word on are a known office's name (units.yaml).
 */
export function officeMentions(text: string): OfficeMentions {
  return cache.get(text);
}

// registries repeat descriptions; callers must not mutate a result
const cache = new TextCache(findOffices);

function findOffices(text: string): OfficeMentions {
  const words = text.split(/\s+/).filter(Boolean);
  const { openers: open, connectors } = officeVocabulary();
  const kept: string[] = [];
  const offices: string[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    const previous = i > 0 ? words[i - 1]! : '';
    const opener = open.has(word.replace(/[.,;:]$/, ''));
    const afterTitle = opener && !(i === 0 || !TITLE.test(previous) || ENDS_SENTENCE.test(previous) || /^[-–—|]$/.test(previous));
    if (!opener) {
      kept.push(word);
      i++;
      continue;
    }
    const span = [word];
    let j = i + 1;
    while (!ENDS_SENTENCE.test(span[span.length - 1]!) && j < words.length && (TITLE.test(words[j]!) || connectors.has(words[j]!.toLowerCase()))) span.push(words[j++]!);
    while (span.length > 1 && connectors.has(span[span.length - 1]!.toLowerCase())) {
      span.pop();
      j--;
    }
    // inside a title only a known office is one ("Laporan Bulanan Badan Perencanaan Pembangunan Daerah"), not "Perjalanan Dinas Luar Daerah"
    if (span.length < 2 || (afterTitle && !(resolver ??= createUnitResolver()).resolveName(span.join(' ').replace(/[.,;:]$/, '')))) {
      kept.push(word);
      i++;
      continue;
    }
    const last = span[span.length - 1]!;
    offices.push(span.join(' ').replace(/[.,;:]$/, ''));
    if (ENDS_SENTENCE.test(last)) kept.push(last.slice(-1));
    i = j;
  }
  return { text: offices.length ? kept.join(' ') : text, offices };
}

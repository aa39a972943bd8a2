import type { Government } from '../model/inventory.js';
import { TextCache } from '../util/text-cache.js';
import { statesGovernmentLevel, type GovernmentResolver } from './government.js';
import { createUnitResolver, type UnitResolver } from './unit.js';

/** Whose app a row is, and the office its government cell names beside the government (the unit when the unit cell is blank). */
export interface AgencyReading {
  government: Government;
  office: string | null;
}

export interface AgencyReader {
  read(governmentRaw: string, unitRaw: string, urlHost: string | null): AgencyReading;
}

export function createAgencyReader(governments: GovernmentResolver, units: UnitResolver = createUnitResolver()): AgencyReader {
  // registries repeat the same cells row after row; an unresolved one would be split word by word each time
  const byCells = new TextCache((key) => {
    const [governmentRaw, unitRaw, urlHost] = key.split('\u0000') as [string, string, string];
    return readAgency(governmentRaw, unitRaw, urlHost || null, governments, units);
  });
  return { read: (governmentRaw, unitRaw, urlHost) => byCells.get(`${governmentRaw}\u0000${unitRaw}\u0000${urlHost ?? ''}`) };
}

/**
 * The government column's, and the office it names beside the government. A text of an office and a
 * place ("Dinas Kesehatan Banyuwangi", "Diskominfo West Java") is that place's; a blank column takes the
 * government a unit cell names beside its office ("Dinas Kesehatan Kab. Garut").
 */
function readAgency(
  governmentRaw: string,
  unitRaw: string,
  urlHost: string | null,
  governments: GovernmentResolver,
  units: UnitResolver,
): AgencyReading {
  const hint = { urlHost };
  const officeAndPlace = (text: string) => {
    const split = units.officeThen(text, (rest) => {
      const government = governments.resolve(rest, hint);
      return government.resolved || government.namesakes !== undefined;
    });
    // "Kecamatan Depok", "Puskesmas Kalasan": a district or facility named after a place, which need not
    // be a government's name (Depok is also a district of Sleman); "RSUD Kabupaten Garut" says it is
    if (split?.namedInstances && !statesGovernmentLevel(split.rest)) return null;
    return split ? { government: governments.resolve(split.rest, hint), office: split.office } : null;
  };
  if (governmentRaw) {
    const government = governments.resolve(governmentRaw, hint);
    if (government.resolved) return { government, office: governments.officeBeside(governmentRaw) };
    return officeAndPlace(governmentRaw) ?? { government, office: null };
  }
  if (unitRaw) {
    const government = governments.resolve(unitRaw, hint);
    if (government.resolved && governments.officeBeside(unitRaw) !== null) return { government, office: null };
    const split = officeAndPlace(unitRaw);
    if (split) return { government: split.government, office: null };
  }
  return { government: governments.resolve('', hint), office: null };
}


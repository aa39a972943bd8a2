import type { InventoryRecord } from '../model/inventory.js';
import { governmentCodeOfLabel } from '../normalize/government.js';
import { nameWords } from './name-words.js';

const ADDRESS = /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i;

/** True for a name that is a web address (`sppd.biroadpem.bantenprov.go.id`), as when a registry names apps by URL. */
export function isAddress(name: string): boolean {
  if (!ADDRESS.test(name)) return false;
  const host = name.toLowerCase().split('/')[0]!;
  return nameWords().domainLabels.has(host.slice(host.lastIndexOf('.') + 1));
}

/** The name as matching reads it: an address by its own words, any other name as written. */
export function matchingName(record: InventoryRecord): string {
  return isAddress(record.name) ? addressWords(record.name, record.government.code) : record.name;
}

/**
 * The words of an address that name the app: `sppd.biroadpem.bantenprov.go.id/lapor` → `sppd biroadpem lapor`.
 * Registration labels (go, id, com) and the label naming the app's own government (bantenprov,
 * jatimprov) are dropped, so apps listed by address are compared by what sets them apart.
 */
export function addressWords(name: string, governmentCode: string): string {
  const [host, ...path] = name.toLowerCase().split('/');
  const { domainLabels } = nameWords();
  const words: string[] = [];
  for (const label of host!.split('.')) {
    if (domainLabels.has(label) || (governmentCode && governmentCodeOfLabel(label) === governmentCode)) continue;
    words.push(label.replace(/-/g, ' '));
  }
  for (const part of path) if (part) words.push(part.replace(/[-_.]/g, ' '));
  return words.join(' ').trim() || name;
}

import { messages, type Messages } from '../knowledge/messages.js';
import type { Inventory } from '../model/inventory.js';
import { toCsv } from '../util/csv.js';

export const INVENTORY_FORMAT = 'satupintu/inventory@1';

export function inventoryJson(inventory: Inventory): string {
  return `${JSON.stringify({ format: INVENTORY_FORMAT, files: inventory.files, records: inventory.records }, null, 1)}\n`;
}

/** Every row that could not be read, with its reason in the reader's language (English by default). */
export function rejectedCsv(inventory: Pick<Inventory, 'rejected'>, say: Messages = messages('en')): string {
  return toCsv(
    ['source', 'path', 'line', 'field', 'reason', 'sheet'],
    inventory.rejected.map((r) => [r.source, r.path, r.line, r.field, say.render(r.reason), r.sheet ?? '']),
  );
}

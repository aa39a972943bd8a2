import { InputError } from '../util/errors.js';
import { describeJsonError } from '../util/parse-errors.js';
import type { FileNote } from '../model/inventory.js';
import type { DecodedText } from './decode.js';
import type { CellTable } from './table.js';

/** Keys under which exports commonly wrap their array of applications, in order of preference. */
const WRAPPER_KEYS = ['data', 'items', 'aplikasi', 'applications', 'apps', 'records', 'rows', 'results', 'daftar', 'list'];

export function readJsonTable(path: string, decoded: DecodedText): CellTable {
  let root: unknown;
  try {
    root = JSON.parse(decoded.text);
  } catch (error) {
    throw new InputError(`${path}: ${describeJsonError(decoded.text, error as Error)}`);
  }
  const { items, where } = findItems(path, root);
  // nested objects become dotted columns: {"instansi": {"nama": …}} is the column "instansi.nama"
  const flat = items.map((item) => (isPlainObject(item) ? flatten(item) : null));
  const header: string[] = [];
  const seen = new Set<string>();
  for (const cells of flat) {
    if (!cells) continue;
    for (const key of cells.keys()) {
      if (!seen.has(key)) {
        seen.add(key);
        header.push(key);
      }
    }
  }
  const rows: string[][] = [];
  const lines: number[] = [];
  flat.forEach((cells, i) => {
    lines.push(i + 1);
    // not an object: rejected downstream with its item number
    rows.push(cells ? header.map((key) => cells.get(key) ?? '') : []);
  });
  const notes: FileNote[] = where ? [{ key: 'file.jsonArray', vars: { array: where } }] : [];
  return { rows, lines, header, notes, encoding: decoded.encoding, format: 'json', locationWord: 'item' };
}

function findItems(path: string, root: unknown): { items: unknown[]; where: string | null } {
  if (Array.isArray(root)) return { items: root, where: null };
  if (root && typeof root === 'object') {
    const obj = root as Record<string, unknown>;
    const arrays = Object.entries(obj).filter(([, v]) => Array.isArray(v));
    const preferred = WRAPPER_KEYS.map((k) => arrays.find(([key]) => key.toLowerCase() === k)).find(Boolean);
    const chosen = preferred ?? (arrays.length === 1 ? arrays[0] : undefined);
    if (chosen) return { items: chosen[1] as unknown[], where: chosen[0] };
    if (arrays.length > 1) {
      throw new InputError(`${path}: several arrays (${arrays.map(([k]) => k).join(', ')}); cannot tell which holds the applications`);
    }
  }
  throw new InputError(`${path}: expected a JSON array of applications, or an object holding one array`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Nesting deeper than this is kept as JSON text in one cell. */
const MAX_DEPTH = 3;

/** An item's cells by column: nested objects flattened to `parent.child` columns. */
function flatten(item: Record<string, unknown>, prefix = '', depth = 1, into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(item)) {
    const column = prefix + key;
    if (isPlainObject(value) && depth < MAX_DEPTH && Object.keys(value).length > 0) flatten(value, `${column}.`, depth + 1, into);
    else into.set(column, cellText(value));
  }
  return into;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).filter((s) => s !== '').join(' | ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

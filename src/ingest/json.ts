import { InputError } from '../util/errors.js';
import { describeJsonError } from '../util/parse-errors.js';
import type { FileNote } from '../model/inventory.js';
import type { DecodedText } from './decode.js';
import type { CellTable } from './table.js';
import { guessField } from './header-mapping.js';

/** Keys under which exports commonly wrap their array of applications, in order of preference. */
const WRAPPER_KEYS = ['data', 'items', 'aplikasi', 'applications', 'apps', 'records', 'rows', 'results', 'daftar', 'list'];

export function readJsonTable(path: string, decoded: DecodedText): CellTable {
  let root: unknown;
  try {
    root = JSON.parse(decoded.text);
  } catch (error) {
    throw new InputError(`${path}: ${describeJsonError(decoded.text, error as Error)}`);
  }
  const found = findItems(path, root);
  // nested objects become dotted columns: {"instansi": {"nama": …}} is the column "instansi.nama"
  const own = found.items.map((item) => (isPlainObject(item) ? flatten(item) : null));
  // a tree of lists (governments, each with its offices, each with its apps) is read as its deepest
  // list, each app carrying its office's and government's fields
  const nested = own.some(Boolean) && (!namesAnApplication(own) || childrenAreTheApps(found.items, own)) ? nestedList(found.items) : null;
  const where = nested ? `${found.where ?? ''}${nested.path}` : found.where;
  const flat = nested ? nested.rows.map((row) => row.cells) : own;
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
  if (nested?.empty) notes.push({ key: 'file.jsonEmptyBranches', vars: { count: nested.empty } });
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

/** Some column of the items' own fields (flattened) can be read as the application's name. */
function namesAnApplication(items: readonly (Map<string, string> | null)[]): boolean {
  const keys = new Set<string>();
  for (const cells of items) if (cells) for (const key of cells.keys()) keys.add(key);
  return [...keys].some((key) => guessField(key) === 'name' || guessField(key) === 'url');
}

/** Fields (as headers name them) of the items' columns, `except` one. */
function fieldsNamed(items: readonly (Map<string, string> | null)[], except?: string): number {
  const fields = new Set<string>();
  for (const cells of items) if (cells) for (const key of cells.keys()) if (key !== except) fields.add(guessField(key) ?? '');
  fields.delete('');
  return fields.size;
}

/**
 * Items that have a name ("nama") and hold a list of objects telling more of an application than they
 * do (a government with its apps): the list holds the applications. An app with a list of its modules
 * ({"nama", "deskripsi"}) tells more itself, and stays the row. `own`: the items already flattened.
 */
function childrenAreTheApps(items: readonly unknown[], own: readonly (Map<string, string> | null)[]): boolean {
  const objects = items.filter(isPlainObject);
  const key = childListKey(objects);
  if (!key) return false;
  const children = objects.flatMap((item) => (Array.isArray(item[key]) ? item[key].filter(isPlainObject).map((child) => flatten(child)) : []));
  return fieldsNamed(children) > fieldsNamed(own, key);
}

/** The key whose value is a list of objects in most items (the next level down), if one is. */
function childListKey(items: readonly Record<string, unknown>[]): string | null {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const [key, value] of Object.entries(item)) {
      if (Array.isArray(value) && value.length > 0 && value.every(isPlainObject)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] * 2 >= items.length ? best[0] : null;
}

const MAX_LIST_LEVELS = 4;

/**
 * The deepest list of a tree of lists, each of its objects as a row: its own fields first, then its
 * parents' (a parent field of the same name as one below it is written `parent.<name>`). Null when the
 * items hold no list of objects. `path` is how the rows were reached (`[].opd[].aplikasi[]`).
 */
function nestedList(items: readonly unknown[]): { rows: { cells: Map<string, string> }[]; path: string; empty: number } | null {
  let level = items.filter(isPlainObject).map((item) => ({ item, context: [] as Map<string, string>[] }));
  let path = '[]';
  // branches that hold no app (an office listed with an empty list): no row, but counted in a note
  let empty = 0;
  for (let depth = 0; depth < MAX_LIST_LEVELS; depth++) {
    const key = childListKey(level.map((l) => l.item));
    if (!key) break;
    path += `.${key}[]`;
    level = level.flatMap(({ item, context }) => {
      const { [key]: children, ...own } = item;
      const parent = flatten(own);
      const below = Array.isArray(children) ? children.filter(isPlainObject) : [];
      if (below.length === 0) empty++;
      return below.map((child) => ({ item: child, context: [parent, ...context] }));
    });
  }
  if (path === '[]') return null;
  return {
    path,
    empty,
    rows: level.map(({ item, context }) => {
      const cells = flatten(item);
      context.forEach((parent, k) => {
        for (const [column, value] of parent) {
          let name = column;
          for (let up = 0; cells.has(name) && up <= k; up++) name = `parent.${name}`;
          if (!cells.has(name)) cells.set(name, value);
        }
      });
      return { cells };
    }),
  };
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

import { InputError } from '../util/errors.js';
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
  const header: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      for (const key of Object.keys(item)) {
        if (!seen.has(key)) {
          seen.add(key);
          header.push(key);
        }
      }
    }
  }
  const rows: string[][] = [];
  const lines: number[] = [];
  items.forEach((item, i) => {
    lines.push(i + 1);
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      rows.push([]); // not an object: rejected downstream with its item number
      return;
    }
    const obj = item as Record<string, unknown>;
    rows.push(header.map((key) => cellText(obj[key])));
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

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).filter((s) => s !== '').join(' | ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function describeJsonError(text: string, error: Error): string {
  const match = /position (\d+)/.exec(error.message);
  if (match) {
    const pos = Number(match[1]);
    const line = text.slice(0, pos).split('\n').length;
    return `line ${line}: invalid JSON (${error.message.replace(/ in JSON at position \d+.*$/, '').split('\n')[0]})`;
  }
  if (/Unexpected end/i.test(error.message)) {
    return `line ${text.split('\n').length}: invalid JSON: the file ends early (truncated?)`;
  }
  return `invalid JSON: ${error.message.split('\n')[0]}`;
}

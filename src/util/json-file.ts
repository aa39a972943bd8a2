import { closeSync, openSync, writeSync } from 'node:fs';
import { InputError } from './errors.js';

/** A list whose items are turned into their JSON form only as they are written, a thousand at a time. */
export class StreamedList<T = unknown> {
  constructor(
    readonly items: readonly T[],
    readonly toJson: (item: T) => unknown = (item) => item,
  ) {}
}

/** The object with every streamed list built in full (what `JSON.stringify` of the written file would read back). */
export function materialize<T>(fields: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v instanceof StreamedList ? v.items.map((x) => v.toJson(x)) : v])) as T;
}

const CHUNK_ITEMS = 1000;
const FLUSH_CHARS = 1 << 20;

/**
 * Writes an object as JSON field by field, its lists (arrays and StreamedLists) a thousand items per
 * `JSON.stringify` call: the bytes `JSON.stringify(materialize(fields))` would give, at native speed, yet a
 * 60 MB file never exists as one string, nor its 27,000 item objects all at once.
 */
export function writeJsonFile(path: string, fields: Record<string, unknown>, ending = ''): void {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new InputError(`${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const chunks: string[] = [];
    let size = 0;
    const flush = () => {
      try {
        writeSync(fd, chunks.join(''));
      } catch (error) {
        throw new InputError(`${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      chunks.length = 0;
      size = 0;
    };
    const put = (text: string) => {
      chunks.push(text);
      size += text.length;
      if (size > FLUSH_CHARS) flush();
    };
    const list = (list: StreamedList) => {
      put('[');
      for (let k = 0; k < list.items.length; k += CHUNK_ITEMS) {
        const json = JSON.stringify(list.items.slice(k, k + CHUNK_ITEMS).map((x) => list.toJson(x)));
        put((k ? ',' : '') + json.slice(1, -1));
      }
      put(']');
    };
    // JSON.stringify leaves out fields whose value is undefined
    const entries = Object.entries(fields).filter(([, v]) => v !== undefined);
    put('{');
    entries.forEach(([name, value], i) => {
      put(`${i ? ',' : ''}${JSON.stringify(name)}:`);
      if (value instanceof StreamedList) list(value);
      else if (Array.isArray(value)) list(new StreamedList(value));
      else put(JSON.stringify(value));
    });
    put(`}${ending}`);
    flush();
  } finally {
    closeSync(fd);
  }
}

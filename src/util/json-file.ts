import { closeSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

function cannotWrite(path: string, error: unknown): InputError {
  return new InputError(`${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
}

/**
 * Writes an object as JSON field by field, its lists (arrays and StreamedLists) a thousand items per
 * `JSON.stringify` call: the bytes `JSON.stringify(materialize(fields))` would give, at native speed, yet a
 * 60 MB file never exists as one string, nor its 27,000 item objects all at once. The file appears whole
 * or not at all: it is written under a temporary name and renamed, so a full disk or a failure half-way
 * leaves an earlier run's file as it was.
 */
export function writeJsonFile(path: string, fields: Record<string, unknown>, ending = ''): void {
  const partial = `${path}.${process.pid}.partial`;
  let fd: number;
  try {
    fd = openSync(partial, 'w');
  } catch (error) {
    throw cannotWrite(path, error);
  }
  let done = false;
  try {
    const chunks: string[] = [];
    let size = 0;
    const flush = () => {
      try {
        // writeFileSync on a descriptor writes every byte (a bare writeSync may write only part)
        writeFileSync(fd, chunks.join(''));
      } catch (error) {
        throw cannotWrite(path, error);
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
    let first = true;
    put('{');
    for (const [name, value] of Object.entries(fields)) {
      const streamed = value instanceof StreamedList ? value : isPlainArray(value) ? new StreamedList(value) : null;
      // JSON.stringify leaves out a field whose value has no JSON form (undefined, a function)
      const json = streamed ? null : (JSON.stringify(value) as string | undefined);
      if (!streamed && json === undefined) continue;
      put(`${first ? '' : ','}${JSON.stringify(name)}:`);
      first = false;
      if (streamed) list(streamed);
      else put(json!);
    }
    put(`}${ending}`);
    flush();
    done = true;
  } finally {
    closeSync(fd);
    if (!done) rmSync(partial, { force: true });
  }
  try {
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw cannotWrite(path, error);
  }
}

/** An array JSON.stringify would write item by item (one with its own toJSON is written as that says). */
function isPlainArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

import { writeAll, writeWholeFile } from './output-files.js';

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
 * 60 MB file never exists as one string, nor its 27,000 item objects all at once; whole or not at all
 * (writeWholeFile).
 */
export function writeJsonFile(path: string, fields: Record<string, unknown>, ending = ''): void {
  writeWholeFile(path, (fd) => {
    const chunks: string[] = [];
    let size = 0;
    const flush = () => {
      writeAll(fd, path, chunks.join(''));
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
  });
}

/** An array JSON.stringify would write item by item (one with its own toJSON is written as that says). */
function isPlainArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

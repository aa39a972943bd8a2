import { describe, expect, it } from 'vitest';
import { readJsonTable } from '../../src/ingest/json.js';
import { printableLine } from '../../src/util/text.js';

const read = (text: string) => () => readJsonTable('reg.json', { text, encoding: 'utf-8' });

describe('invalid JSON names the line, whatever V8 says', () => {
  it('from the position V8 gives', () => {
    expect(read('[\n {"a": 1}\n {"b": 2}\n]')).toThrow(/^reg\.json: line 3: invalid JSON \(Expected ',' or '\]' after array element\)$/);
  });

  it('from the source V8 quotes around an unexpected token, which it gives no position for', () => {
    const text = '[\n  {"nama_aplikasi": "SIMPEG", "instansi": "Kota Dumai"},\n  {"nama_aplikasi": "e-Absen", "aktif": yes, "instansi": "Kota Dumai"}\n]';
    expect(read(text)).toThrow(/^reg\.json: line 3: invalid JSON \(unexpected "y"\)$/);
  });

  it('near the start of the file, and in a very short file', () => {
    expect(read('[ x1, 2, 3, 4, 5, 6, 7, 8, 9, 10]')).toThrow(/^reg\.json: line 1: invalid JSON \(unexpected "x"\)$/);
    expect(read('\n\n[1,,2]')).toThrow(/^reg\.json: line 3: invalid JSON \(unexpected ","\)$/);
  });

  it('text after the end names where it starts, without the position', () => {
    expect(read('[1, 2]\n\n{"a": 1}')).toThrow(/^reg\.json: line 3: invalid JSON \(Unexpected non-whitespace character after JSON\)$/);
  });

  it('a truncated file names its last line', () => {
    expect(read('[\n {"a": 1},\n {"b": ')).toThrow(/^reg\.json: line 3: invalid JSON: the file ends early/);
  });
});

describe('printableLine', () => {
  it('shows control and bidi characters as escapes, line breaks as spaces', () => {
    expect(printableLine('a\u202Eb\u0000c\r\nd\te')).toBe('a\\u202Eb\\u0000c d e');
    expect(printableLine('Dinas Pendidikan – SIMPEG 💡')).toBe('Dinas Pendidikan – SIMPEG 💡');
  });
});

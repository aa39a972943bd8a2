import { InputError } from '../util/errors.js';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F. Node's own 'windows-1252' decoder maps those
 * bytes to C1 control characters in some Node 20 releases, so the table is applied here.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeCp1252(bytes: Uint8Array): string {
  const text = latin1.decode(bytes);
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/**
 * Decodes a registry file: UTF-8 (with or without BOM), UTF-16LE with BOM (Excel's "Unicode text"),
 * else Windows-1252. Refuses binary content so that random bytes never become garbage rows.
 */
export function decodeRegistryBytes(path: string, bytes: Buffer): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) {
    throw new InputError(`${path}: not a text registry (binary content); expected CSV, JSON or XLSX`);
  }
  try {
    return { text: utf8.decode(body), encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: decodeCp1252(body), encoding: 'windows-1252' };
  }
}

/** NUL bytes, or many control characters other than tab/CR/LF, in the first 64 KiB. */
function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return sample.length > 0 && control / sample.length > 0.01;
}

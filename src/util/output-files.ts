import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './errors.js';

/** Creates an output folder (and its parents); a failure is the user's input error, naming the folder. */
export function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new InputError(`${dir}: cannot create output folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Writes one output file into `dir`; returns its path. A failure names the file. */
export function writeOutput(dir: string, name: string, content: string): string {
  const path = join(dir, name);
  try {
    writeFileSync(path, content);
  } catch (error) {
    throw new InputError(`${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return path;
}

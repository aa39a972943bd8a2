import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../util/errors.js';

export function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new InputError(`${dir}: cannot create output folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

export function writeOutput(dir: string, name: string, content: string): string {
  const path = join(dir, name);
  try {
    writeFileSync(path, content);
  } catch (error) {
    throw new InputError(`${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return path;
}

export function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
}

import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/** The user's error for a file that cannot be written, naming it. */
export function cannotWrite(path: string, error: unknown): InputError {
  return new InputError(`${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
}

/** Writes text to an open file, every byte (a bare writeSync may write only part); a failure names the file. */
export function writeAll(fd: number, path: string, text: string): void {
  try {
    writeFileSync(fd, text);
  } catch (error) {
    throw cannotWrite(path, error);
  }
}

/**
 * Writes a file whole or not at all: `write` fills it under a temporary name, which is then renamed, so a
 * full disk or a failure half-way leaves an earlier run's file as it was and no partial file behind.
 */
export function writeWholeFile(path: string, write: (fd: number) => void): void {
  const partial = `${path}.${process.pid}.partial`;
  let fd: number;
  try {
    fd = openSync(partial, 'w');
  } catch (error) {
    throw cannotWrite(path, error);
  }
  let written = false;
  try {
    write(fd);
    written = true;
  } finally {
    closeSync(fd);
    if (!written) rmSync(partial, { force: true });
  }
  try {
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw cannotWrite(path, error);
  }
}

/** Writes text to `path`, whole or not at all; a failure names the file. */
export function writeTextFile(path: string, content: string): void {
  writeWholeFile(path, (fd) => writeAll(fd, path, content));
}

/** Writes one output file into `dir`, whole or not at all; returns its path. A failure names the file. */
export function writeOutput(dir: string, name: string, content: string): string {
  const path = join(dir, name);
  writeTextFile(path, content);
  return path;
}

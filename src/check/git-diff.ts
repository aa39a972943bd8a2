import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { InventoryRecord } from '../model/inventory.js';
import { InputError } from '../util/errors.js';

const MAX_BUFFER = 1024 * 1024 * 1024;

function git(args: string[], cwd: string): Buffer {
  return execFileSync('git', args, { cwd, maxBuffer: MAX_BUFFER, stdio: ['ignore', 'pipe', 'pipe'] });
}

function gitError(error: unknown): string {
  const e = error as { stderr?: Buffer; code?: string; message?: string };
  if (e.code === 'ENOENT') return 'git is not installed or not on PATH';
  return (e.stderr?.toString('utf8') || e.message || 'git failed').trim().split('\n')[0]!;
}

export interface GitLocation {
  /** Repository top-level folder (real path). */
  root: string;
  /** The file's path inside the repository, `/`-separated. */
  pathInRepo: string;
}

/** Where a file sits in its git repository (found from the file's folder). */
export function locateInRepo(file: string): GitLocation {
  let real: string;
  try {
    real = realpathSync(resolve(file));
  } catch (error) {
    throw new InputError(`${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], dirname(real)).toString('utf8').trim();
  } catch (error) {
    throw new InputError(`${file}: --base needs the file to be in a git repository (${gitError(error)})`);
  }
  const root = realpathSync(top);
  return { root, pathInRepo: relative(root, real).split(sep).join('/') };
}

/** Checks that `ref` names a commit in the repository; throws InputError otherwise. */
export function verifyRef(root: string, ref: string): string {
  if (!ref || ref.startsWith('-')) throw new InputError(`--base ${JSON.stringify(ref)}: not a git ref`);
  try {
    return git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root).toString('utf8').trim();
  } catch {
    throw new InputError(
      `--base ${ref}: unknown git ref (in CI, fetch the history first, e.g. actions/checkout with fetch-depth: 0 or \`git fetch origin ${ref.replace(/^origin\//, '')}\`)`,
    );
  }
}

/** The bytes of a file at a commit, or null when the file did not exist there. */
export function fileAtRef(location: GitLocation, commit: string): Buffer | null {
  try {
    git(['cat-file', '-e', `${commit}:${location.pathInRepo}`], location.root);
  } catch {
    return null;
  }
  try {
    return git(['cat-file', 'blob', `${commit}:${location.pathInRepo}`], location.root);
  } catch (error) {
    throw new InputError(`${location.pathInRepo}: cannot read it at ${commit.slice(0, 12)} (${gitError(error)})`);
  }
}

export interface FilesAtRef {
  /** Per input file: a temporary copy of it as it was at the commit (same base name), or null when it did not exist. */
  paths: (string | null)[];
  cleanup(): void;
}

/** Writes each file as it was at `ref` to a temporary folder; verifies the ref once per repository. */
export function filesAtRef(files: readonly string[], ref: string): FilesAtRef {
  const dir = mkdtempSync(join(tmpdir(), 'satupintu-base-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    const commitOf = new Map<string, string>();
    const paths = files.map((file, i) => {
      const loc = locateInRepo(file);
      const commit = commitOf.get(loc.root) ?? verifyRef(loc.root, ref);
      commitOf.set(loc.root, commit);
      const bytes = fileAtRef(loc, commit);
      if (bytes === null) return null;
      const sub = join(dir, String(i));
      mkdirSync(sub);
      const path = join(sub, basename(loc.pathInRepo));
      writeFileSync(path, bytes);
      return path;
    });
    return { paths, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

const norm = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Ids that are just row numbers (`No` columns) shift when rows are inserted, so they never identify a row alone. */
const isRowNumber = (id: string) => /^\d{1,6}$/.test(id.trim());

type KeyFn = (r: InventoryRecord) => string | null;

/** From strictest to loosest: each pass pairs rows not yet paired. */
const KEYS: KeyFn[] = [
  // the row unchanged (its row number aside)
  (r) => [norm(r.name), norm(r.governmentRaw), norm(r.unit), norm(r.description), norm(r.url), r.dataElements.join('|'), norm(r.statusRaw)].join('\u0000'),
  // same id and name: an edited row
  (r) => (r.sourceId ? `${r.sourceId}\u0000${norm(r.name)}` : null),
  // same name and government: a renumbered or edited row
  (r) => `${norm(r.name)}\u0000${r.government.code || norm(r.governmentRaw)}`,
  // a real registry id (not a row number): a renamed row
  (r) => (r.sourceId && !isRowNumber(r.sourceId) ? `id\u0000${r.sourceId}` : null),
];

/**
 * The rows of `head` that do not appear in `base`: rows are paired by content, then by id + name, then by
 * name + government, then by a real id, each base row pairing at most once (duplicates count). Robust to
 * reordering and renumbering; an edited existing row is not new.
 */
export function addedRecords(head: readonly InventoryRecord[], base: readonly InventoryRecord[]): InventoryRecord[] {
  const headPaired = new Array<boolean>(head.length).fill(false);
  const basePaired = new Array<boolean>(base.length).fill(false);
  for (const key of KEYS) {
    const pool = new Map<string, number[]>();
    for (const [j, b] of base.entries()) {
      if (basePaired[j]) continue;
      const k = key(b);
      if (k === null) continue;
      const list = pool.get(k);
      if (list) list.push(j);
      else pool.set(k, [j]);
    }
    if (pool.size === 0) break;
    for (const [i, h] of head.entries()) {
      if (headPaired[i]) continue;
      const k = key(h);
      const j = k === null ? undefined : pool.get(k)?.shift();
      if (j === undefined) continue;
      headPaired[i] = true;
      basePaired[j] = true;
    }
  }
  return head.filter((_, i) => !headPaired[i]);
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: every temporary directory the tests make (and the CLI runs they start) goes under
 * one root, removed when the run ends, so a test run leaves nothing behind in the system temp folder.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'satupintu-tests-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}

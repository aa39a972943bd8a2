import type { Command } from 'commander';
import { ingestFiles } from '../../ingest/ingest.js';
import type { ReadOptions } from '../../ingest/read-registry.js';
import { loadMappingFile } from '../../ingest/header-mapping.js';
import type { Inventory } from '../../model/inventory.js';
import { EXIT } from '../../util/errors.js';
import { withExitCode } from '../action.js';
import { ensureDir, writeOutput } from '../../util/output-files.js';
import { createProgress } from '../progress.js';
import { inventoryJson, rejectedCsv } from '../../report/inventory-files.js';
import { formatIngestSummary, formatMapping } from '../../report/ingest-summary.js';

export interface InputOptions {
  mapping?: string;
  sheet?: string;
  quiet?: boolean;
}

/** Shared by every command that reads registries. */
/** How the input options say to read files: `--mapping` loaded (once), `--sheet`. */
export function readOptionsOf(options: InputOptions & { allowNoName?: boolean }): ReadOptions {
  const mapping = options.mapping ? loadMappingFile(options.mapping) : undefined;
  return {
    ...(mapping ? { mapping } : {}),
    ...(options.sheet ? { sheet: options.sheet } : {}),
    ...(options.allowNoName ? { allowNoName: true } : {}),
  };
}

/** Ingests files with a progress bar; `read` when the caller already built the read options. */
export async function readInputs(files: string[], options: InputOptions & { allowNoName?: boolean }, read: ReadOptions = readOptionsOf(options)): Promise<Inventory> {
  const progress = createProgress(Boolean(options.quiet));
  progress.start(files.length, 'reading');
  try {
    return await ingestFiles(files, { ...read, onFile: (path, i) => progress.update(i, path) });
  } finally {
    progress.stop();
  }
}

export function addInputOptions(cmd: Command): Command {
  return cmd
    .option('--mapping <file>', 'JSON or YAML file mapping column headers to fields (overrides detection)')
    .option('--sheet <name>', 'XLSX sheet to read (default: the sheet that looks like a registry, else the first)')
    .option('-q, --quiet', 'no progress bar');
}

export function registerIngest(program: Command): void {
  addInputOptions(
    program
      .command('ingest')
      .description('read registries (CSV, JSON, XLSX) into one validated inventory')
      .argument('<files...>', 'registry files')
      .option('-o, --out <dir>', 'output folder', 'reports')
      .option('--show-mapping', 'print the detected column mapping and unmapped columns, write nothing'),
  ).action(withExitCode(async (files: string[], options: InputOptions & { out: string; showMapping?: boolean }) => {
    const inventory = await readInputs(files, { ...options, allowNoName: Boolean(options.showMapping) });
    if (options.showMapping) {
      process.stdout.write(formatMapping(inventory));
      return EXIT.ok;
    }
    ensureDir(options.out);
    writeOutput(options.out, 'inventory.json', inventoryJson(inventory));
    writeOutput(options.out, 'rejected.csv', rejectedCsv(inventory));
    process.stdout.write(formatIngestSummary(inventory, options.out));
    return EXIT.ok;
  }));
}

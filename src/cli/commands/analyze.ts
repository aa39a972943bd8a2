import type { Command } from 'commander';
import { analyzeRecords } from '../../pipeline/analyze.js';
import { planCsv } from '../../report/plan-csv.js';
import { inventoryJson, rejectedCsv } from '../../report/inventory-files.js';
import { EXIT } from '../../util/errors.js';
import { withExitCode } from '../action.js';
import { ensureDir, writeOutput } from '../output.js';
import { addInputOptions, readInputs, type InputOptions } from './ingest.js';

export interface AnalyzeCliOptions extends InputOptions {
  out: string;
}

export function registerAnalyze(program: Command): void {
  addInputOptions(
    program
      .command('analyze')
      .description('link duplicate records, cluster apps by function, map ecosystems and plan actions')
      .argument('<files...>', 'registry files')
      .option('-o, --out <dir>', 'output folder', 'reports'),
  ).action(
    withExitCode(async (files: string[], options: AnalyzeCliOptions) => {
      const inventory = await readInputs(files, options);
      const analysis = analyzeRecords(inventory.records);
      ensureDir(options.out);
      writeOutput(options.out, 'plan.csv', planCsv(analysis));
      writeOutput(options.out, 'rejected.csv', rejectedCsv(inventory));
      void inventoryJson;
      process.stdout.write(`${analysis.stats.records} records → ${analysis.stats.applications} applications, ${analysis.stats.clusters} clusters\n`);
      process.stdout.write(`${JSON.stringify(analysis.stats)}\n`);
      return EXIT.ok;
    }),
  );
}

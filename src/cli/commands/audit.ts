import { Option, type Command } from 'commander';
import { auditInventory } from '../../audit/audit.js';
import { formatAudit, type AuditFormat } from '../../audit/format.js';
import { EXIT } from '../../util/errors.js';
import { withExitCode } from '../action.js';
import { useColor } from '../output.js';
import { addInputOptions, readInputs, type InputOptions } from './ingest.js';

export function registerAudit(program: Command): void {
  addInputOptions(
    program
      .command('audit')
      .description('data-quality table per file and per government')
      .argument('<files...>', 'registry files')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv', 'md']).default('table')),
  ).action(withExitCode(async (files: string[], options: InputOptions & { format: AuditFormat }) => {
    const inventory = await readInputs(files, options);
    process.stdout.write(formatAudit(auditInventory(inventory), options.format, { color: useColor() }));
    return EXIT.ok;
  }));
}

import { Command, CommanderError } from 'commander';
import { EXIT, InputError } from '../util/errors.js';
import { takeExitCode } from './action.js';
import { toolVersion } from './output.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerAudit } from './commands/audit.js';
import { registerCheck } from './commands/check.js';
import { registerIngest } from './commands/ingest.js';
import { printableLine } from '../util/text.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('satupintu')
    .description('One door instead of 27,000 apps: turn government application registries into a consolidation plan.')
    .version(toolVersion())
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerIngest(program);
  registerAudit(program);
  registerAnalyze(program);
  registerCheck(program);
  return program;
}

/** Runs the CLI; returns the exit code (0 ok, 1 findings, 2 input or usage error). */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return takeExitCode();
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.input;
    }
    if (error instanceof InputError) {
      process.stderr.write(`satupintu: ${printableLine(error.message)}\n`);
      return EXIT.input;
    }
    throw error;
  }
}

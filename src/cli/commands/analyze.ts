import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { loadKnowledgeBase } from '../../knowledge/taxonomy.js';
import { loadAnalystDecisions } from '../../pipeline/analyst-decisions.js';
import { ANALYZE_STAGES, analyzeRecords } from '../../pipeline/analyze.js';
import { explainApplication } from '../../report/explain.js';
import { messages, type Lang } from '../../knowledge/messages.js';
import { NOTES_WORTH_SHOWING } from '../../report/ingest-summary.js';
import { formatTerminalSummary } from '../../report/terminal-summary.js';
import { writeReports } from '../../report/write-reports.js';
import { ANALYZE_OUTPUTS, OPTIONAL_OUTPUTS, selectOutputs } from '../../report/analyze-outputs.js';
import { planViews, resolveGovernment, scopeToGovernment } from '../../plan/views.js';
import { EXIT } from '../../util/errors.js';
import { withExitCode } from '../action.js';
import { useColor } from '../output.js';
import { createProgress } from '../progress.js';
import { Stopwatch } from '../stopwatch.js';
import { addInputOptions, readInputs, type InputOptions } from './ingest.js';
import { printableLine } from '../../util/text.js';

export interface AnalyzeCliOptions extends InputOptions {
  out: string;
  /** Commander's `choices` admits only these. */
  lang: Lang;
  government?: string;
  decisions?: string;
  platforms?: string;
  explain?: string;
  timings?: boolean;
  reports?: string;
}

export function registerAnalyze(program: Command): void {
  addInputOptions(
    program
      .command('analyze')
      .description('link duplicate records, cluster apps by function, map ecosystems, plan actions and write the reports')
      .argument('<files...>', 'registry files (CSV, JSON, XLSX)')
      .option('-o, --out <dir>', 'output folder', 'reports')
      .addOption(new Option('--lang <lang>', 'language of the reports').choices(['id', 'en']).default('id'))
      .option('--government <name>', "scope the plan and reports to one government (a Diskominfo analyst's view)")
      .option('--decisions <file>', 'analyst decisions (YAML or JSON): accepted/rejected links, cluster moves, overrides')
      .option('--platforms <file>', 'extra or corrected national platforms (YAML or JSON, same layout as data/platforms.yaml)')
      .option('--explain <app_id>', 'print why an application got its cluster, ecosystem and action')
      .option(
        '--reports <files>',
        `outputs to write besides plan.csv and rejected.csv, comma-separated (repeatable): ${OPTIONAL_OUTPUTS.join(', ')}, all or none (default: all)`,
        (value: string, previous: string | undefined) => (previous === undefined ? value : `${previous},${value}`),
      )
      .option('--timings', 'print how long each stage took (stderr)'),
  ).action(
    withExitCode(async (files: string[], options: AnalyzeCliOptions) => {
      const { lang } = options;
      const outputs = selectOutputs(options.reports);
      const clock = new Stopwatch(Boolean(options.timings));
      const knowledge = loadKnowledgeBase(options.platforms ? { platformsFile: options.platforms } : {});
      const decisions = options.decisions ? loadAnalystDecisions(options.decisions, knowledge) : undefined;
      clock.lap('knowledge');
      const inventory = await readInputs(files, options);
      clock.lap('ingest');
      const progress = createProgress(Boolean(options.quiet));
      progress.start(ANALYZE_STAGES.length, 'analysing');
      let done = 0;
      const full = (() => {
        try {
          return analyzeRecords(inventory.records, {
            knowledge,
            lang,
            ...(decisions ? { decisions } : {}),
            onStage: (stage) => progress.update(++done, stage),
          });
        } finally {
          progress.stop();
        }
      })();
      clock.lap('analyze');
      clock.replace('analyze', full.stats.timingsMs);
      if (options.explain) {
        process.stdout.write(explainApplication(full, knowledge, options.explain, lang));
        return EXIT.ok;
      }
      const scope = options.government ? resolveGovernment(full, options.government) : undefined;
      const analysis = scope ? scopeToGovernment(full, scope) : full;
      for (const w of full.warnings) process.stderr.write(`satupintu: warning: ${printableLine(w)}\n`);
      const english = messages('en');
      for (const f of inventory.files) {
        for (const n of [...f.notes.filter((n) => NOTES_WORTH_SHOWING.has(n.key)), ...f.assumptions]) process.stderr.write(`satupintu: note: ${printableLine(`${f.source}: ${english.render(n)}`)}\n`);
      }
      const views = planViews(analysis, knowledge);
      clock.lap('views');
      writeReports(
        { full, shown: analysis, files: inventory.files, rejected: inventory.rejected, knowledge },
        { outDir: options.out, lang, views, only: outputs, ...(scope ? { scope: scope.name } : {}), onWritten: (name) => clock.lap(name) },
      );
      process.stdout.write(formatTerminalSummary(analysis, knowledge, { lang, color: useColor(), views }));
      clock.lap('summary');
      if (options.timings) process.stderr.write(clock.format());
      for (const stale of OPTIONAL_OUTPUTS.filter((o) => !outputs.has(o) && existsSync(join(options.out, o)))) {
        process.stderr.write(`satupintu: note: ${join(options.out, stale)} is left from an earlier run (--reports left it out this time)\n`);
      }
      const rejected = inventory.rejected.length;
      const written = ANALYZE_OUTPUTS.filter((o) => outputs.has(o) && (o !== 'rejected.csv' || rejected > 0));
      process.stdout.write(
        `\n${inventory.files.length} file(s), ${inventory.records.length} records${rejected ? `, ${rejected} rows rejected (rejected.csv)` : ''}; ` +
          `wrote ${written.join(', ')} to ${options.out}/\n`,
      );
      return EXIT.ok;
    }),
  );
}

import { InputError } from '../util/errors.js';

/** Every file `analyze` writes, in the order it writes them. */
export const ANALYZE_OUTPUTS = ['plan.csv', 'rejected.csv', 'inventory.json', 'links.csv', 'plan.json', 'report.md', 'report.html', 'redirects.csv'] as const;

export type AnalyzeOutput = (typeof ANALYZE_OUTPUTS)[number];

/** Always written: every input row ends in the plan or in the rejected list. */
export const ALWAYS_WRITTEN: readonly AnalyzeOutput[] = ['plan.csv', 'rejected.csv'];

/** The outputs `--reports` may leave out. */
export const OPTIONAL_OUTPUTS = ANALYZE_OUTPUTS.filter((o) => !ALWAYS_WRITTEN.includes(o));

/**
 * The outputs a `--reports` list asks for (comma- or space-separated file names, `all`, or `none`),
 * plus those always written. No list: everything.
 */
export function selectOutputs(list: string | undefined): ReadonlySet<AnalyzeOutput> {
  if (list === undefined) return new Set(ANALYZE_OUTPUTS);
  const chosen = new Set<AnalyzeOutput>(ALWAYS_WRITTEN);
  const names = list
    .split(/[,\s]+/)
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0) throw new InputError(`--reports: empty list; name some of ${OPTIONAL_OUTPUTS.join(', ')}, or all, or none`);
  for (const name of names) {
    if (name === 'all') OPTIONAL_OUTPUTS.forEach((o) => chosen.add(o));
    else if (name === 'none') continue;
    else if ((ANALYZE_OUTPUTS as readonly string[]).includes(name)) chosen.add(name as AnalyzeOutput);
    else throw new InputError(`--reports: "${name}" is no output of analyze; choose from ${OPTIONAL_OUTPUTS.join(', ')}, all, none (plan.csv and rejected.csv are always written)`);
  }
  return chosen;
}

import type { Analysis } from '../model/analysis.js';
import { LINK_SIGNALS } from '../link/link-model.js';
import { toCsv } from '../util/csv.js';

const SIGNALS = LINK_SIGNALS;

/** Every linked pair (and every near miss, marked linked=no) with its per-signal levels and weights. */
export function linksCsv(analysis: Analysis): string {
  const rows: unknown[][] = [];
  for (const p of analysis.pairs) {
    if (p.signals.length === 0) continue;
    const a = analysis.records[p.a]!;
    const b = analysis.records[p.b]!;
    const bySignal = new Map(p.signals.map((s) => [s.signal, s]));
    rows.push([
      analysis.applications[analysis.appOfRecord[p.a]!]!.appId,
      a.source,
      a.sourceId,
      a.name,
      b.source,
      b.sourceId,
      b.name,
      p.linked ? 'yes' : 'no',
      p.human ?? '',
      p.score,
      p.rules.join('|'),
      ...SIGNALS.flatMap((s) => {
        const x = bySignal.get(s);
        return x ? [x.level, x.weight] : ['', ''];
      }),
    ]);
  }
  return toCsv(
    ['app_id_a', 'source_a', 'source_id_a', 'name_a', 'source_b', 'source_id_b', 'name_b', 'linked', 'human_decision', 'score', 'blocking_rules', ...SIGNALS.flatMap((s) => [`${s}_level`, `${s}_weight`])],
    rows,
  );
}

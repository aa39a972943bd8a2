import { todayIso } from '../check/baseline.js';
import { jsonReporter } from '../check/formats/json.js';
import { runCheck } from '../check/run-check.js';
import { ingestFiles } from '../ingest/ingest.js';
import { loadKnowledgeBase } from '../knowledge/taxonomy.js';
import { loadAnalysisJson } from '../report/analysis-json.js';

/**
 * Times `satupintu check PROPOSALS --inventory INVENTORY --format json` end to end in-process:
 * loading the saved inventory, reading the proposals, matching, and rendering the report.
 */
export async function benchCheck(inventoryPath: string, proposalsPath: string): Promise<{ ms: number; proposals: number }> {
  const t0 = performance.now();
  const saved = loadAnalysisJson(inventoryPath);
  const proposals = await ingestFiles([proposalsPath]);
  const knowledge = loadKnowledgeBase();
  const report = runCheck(proposals.records, saved, knowledge, { today: todayIso() });
  jsonReporter.render(report, { color: false, version: '0.0.0' });
  return { ms: Math.round(performance.now() - t0), proposals: report.summary.proposals };
}

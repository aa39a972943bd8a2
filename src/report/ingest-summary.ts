import { messages } from '../knowledge/messages.js';
import type { Inventory } from '../model/inventory.js';

/** Notes worth a line in the ingest summary and on analyze's stderr; --show-mapping prints them all. */
export const NOTES_WORTH_SHOWING: ReadonlySet<string> = new Set(['file.windows1252', 'file.sheetChosen', 'file.sheets', 'file.sheetsSkipping', 'file.sheetIds', 'file.idsRenumbered', 'file.idsQualified', 'file.jsonEmptyBranches', 'file.headerFound', 'file.subHeader', 'file.costUnit', 'file.unreadValues', 'file.headerLegend']);

export function formatIngestSummary(inventory: Inventory, outDir: string): string {
  const say = messages('en');
  const lines: string[] = [];
  let read = 0;
  let accepted = 0;
  let rejected = 0;
  for (const f of inventory.files) {
    read += f.rowsRead;
    accepted += f.accepted;
    rejected += f.rejected;
    const enc = f.encoding === 'windows-1252' ? ' [Windows-1252]' : '';
    lines.push(`${f.source}: ${f.rowsRead} rows read, ${f.accepted} accepted, ${f.rejected} rejected${enc}`);
    for (const note of f.notes) if (NOTES_WORTH_SHOWING.has(note.key)) lines.push(`  note: ${say.render(note)}`);
    for (const assumed of f.assumptions) lines.push(`  assumed: ${say.render(assumed)}`);
  }
  const resolved = inventory.records.filter((r) => r.government.resolved).length;
  const share = inventory.records.length ? ((resolved / inventory.records.length) * 100).toFixed(1) : '100.0';
  lines.push(`total: ${read} rows read, ${accepted} accepted, ${rejected} rejected; governments resolved for ${share}% of records`);
  lines.push(`wrote ${outDir}/inventory.json and ${outDir}/rejected.csv`);
  return `${lines.join('\n')}\n`;
}

export function formatMapping(inventory: Inventory): string {
  const say = messages('en');
  const lines: string[] = [];
  for (const f of inventory.files) {
    lines.push(`${f.path} (${f.format}, ${f.encoding}${f.delimiter ? `, delimiter ${JSON.stringify(f.delimiter)}` : ''})`);
    for (const [field, header] of Object.entries(f.mapping)) lines.push(`  ${field.padEnd(13)} <- ${header}`);
    lines.push(`  unmapped (kept as extra attributes): ${f.unmapped.length ? f.unmapped.join(', ') : 'none'}`);
    for (const note of f.notes) lines.push(`  note: ${say.render(note)}`);
    for (const assumed of f.assumptions) lines.push(`  assumed: ${say.render(assumed)}`);
  }
  return `${lines.join('\n')}\n`;
}

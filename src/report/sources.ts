import { messages } from '../knowledge/messages.js';
import type { FileSummary } from '../model/inventory.js';
import type { Translator } from './i18n.js';

/** One registry as the report's sources section shows it. */
export interface SourceView {
  source: string;
  format: string;
  rowsRead: string;
  accepted: string;
  rejected: string;
  /** What the tool noticed and assumed in reading it, in the report's language. */
  notes: string[];
}

/** The registries read, with their counts and notes, for report.md and report.html alike. */
export function sourceViews(t: Translator, files: readonly FileSummary[]): SourceView[] {
  const say = messages(t.lang);
  return files.map((f) => ({
    source: f.source,
    format: f.format.toUpperCase(),
    rowsRead: t.number(f.rowsRead),
    accepted: t.number(f.accepted),
    rejected: t.number(f.rejected),
    notes: [...f.notes, ...f.assumptions].map((n) => say.render(n)),
  }));
}

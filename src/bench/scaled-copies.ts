import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { detectDelimiter } from '../ingest/csv.js';
import { guessField } from '../ingest/header-mapping.js';

/**
 * k copies of the registries where each copy is a new set of applications (ids, names and addresses
 * made distinct), so k copies are k times the records and about k times the applications.
 */
export function scaledCopies(files: string[], k: number, dir: string): string[] {
  const out: string[] = [];
  for (let c = 0; c < k; c++) {
    for (const f of files) {
      const target = join(dir, `c${c}-${basename(f)}`);
      const text = readFileSync(f, 'utf8');
      if (c === 0) writeFileSync(target, text);
      else if (f.endsWith('.json')) {
        const rows = JSON.parse(text) as Record<string, unknown>[];
        writeFileSync(
          target,
          JSON.stringify(rows.map((r) => ({ ...r, id: `${String(r.id)}-c${c}`, nama_aplikasi: `${String(r.nama_aplikasi)} C${c}`, url: r.url ? `c${c}-${String(r.url).replace(/^https?:\/\//, '')}` : r.url }))),
        );
      } else {
        const delimiter = detectDelimiter(text);
        const rows = parseCsv(text.replace(/^\ufeff/, ''), { delimiter, relax_column_count: true, relax_quotes: true }) as string[][];
        const header = rows[0]!;
        const nameCol = header.findIndex((h) => guessField(h) === 'name');
        const urlCol = header.findIndex((h) => guessField(h) === 'url');
        const quote = (v: string) => (/["\n\r]/.test(v) || v.includes(delimiter) ? `"${v.replace(/"/g, '""')}"` : v);
        const lines = rows.map((row, i) => {
          if (i === 0) return row.map(quote).join(delimiter);
          const copy = [...row];
          copy[0] = `${copy[0]}-c${c}`;
          if (nameCol >= 0) copy[nameCol] = `${copy[nameCol]} C${c}`;
          if (urlCol >= 0 && copy[urlCol]) copy[urlCol] = `c${c}-${copy[urlCol]!.replace(/^https?:\/\//, '')}`;
          return copy.map(quote).join(delimiter);
        });
        writeFileSync(target, `${lines.join('\n')}\n`);
      }
      out.push(target);
    }
  }
  return out;
}

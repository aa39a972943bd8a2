import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditInventory } from '../../src/audit/audit.js';
import { formatAudit } from '../../src/audit/format.js';
import { ingestFiles } from '../../src/ingest/ingest.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'ingest');

describe('audit', () => {
  it('counts quality problems per file and in total, rejected rows included', async () => {
    const inv = await ingestFiles([join(DIR, 'rows-with-problems.csv'), join(DIR, 'comma.csv')]);
    const report = auditInventory(inv);
    expect(report.files.map((f) => f.scope)).toEqual(['rows-with-problems.csv', 'comma.csv']);
    expect(report.files[0]!.rejected).toBe(2);
    expect(report.total.records).toBe(inv.records.length);
    expect(report.total.missingUrl).toBe(inv.records.filter((r) => !r.url).length);
    expect(report.governments.reduce((s, g) => s + g.records, 0)).toBe(inv.records.length);
  });

  it('renders every format', async () => {
    const report = auditInventory(await ingestFiles([join(DIR, 'comma.csv')]));
    expect(JSON.parse(formatAudit(report, 'json', { color: false })).total.records).toBe(3);
    expect(formatAudit(report, 'csv', { color: false }).split('\n')[0]).toContain('level,scope,records');
    expect(formatAudit(report, 'md', { color: false })).toContain('| scope | records |');
    expect(formatAudit(report, 'table', { color: false })).toContain('comma.csv');
  });
});

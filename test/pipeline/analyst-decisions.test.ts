import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/taxonomy.js';
import { loadAnalystDecisions } from '../../src/pipeline/analyst-decisions.js';
import { analyzeRecords } from '../../src/pipeline/analyze.js';
import { indexed, record } from '../link/helpers.js';

const knowledge = loadKnowledgeBase();

function decisionsFile(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'decisions-'));
  const path = join(dir, 'decisions.yaml');
  writeFileSync(path, yaml);
  return path;
}

const records = indexed([
  record({ name: 'SIMPEG', sourceId: 'a1', url: 'simpeg.banyuwangikab.go.id', urlHost: 'simpeg.banyuwangikab.go.id', source: 'a.csv', description: 'Data kepegawaian ASN', year: 2019 }),
  record({ name: 'Sistem Informasi Manajemen Kepegawaian', sourceId: 'b1', url: 'simpeg.banyuwangikab.go.id', urlHost: 'simpeg.banyuwangikab.go.id', source: 'b.json', description: 'Data kepegawaian ASN', year: 2019 }),
  record({ name: 'Bank Sampah Digital', sourceId: 'a2', source: 'a.csv', description: 'Tabungan sampah warga' }),
]);

describe('analyst decisions', () => {
  it('splits linked records, moves clusters, overrides ecosystem and action, and marks them human', () => {
    const path = decisionsFile(`decisions:
  - type: different-apps
    records: [{source: a.csv, id: a1}, {source: b.json, id: b1}]
    note: two systems
  - type: function
    record: {source: a.csv, id: a2}
    function: retribusi
  - type: ecosystem
    record: {source: a.csv, id: a2}
    ecosystem: direct
  - type: action
    record: {source: b.json, id: b1}
    action: retain
    by: Diskominfo
`);
    const before = analyzeRecords(records, { knowledge });
    expect(before.appOfRecord[0]).toBe(before.appOfRecord[1]);
    const after = analyzeRecords(records, { knowledge, decisions: loadAnalystDecisions(path, knowledge) });
    expect(after.appOfRecord[0]).not.toBe(after.appOfRecord[1]);
    const bank = after.applications[after.appOfRecord[2]!]!;
    expect(bank.fn).toMatchObject({ function: 'retribusi', human: true });
    expect(bank.eco).toMatchObject({ ecosystem: 'direct', human: true });
    expect(after.clusters.find((c) => c.id === 'retribusi')!.appIds).toContain(bank.appId);
    const b1 = after.applications[after.appOfRecord[1]!]!;
    expect(b1.decision).toMatchObject({ action: 'retain', human: true });
    expect(b1.decision.reasons[0]).toContain('by Diskominfo');
    expect(after.warnings).toEqual([]);
  });

  it('reports decisions that name records the run does not have', () => {
    const path = decisionsFile('decisions:\n  - type: action\n    record: {source: x.csv, id: "9"}\n    action: retire\n');
    const a = analyzeRecords(records, { knowledge, decisions: loadAnalystDecisions(path, knowledge) });
    expect(a.warnings[0]).toContain('x.csv:9');
  });

  it('rejects invalid files with the file and field named', () => {
    expect(() => loadAnalystDecisions(decisionsFile('decisions:\n  - type: ecosystem\n    app: APP-1\n    ecosystem: online\n'), knowledge)).toThrow(/decisions\.yaml: decisions\.0/);
    expect(() => loadAnalystDecisions(decisionsFile('decisions:\n  - type: function\n    app: APP-1\n    function: nope\n'), knowledge)).toThrow(/unknown function "nope"/);
    expect(() => loadAnalystDecisions(decisionsFile('decisions:\n  - type: action\n    app: APP-1\n    action: migrate\n'), knowledge)).toThrow(/needs a target/);
  });
});

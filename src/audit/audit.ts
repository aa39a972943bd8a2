import type { Inventory, InventoryRecord } from '../model/inventory.js';

export interface QualityRow {
  /** File base name or government name. */
  scope: string;
  records: number;
  missingDescription: number;
  missingUrl: number;
  missingUnit: number;
  missingDataElements: number;
  inactive: number;
  inactiveShare: number;
  unresolvedGovernment: number;
  duplicateIds: number;
  rejected: number;
}

export interface AuditReport {
  files: QualityRow[];
  governments: QualityRow[];
  total: QualityRow;
  unresolvedGovernmentNames: { name: string; records: number }[];
}

function emptyRow(scope: string): QualityRow {
  return {
    scope,
    records: 0,
    missingDescription: 0,
    missingUrl: 0,
    missingUnit: 0,
    missingDataElements: 0,
    inactive: 0,
    inactiveShare: 0,
    unresolvedGovernment: 0,
    duplicateIds: 0,
    rejected: 0,
  };
}

function count(row: QualityRow, r: InventoryRecord): void {
  row.records++;
  if (!r.description) row.missingDescription++;
  if (!r.url) row.missingUrl++;
  if (!r.unit) row.missingUnit++;
  if (r.dataElements.length === 0) row.missingDataElements++;
  if (r.status === 'inactive') row.inactive++;
  if (!r.government.resolved) row.unresolvedGovernment++;
}

function finish(row: QualityRow): QualityRow {
  row.inactiveShare = row.records ? Math.round((row.inactive / row.records) * 1000) / 1000 : 0;
  return row;
}

/** Data-quality figures per file, per government and in total. */
export function auditInventory(inventory: Inventory): AuditReport {
  const byFile = new Map<string, QualityRow>();
  const byGov = new Map<string, QualityRow>();
  const total = emptyRow('total');
  const idsSeen = new Map<string, Set<string>>();
  const unresolved = new Map<string, number>();
  for (const f of inventory.files) byFile.set(f.path, emptyRow(f.source));
  for (const r of inventory.records) {
    const fileKey = inventory.files.find((f) => f.source === r.source)?.path ?? r.source;
    const fileRow = byFile.get(fileKey) ?? byFile.set(fileKey, emptyRow(r.source)).get(fileKey)!;
    const govName = r.government.name || '(no government)';
    const govRow = byGov.get(govName) ?? byGov.set(govName, emptyRow(govName)).get(govName)!;
    for (const row of [fileRow, govRow, total]) count(row, r);
    const ids = idsSeen.get(fileKey) ?? idsSeen.set(fileKey, new Set()).get(fileKey)!;
    if (ids.has(r.sourceId)) {
      fileRow.duplicateIds++;
      govRow.duplicateIds++;
      total.duplicateIds++;
    } else ids.add(r.sourceId);
    if (!r.government.resolved) unresolved.set(r.governmentRaw || '(blank)', (unresolved.get(r.governmentRaw || '(blank)') ?? 0) + 1);
  }
  for (const rej of inventory.rejected) {
    const row = byFile.get(rej.path);
    if (row) row.rejected++;
    total.rejected++;
  }
  return {
    files: [...byFile.values()].map(finish),
    governments: [...byGov.values()].map(finish).sort((a, b) => b.records - a.records || a.scope.localeCompare(b.scope)),
    total: finish(total),
    unresolvedGovernmentNames: [...unresolved.entries()]
      .map(([name, records]) => ({ name, records }))
      .sort((a, b) => b.records - a.records),
  };
}

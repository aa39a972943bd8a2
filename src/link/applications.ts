import type { Application, CandidatePair } from '../model/analysis.js';
import type { InventoryRecord, Platform, Status } from '../model/inventory.js';
import { fnv1a } from '../util/hash.js';

const STATUS_RANK: Record<Status, number> = { active: 4, development: 3, proposed: 2, unknown: 1, inactive: 0 };
const PLATFORM_ORDER: Platform[] = ['web', 'android', 'ios', 'desktop', 'kiosk'];

/** Stable id of an application: from its first record (by source file and id), so reruns keep ids. */
export function appIdFor(records: readonly InventoryRecord[]): string {
  const first = [...records].sort((a, b) => a.source.localeCompare(b.source) || a.sourceId.localeCompare(b.sourceId))[0]!;
  return `APP-${fnv1a(`${first.source}\u0000${first.sourceId}`)}`;
}

function longest(values: (string | null)[], max = Infinity): string | null {
  let best: string | null = null;
  for (const v of values) if (v && v.length <= max && (!best || v.length > best.length)) best = v;
  return best ?? values.find((v): v is string => Boolean(v)) ?? null;
}

function maxOf(values: (number | null)[]): number | null {
  let m: number | null = null;
  for (const v of values) if (v !== null && (m === null || v > m)) m = v;
  return m;
}

/**
 * The status most records that state one agree on (a list with no status column says nothing, so one
 * blank and one "mati" is dead); a tie goes to the livelier status (an app is retired only on clear evidence).
 */
function agreedStatus(statuses: Status[]): Status {
  const counts = new Map<Status, number>();
  for (const s of statuses) if (s !== 'unknown') counts.set(s, (counts.get(s) ?? 0) + 1);
  if (counts.size === 0) return 'unknown';
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || STATUS_RANK[b[0]] - STATUS_RANK[a[0]])[0]![0];
}

/**
 * The status of an app: where lists of different years name it, the newest list's (a list re-submitted a
 * year later says what became of the app); else the one its records agree on. An undated list gives way
 * only to the newest list of the run (`runNewest`), not to an older dated one. `from`: the newest list's
 * record, when an older list says otherwise.
 */
function appStatus(rs: readonly InventoryRecord[], runNewest: number | null): { status: Status; from: InventoryRecord | null } {
  const majority = agreedStatus(rs.map((r) => r.status));
  const years = new Set<number>();
  for (const r of rs) if (r.asOf !== undefined) years.add(r.asOf);
  if (years.size === 0) return { status: majority, from: null };
  const newest = Math.max(...years);
  const undated = rs.some((r) => r.asOf === undefined);
  if (years.size < 2 && !(undated && newest === runNewest)) return { status: majority, from: null };
  const latest = rs.filter((r) => r.asOf === newest && r.status !== 'unknown');
  if (latest.length === 0) return { status: majority, from: null };
  const status = agreedStatus(latest.map((r) => r.status));
  const contradicted = rs.some((r) => r.asOf !== newest && r.status !== 'unknown' && r.status !== status);
  return { status, from: contradicted ? latest.find((r) => r.status === status)! : null };
}

export function buildApplications(records: readonly InventoryRecord[], appOfRecord: Int32Array, appCount: number, pairs: readonly CandidatePair[]): Application[] {
  const members: number[][] = Array.from({ length: appCount }, () => []);
  appOfRecord.forEach((app, i) => members[app]!.push(i));
  const linkScores: number[][] = Array.from({ length: appCount }, () => []);
  for (const p of pairs) if (p.linked && appOfRecord[p.a] === appOfRecord[p.b]) linkScores[appOfRecord[p.a]!]!.push(p.score);
  let runNewest: number | null = null;
  for (const r of records) if (r.asOf !== undefined && (runNewest === null || r.asOf > runNewest)) runNewest = r.asOf;
  return members.map((idx, app): Application => {
    const rs = idx.map((i) => records[i]!);
    const scores = linkScores[app]!;
    const names = [...new Set(rs.map((r) => r.name))];
    const { status, from } = appStatus(rs, runNewest);
    return {
      appId: appIdFor(rs),
      records: idx,
      name: longest(names, 90)!,
      names,
      government: rs[0]!.government,
      unit: longest(rs.map((r) => r.unit)),
      description: longest(rs.map((r) => r.description)),
      url: rs.find((r) => r.url)?.url ?? null,
      urlHost: rs.find((r) => r.urlHost)?.urlHost ?? null,
      platforms: PLATFORM_ORDER.filter((p) => rs.some((r) => r.platforms.includes(p))),
      dataElements: [...new Set(rs.flatMap((r) => r.dataElements))],
      status,
      ...(from ? { statusFrom: { source: from.source, year: from.asOf!, raw: from.statusRaw ?? from.status } } : {}),
      year: maxOf(rs.map((r) => r.year)),
      annualCost: maxOf(rs.map((r) => r.annualCost)),
      monthlyUsers: maxOf(rs.map((r) => r.monthlyUsers)),
      markedShared: rs.some((r) => r.kind === 'umum'),
      platformId: null,
      linkConfidence: rs.length === 1 ? 1 : linkConfidence(scores),
    };
  });
}

/** Weakest link of the application mapped to 0..1 (score 6 ≈ 0.6, 12+ ≈ 0.95). */
function linkConfidence(scores: number[]): number {
  if (scores.length === 0) return 0.5;
  const weakest = Math.min(...scores);
  return Math.round((1 / (1 + Math.exp(-(weakest - 4) / 3))) * 100) / 100;
}

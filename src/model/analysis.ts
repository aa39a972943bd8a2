import type { Government, InventoryRecord, Platform, Status } from './inventory.js';

export const ECOSYSTEMS = ['electronic', 'direct', 'mobile', 'self', 'internal'] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];
/**
 * Ecosystems whose words in an app's name outweigh its function's usual ecosystem: officers who travel
 * ("keliling") and unattended machines ("anjungan") are a channel of their own; "online" is every app's word.
 */
export const CHANNEL_ECOSYSTEMS: ReadonlySet<Ecosystem> = new Set<Ecosystem>(['mobile', 'self']);

export const ACTIONS = ['retire', 'migrate', 'merge', 'retain'] as const;
export type Action = (typeof ACTIONS)[number];

/** One signal's contribution to a pair score (a bar of the Splink-style waterfall). */
export interface SignalScore {
  signal: string;
  /** Comparison level, e.g. `exact`, `close`, `far`, `missing`. */
  level: string;
  /** log2(m/u)-style weight added to the pair score. */
  weight: number;
}

export interface CandidatePair {
  a: number;
  b: number;
  /** Blocking rules that produced the pair. */
  rules: string[];
  score: number;
  /** Per-signal evidence; empty for clear non-matches (score far below the threshold). */
  signals: readonly SignalScore[];
  linked: boolean;
  /** Set when an analyst decision forced the outcome. */
  human?: 'same' | 'different';
}

/** A real application: one or more records linked together. */
export interface Application {
  appId: string;
  records: number[];
  name: string;
  names: string[];
  government: Government;
  unit: string | null;
  description: string | null;
  url: string | null;
  urlHost: string | null;
  platforms: Platform[];
  dataElements: string[];
  status: Status;
  /** Where the newest of lists of different years gave the status and an older list says otherwise. */
  statusFrom?: { source: string; year: number; raw: string };
  year: number | null;
  annualCost: number | null;
  monthlyUsers: number | null;
  /** Marked `Aplikasi Umum` in a registry. */
  markedShared: boolean;
  /** Id of the national platform this application *is*, when it is one. */
  platformId: string | null;
  linkConfidence: number;
}

export interface FunctionAssignment {
  clusterId: string;
  /** Taxonomy function id, or a generated id for a discovered cluster. */
  function: string;
  confidence: number;
  reasons: string[];
  human?: boolean;
}

export interface EcosystemAssignment {
  ecosystem: Ecosystem;
  confidence: number;
  reasons: string[];
  human?: boolean;
}

export interface Decision {
  action: Action;
  /** Platform name (migrate), survivor app id (merge), empty otherwise. */
  target: string;
  confidence: number;
  reasons: string[];
  /** 1 retire, 2 migrate, 3 merge, 4 shared-platform candidate, null when nothing to do. */
  wave: 1 | 2 | 3 | 4 | null;
  human?: boolean;
}

export interface FunctionCluster {
  id: string;
  function: string;
  /** The taxonomy's label of the function, or the words of a discovered cluster (Indonesian / English). */
  label: string;
  labelEn: string;
  origin: 'taxonomy' | 'discovered';
  ecosystem: Ecosystem;
  platformId: string | null;
  appIds: string[];
  governments: number;
  /** Most characteristic terms, for discovered clusters and for explanation. */
  terms: string[];
}

/** A cluster's label in both languages, as `say.label` / `t.pick` take it. */
export function clusterLabel(cluster: Pick<FunctionCluster, 'label' | 'labelEn'>): { id: string; en: string } {
  return { id: cluster.label, en: cluster.labelEn };
}

/** An application that holds master data owned by someone else. */
export interface DataOverlap {
  appId: string;
  domain: string;
  owner: string;
  elements: string[];
}

export interface AnalyzedApplication extends Application {
  fn: FunctionAssignment;
  eco: EcosystemAssignment;
  decision: Decision;
  masterData: DataOverlap[];
}

export interface Analysis {
  records: InventoryRecord[];
  applications: AnalyzedApplication[];
  /** Application index for each record index. */
  appOfRecord: number[];
  clusters: FunctionCluster[];
  pairs: CandidatePair[];
  /** Compact clustering model (centroid terms and idf) saved for `check`. */
  functionModel: import('../cluster/saved-model.js').SavedFunctionModel;
  /** Things the analyst should know (e.g. decisions naming records this run does not have). */
  warnings: string[];
  stats: AnalysisStats;
}

export interface AnalysisStats {
  records: number;
  applications: number;
  candidatePairs: number;
  linkedPairs: number;
  blockingRules: Record<string, number>;
  /** Link weights learned from this run's candidate pairs (signal/level → log2(m/u)), when training ran. */
  linkWeights: Record<string, number> | null;
  /** Whether the learned or the hand-set weights decided the links, and EM's match share round by round. */
  linkTraining: { weights: string; matchShare: number[] };
  /** Apps joined into a national platform's app: other governments' listings of it at its address. */
  platformListingsJoined: number;
  clusters: number;
  discoveredClusters: number;
  timingsMs: Record<string, number>;
}

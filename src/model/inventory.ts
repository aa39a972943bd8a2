/** Canonical fields a registry column can map to. */
export const CANONICAL_FIELDS = [
  'id',
  'name',
  'government',
  'unit',
  'description',
  'url',
  'platforms',
  'dataElements',
  'status',
  'year',
  'annualCost',
  'monthlyUsers',
  'category',
  'kind',
] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/** One data row as read from a registry, its columns already mapped to canonical fields. */
export interface RawRecord {
  /** File base name, e.g. `inventaris_daerah.csv`. */
  source: string;
  /** Path as given by the user. */
  path: string;
  /** The workbook sheet it is on, when a workbook's registry spans several sheets. */
  sheet?: string;
  /** Line (CSV), element index (JSON) or sheet row (XLSX) where the row starts, 1-based. */
  line: number;
  /** 1-based data row number within the file. */
  rowNumber: number;
  fields: Partial<Record<CanonicalField, string>>;
  /** Columns that map to no canonical field, kept verbatim. */
  extra: Record<string, string>;
  /** Rupiah per unit of a bare number in the cost column, as its header states (`Pagu (Rp ribu)`: 1,000). */
  costUnit?: number;
}

export interface RejectedRow {
  source: string;
  path: string;
  /** As in RawRecord. */
  sheet?: string;
  line: number;
  field: string;
  /** Why, as a message of data/messages.yaml: rejected.csv and the terminal show it in their language. */
  reason: MessageRef;
}

export type Status = 'active' | 'inactive' | 'development' | 'proposed' | 'unknown';
export type Platform = 'web' | 'android' | 'ios' | 'desktop' | 'kiosk';
export type GovernmentLevel = 'pusat' | 'provinsi' | 'kabupaten' | 'kota' | 'unknown';
export type AppKind = 'umum' | 'khusus';

export interface Government {
  /** Official code (`35.10`) or `00.<abbreviation>` for central bodies; the normalised raw text when unresolved. */
  code: string;
  name: string;
  level: GovernmentLevel;
  resolved: boolean;
  /** Unresolved only: the governments of that name ("Bogor": the city and the regency) when the text could be either. */
  namesakes?: Government[];
  /** The namesakes are the governments a short form ("Kota Smg") could stand for. */
  shortForm?: boolean;
}

/** A registry row after normalisation: the unit every later stage works on. */
export interface InventoryRecord {
  /** Dense 0-based index over all records of a run. */
  index: number;
  source: string;
  sourceId: string;
  /** As in RawRecord. */
  sheet?: string;
  line: number;
  name: string;
  governmentRaw: string;
  government: Government;
  unit: string | null;
  description: string | null;
  /** Scheme-less, lower-case host + path, without `www.` and trailing slash. */
  url: string | null;
  urlHost: string | null;
  platforms: Platform[];
  /** Canonical data element ids (`nik`), unknown elements kept as written. */
  dataElements: string[];
  status: Status;
  statusRaw: string | null;
  year: number | null;
  annualCost: number | null;
  monthlyUsers: number | null;
  category: string | null;
  kind: AppKind | null;
  extra: Record<string, string>;
  /** The year its list describes, where the registries read are lists of different years (`listYear`). */
  asOf?: number;
}

export interface FileSummary {
  source: string;
  path: string;
  format: 'csv' | 'json' | 'xlsx';
  encoding: string;
  delimiter?: string;
  /** The workbook sheets read as the registry, in order, when it spans several. */
  sheets?: string[];
  rowsRead: number;
  accepted: number;
  rejected: number;
  mapping: Partial<Record<CanonicalField, string>>;
  unmapped: string[];
  /** What the tool noticed in reading the file (encoding, sheet, header row). */
  notes: FileNote[];
  /** What the tool assumed where the file says nothing (a column read by its values, no name or government column). */
  assumptions: FileNote[];
}

/**
 * A message of data/messages.yaml with its values, kept as data so each reader (terminal, report,
 * plan.json, rejected.csv) shows it in its own language.
 */
export interface MessageRef {
  key: string;
  vars?: Record<string, string | number>;
  /** Placeholders filled with other messages, by key (what a column holds, "line" or "row"). */
  parts?: Record<string, string>;
}

/** Something the tool noticed or assumed in reading a file. */
export type FileNote = MessageRef;

export interface Inventory {
  records: InventoryRecord[];
  rejected: RejectedRow[];
  files: FileSummary[];
}

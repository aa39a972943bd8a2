/**
 * A small hand-built Analysis and Knowledge with known answers, for the report and view tests.
 *
 * Governments: Kabupaten Banyuwangi (35.10), Kota Bandung (32.73), Kabupaten Bandung (32.04),
 * Provinsi Jawa Timur (35), Kementerian Investasi/BKPM (00.BKPM, owner of OSS RBA).
 *
 * | app | government  | function      | eco        | action  | wave | cost (Rp) | notes                                   |
 * |-----|-------------|---------------|------------|---------|------|-----------|-----------------------------------------|
 * | A1  | Banyuwangi  | kepegawaian   | internal   | migrate | 2    | 100 juta  | civil-servant master data, effort 5     |
 * | A2  | Banyuwangi  | retribusi     | electronic | retain  | 4    | 50 juta   | survivor of A3                          |
 * | A3  | Banyuwangi  | retribusi     | electronic | merge   | 3    | 20 juta   | → A2                                    |
 * | A4  | Banyuwangi  | antrean       | direct     | retain  | –    | –         |                                         |
 * | A5  | Banyuwangi  | retribusi     | electronic | retire  | 1    | 10 juta   | inactive                                |
 * | A6  | Kota Bandung| retribusi     | electronic | retain  | 4    | 80 juta   | population master data, effort 5        |
 * | A7  | Kab. Bandung| retribusi     | electronic | retain  | 4    | –         |                                         |
 * | A8  | Jawa Timur  | perizinan     | electronic | migrate | 2    | 200 juta  | 2 records linked; population; effort 6  |
 * | A9  | Kota Bandung| antrean       | direct     | retire  | 1    | –         | name is a <script> tag                  |
 * | A10 | Kab. Bandung| antrean       | self       | retire  | 1    | 5 juta    | name and URL are spreadsheet formulas   |
 * | A11 | BKPM        | perizinan     | electronic | retain  | –    | –         | is the platform OSS RBA                 |
 * | A12 | Jawa Timur  | pantau_banjir | electronic | retain  | –    | 30 juta   | discovered cluster                      |
 */
import { CitizenNeedsSchema, DataElementsSchema, PlatformsSchema, TaxonomySchema, type Knowledge } from '../../src/knowledge/taxonomy.js';
import type { Analysis, AnalyzedApplication, CandidatePair, FunctionCluster } from '../../src/model/analysis.js';
import type { Government, InventoryRecord } from '../../src/model/inventory.js';

export const SCRIPT_NAME = '<script>alert(1)</script>';
export const FORMULA_NAME = '=HYPERLINK("http://evil.example","click")';
export const FORMULA_URL = "=cmd|' /C calc'!A0";

const gov = (code: string, name: string, level: Government['level']): Government => ({ code, name, level, resolved: true });
export const GOV = {
  banyuwangi: gov('35.10', 'Kabupaten Banyuwangi', 'kabupaten'),
  kotaBandung: gov('32.73', 'Kota Bandung', 'kota'),
  kabBandung: gov('32.04', 'Kabupaten Bandung', 'kabupaten'),
  jatim: gov('35', 'Provinsi Jawa Timur', 'provinsi'),
  bkpm: gov('00.BKPM', 'Kementerian Investasi/BKPM', 'pusat'),
};

export function fixtureKnowledge(): Knowledge {
  const functions = TaxonomySchema.parse({
    functions: [
      { id: 'kepegawaian', label: { id: 'Kepegawaian', en: 'Civil-servant records' }, ecosystem: 'internal', platform: 'siasn', keywords: ['kepegawaian'] },
      { id: 'perizinan', label: { id: 'Perizinan berusaha', en: 'Business licensing' }, ecosystem: 'electronic', platform: 'oss_rba', need: 'usaha', keywords: ['izin'] },
      { id: 'antrean', label: { id: 'Antrean pasien', en: 'Patient queue' }, ecosystem: 'direct', need: 'kesehatan', keywords: ['antrean'] },
      { id: 'retribusi', label: { id: 'Retribusi daerah', en: 'Local charges' }, ecosystem: 'electronic', need: 'pajak_retribusi', keywords: ['retribusi'] },
    ],
  }).functions;
  const platforms = PlatformsSchema.parse({
    platforms: [
      { id: 'siasn', name: 'SIASN', owner: 'Badan Kepegawaian Negara (BKN)', ownerCode: '00.BKN', functions: ['kepegawaian'], url: 'https://siasn-instansi.bkn.go.id', description: { id: 'x', en: 'x' } },
      { id: 'oss_rba', name: 'OSS RBA', owner: 'Kementerian Investasi/BKPM', ownerCode: '00.BKPM', functions: ['perizinan'], url: 'https://oss.go.id', description: { id: 'x', en: 'x' } },
    ],
  }).platforms;
  const data = DataElementsSchema.parse({
    elements: [
      { id: 'nik', label: { id: 'NIK', en: 'Identity number (NIK)' }, synonyms: ['nik'], domain: 'population' },
      { id: 'kk', label: { id: 'Nomor KK', en: 'Family card number' }, synonyms: ['kk'], domain: 'population' },
      { id: 'address', label: { id: 'Alamat', en: 'Address' }, synonyms: ['alamat'], domain: 'population' },
      { id: 'nip', label: { id: 'NIP', en: 'Civil-servant number (NIP)' }, synonyms: ['nip'], domain: 'civil_servant' },
      { id: 'golongan', label: { id: 'Golongan', en: 'Grade' }, synonyms: ['golongan'], domain: 'civil_servant' },
      { id: 'jabatan', label: { id: 'Jabatan', en: 'Position' }, synonyms: ['jabatan'], domain: 'civil_servant' },
    ],
    masterData: [
      { id: 'population', label: { id: 'Data Kependudukan', en: 'Population' }, owner: 'Ditjen Dukcapil Kemendagri', platform: null, keyElements: ['nik', 'kk'], minElements: 3 },
      { id: 'civil_servant', label: { id: 'Data ASN', en: 'Civil servants' }, owner: 'Badan Kepegawaian Negara (BKN)', platform: 'siasn', keyElements: ['nip'], minElements: 3 },
    ],
  });
  const needs = CitizenNeedsSchema.parse({
    needs: [
      { id: 'usaha', label: { id: 'Memulai dan Menjalankan Usaha', en: 'Starting and running a business' }, description: { id: 'Izin usaha.', en: 'Business licences.' } },
      { id: 'kesehatan', label: { id: 'Kesehatan', en: 'Health' }, description: { id: 'Berobat.', en: 'Seeing a doctor.' } },
      { id: 'pajak_retribusi', label: { id: 'Pajak Daerah dan Retribusi', en: 'Paying local taxes and charges' }, description: { id: 'Bayar.', en: 'Pay.' } },
    ],
  }).needs;
  return {
    functions,
    platforms,
    elements: data.elements,
    masterData: data.masterData,
    needs,
    cues: { cues: [{ ecosystem: 'direct', words: ['loket'], reason: { id: 'loket', en: 'counter' } }], platformEcosystem: {} },
    functionById: new Map(functions.map((f) => [f.id, f])),
    platformById: new Map(platforms.map((p) => [p.id, p])),
  };
}

interface AppSpec {
  id: string;
  name: string;
  government: Government;
  fn: string;
  cluster: string;
  eco: AnalyzedApplication['eco']['ecosystem'];
  action: AnalyzedApplication['decision']['action'];
  wave: AnalyzedApplication['decision']['wave'];
  target?: string;
  cost?: number;
  users?: number;
  url?: string;
  elements?: string[];
  masterData?: { domain: string; owner: string }[];
  records: { source: string; sourceId: string; name?: string }[];
  platformId?: string;
  status?: AnalyzedApplication['status'];
}

const SPECS: AppSpec[] = [
  { id: 'A1', name: 'SIMPEG Banyuwangi', government: GOV.banyuwangi, fn: 'kepegawaian', cluster: 'C-kepegawaian', eco: 'internal', action: 'migrate', wave: 2, target: 'SIASN', cost: 100_000_000, url: 'simpeg.banyuwangikab.go.id', elements: ['nip', 'golongan', 'jabatan'], masterData: [{ domain: 'civil_servant', owner: 'Badan Kepegawaian Negara (BKN)' }], records: [{ source: 'inventaris_daerah.csv', sourceId: '1' }] },
  { id: 'A2', name: 'E-Retribusi', government: GOV.banyuwangi, fn: 'retribusi', cluster: 'C-retribusi', eco: 'electronic', action: 'retain', wave: 4, cost: 50_000_000, users: 1000, url: 'retribusi.banyuwangikab.go.id', records: [{ source: 'inventaris_daerah.csv', sourceId: '2' }] },
  { id: 'A3', name: 'SiRetri', government: GOV.banyuwangi, fn: 'retribusi', cluster: 'C-retribusi', eco: 'electronic', action: 'merge', wave: 3, target: 'A2', cost: 20_000_000, users: 50, url: 'siretri.banyuwangikab.go.id', records: [{ source: 'inventaris_daerah.csv', sourceId: '3' }] },
  { id: 'A4', name: 'Antrean Puskesmas', government: GOV.banyuwangi, fn: 'antrean', cluster: 'C-antrean', eco: 'direct', action: 'retain', wave: null, records: [{ source: 'inventaris_daerah.csv', sourceId: '4' }] },
  { id: 'A5', name: 'SIPADU Lama', government: GOV.banyuwangi, fn: 'retribusi', cluster: 'C-retribusi', eco: 'electronic', action: 'retire', wave: 1, cost: 10_000_000, url: 'sipadu.banyuwangikab.go.id', status: 'inactive', records: [{ source: 'inventaris_daerah.csv', sourceId: '5' }] },
  { id: 'A6', name: 'Retribusi Online Bandung', government: GOV.kotaBandung, fn: 'retribusi', cluster: 'C-retribusi', eco: 'electronic', action: 'retain', wave: 4, cost: 80_000_000, users: 5000, elements: ['nik', 'kk', 'address'], masterData: [{ domain: 'population', owner: 'Ditjen Dukcapil Kemendagri' }], records: [{ source: 'inventaris_daerah.csv', sourceId: '6' }] },
  { id: 'A7', name: 'e-Retribusi Kab Bandung', government: GOV.kabBandung, fn: 'retribusi', cluster: 'C-retribusi', eco: 'electronic', action: 'retain', wave: 4, records: [{ source: 'inventaris_daerah.csv', sourceId: '7' }] },
  { id: 'A8', name: 'SiCantik Jatim', government: GOV.jatim, fn: 'perizinan', cluster: 'C-perizinan', eco: 'electronic', action: 'migrate', wave: 2, target: 'OSS RBA', cost: 200_000_000, url: 'perizinan.jatimprov.go.id', elements: ['nik', 'kk', 'address'], masterData: [{ domain: 'population', owner: 'Ditjen Dukcapil Kemendagri' }], records: [{ source: 'inventaris_daerah.csv', sourceId: '8', name: 'SICANTIK' }, { source: 'katalog_spbe.json', sourceId: 'K-8', name: 'SiCantik Cloud Jawa Timur' }] },
  { id: 'A9', name: SCRIPT_NAME, government: GOV.kotaBandung, fn: 'antrean', cluster: 'C-antrean', eco: 'direct', action: 'retire', wave: 1, url: 'antrean.bandung.go.id/<b>x</b>', status: 'inactive', records: [{ source: 'inventaris_daerah.csv', sourceId: '9' }] },
  { id: 'A10', name: FORMULA_NAME, government: GOV.kabBandung, fn: 'antrean', cluster: 'C-antrean', eco: 'self', action: 'retire', wave: 1, cost: 5_000_000, url: FORMULA_URL, status: 'inactive', records: [{ source: 'inventaris_daerah.csv', sourceId: '10' }] },
  { id: 'A11', name: 'OSS RBA', government: GOV.bkpm, fn: 'perizinan', cluster: 'C-perizinan', eco: 'electronic', action: 'retain', wave: null, url: 'oss.go.id', platformId: 'oss_rba', records: [{ source: 'katalog_spbe.json', sourceId: 'K-11' }] },
  { id: 'A12', name: 'Pantau Banjir', government: GOV.jatim, fn: 'pantau_banjir', cluster: 'D-1', eco: 'electronic', action: 'retain', wave: null, cost: 30_000_000, records: [{ source: 'survei_kementerian.csv', sourceId: 'S-12' }] },
];

function record(index: number, spec: AppSpec, r: AppSpec['records'][number]): InventoryRecord {
  return {
    index,
    source: r.source,
    sourceId: r.sourceId,
    line: index + 2,
    name: r.name ?? spec.name,
    governmentRaw: spec.government.name,
    government: spec.government,
    unit: null,
    description: null,
    url: spec.url ?? null,
    urlHost: spec.url ? spec.url.split('/')[0]! : null,
    platforms: ['web'],
    dataElements: spec.elements ?? [],
    status: spec.status ?? 'active',
    statusRaw: null,
    year: 2020,
    annualCost: spec.cost ?? null,
    monthlyUsers: spec.users ?? null,
    category: null,
    kind: null,
    extra: {},
  };
}

export function fixtureAnalysis(): Analysis {
  const records: InventoryRecord[] = [];
  const appOfRecord: number[] = [];
  const applications: AnalyzedApplication[] = SPECS.map((s, ai) => {
    const indices = s.records.map((r) => {
      const rec = record(records.length, s, r);
      records.push(rec);
      appOfRecord.push(ai);
      return rec.index;
    });
    return {
      appId: s.id,
      records: indices,
      name: s.name,
      names: [...new Set(s.records.map((r) => r.name ?? s.name))],
      government: s.government,
      unit: null,
      description: null,
      url: s.url ?? null,
      urlHost: s.url ? s.url.split('/')[0]! : null,
      platforms: ['web'],
      dataElements: s.elements ?? [],
      status: s.status ?? 'active',
      year: 2020,
      annualCost: s.cost ?? null,
      monthlyUsers: s.users ?? null,
      markedShared: Boolean(s.platformId),
      platformId: s.platformId ?? null,
      linkConfidence: s.records.length > 1 ? 0.97 : 1,
      fn: { clusterId: s.cluster, function: s.fn, confidence: 0.9, reasons: [`keyword "${s.fn}" in the name`] },
      eco: { ecosystem: s.eco, confidence: 0.8, reasons: ['online form'] },
      decision: { action: s.action, target: s.target ?? '', confidence: 0.9, reasons: [`fixture decision ${s.action}`], wave: s.wave },
      masterData: (s.masterData ?? []).map((m) => ({ appId: s.id, domain: m.domain, owner: m.owner, elements: s.elements ?? [] })),
    };
  });
  const cluster = (id: string, fn: string, label: string, labelEn: string, eco: FunctionCluster['ecosystem'], platformId: string | null, governments: number, origin: FunctionCluster['origin'] = 'taxonomy'): FunctionCluster => ({
    id,
    function: fn,
    label,
    labelEn,
    origin,
    ecosystem: eco,
    platformId,
    appIds: applications.filter((a) => a.fn.clusterId === id).map((a) => a.appId),
    governments,
    terms: [fn],
  });
  const clusters = [
    cluster('C-kepegawaian', 'kepegawaian', 'Kepegawaian', 'Civil-servant records', 'internal', 'siasn', 1),
    cluster('C-retribusi', 'retribusi', 'Retribusi daerah', 'Local charges', 'electronic', null, 3),
    cluster('C-antrean', 'antrean', 'Antrean pasien', 'Patient queue', 'direct', null, 3),
    cluster('C-perizinan', 'perizinan', 'Perizinan berusaha', 'Business licensing', 'electronic', 'oss_rba', 2),
    cluster('D-1', 'pantau_banjir', 'Pantau banjir', 'Flood monitoring', 'electronic', null, 1, 'discovered'),
  ];
  const pairs: CandidatePair[] = [
    {
      a: 7,
      b: 8,
      rules: ['same-host', 'name-tokens'],
      score: 12.3,
      signals: [
        { signal: 'name', level: 'close', weight: 4.2 },
        { signal: 'url', level: 'exact', weight: 6.1 },
        { signal: 'government', level: 'exact', weight: 2 },
      ],
      linked: true,
    },
    { a: 1, b: 2, rules: ['name-tokens'], score: -3, signals: [{ signal: 'name', level: 'far', weight: -3 }], linked: false },
  ];
  return {
    records,
    applications,
    appOfRecord,
    warnings: [],
    functionModel: { terms: [], centroids: {} },
    clusters,
    pairs,
    stats: {
      records: records.length,
      applications: applications.length,
      candidatePairs: pairs.length,
      linkedPairs: 1,
      blockingRules: { 'same-host': 1, 'name-tokens': 2 },
      linkTraining: { weights: 'hand-set: too few candidate pairs', matchShare: [] },
      platformListingsJoined: 0,
      linkWeights: null,
      clusters: clusters.length,
      discoveredClusters: 1,
      timingsMs: {},
    },
  };
}

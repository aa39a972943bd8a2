import { describe, expect, it } from 'vitest';
import {
  dataExchange,
  effortPoints,
  governmentSummaries,
  nationalSummary,
  oneDoorCatalogue,
  rankClusters,
  redirectMap,
  resolveGovernment,
  scopeToGovernment,
  sharedPlatformCandidates,
  waves,
} from '../../src/plan/views.js';
import { InputError } from '../../src/util/errors.js';
import { FORMULA_URL, fixtureAnalysis, fixtureKnowledge } from './fixture.js';

const analysis = fixtureAnalysis();
const knowledge = fixtureKnowledge();

describe('national summary', () => {
  const s = nationalSummary(analysis);

  it('counts records, apps, governments, clusters', () => {
    expect(s).toMatchObject({ code: 'national', records: 13, applications: 12, governments: 5, clusters: 5 });
  });

  it('counts actions and ecosystems', () => {
    expect(s.actions).toEqual({ retire: 3, migrate: 2, merge: 1, retain: 6 });
    expect(s.ecosystems).toEqual({ electronic: 8, direct: 2, mobile: 0, self: 1, internal: 1 });
  });

  it('counts citizen-facing apps today and after the plan', () => {
    expect(s.citizenFacing).toEqual({
      direct: { apps: 2, afterPlan: 1 },
      mobile: { apps: 0, afterPlan: 0 },
      self: { apps: 1, afterPlan: 0 },
      electronic: { apps: 8, afterPlan: 5 },
    });
  });

  it('sums the cost each action frees and counts apps without a cost', () => {
    expect(s.savings).toEqual({
      retire: { apps: 3, annualCost: 15_000_000, appsWithoutCost: 1 },
      merge: { apps: 1, annualCost: 20_000_000, appsWithoutCost: 0 },
      migrate: { apps: 2, annualCost: 300_000_000, appsWithoutCost: 0 },
    });
    expect(s.totalCost).toEqual({ apps: 12, annualCost: 495_000_000, appsWithoutCost: 4 });
  });
});

describe('government summaries', () => {
  it('gives one summary per government, most apps first', () => {
    const list = governmentSummaries(analysis);
    expect(list.map((g) => [g.name, g.applications])).toEqual([
      ['Kabupaten Banyuwangi', 5],
      ['Kabupaten Bandung', 2],
      ['Kota Bandung', 2],
      ['Provinsi Jawa Timur', 2],
      ['Kementerian Investasi/BKPM', 1],
    ]);
    const banyuwangi = list[0]!;
    expect(banyuwangi.actions).toEqual({ retire: 1, migrate: 1, merge: 1, retain: 2 });
    expect(banyuwangi.savings.merge.annualCost).toBe(20_000_000);
    const jatim = list.find((g) => g.code === '35')!;
    expect(jatim.records).toBe(3);
  });
});

describe('waves', () => {
  const list = waves(analysis);

  it('defines effort as data elements + 2 per master-data copy + extra records', () => {
    const app = (id: string) => analysis.applications.find((a) => a.appId === id)!;
    expect(effortPoints(app('A1'))).toBe(5);
    expect(effortPoints(app('A8'))).toBe(6);
    expect(effortPoints(app('A2'))).toBe(0);
  });

  it('orders each wave by effort level, then biggest saving', () => {
    expect(list.map((w) => w.apps.map((a) => a.appId))).toEqual([
      ['A5', 'A10', 'A9'],
      ['A8', 'A1'],
      ['A3'],
      ['A2', 'A7', 'A6'],
    ]);
  });

  it('totals cost and effort levels per wave', () => {
    expect(list[0]!.cost).toEqual({ apps: 3, annualCost: 15_000_000, appsWithoutCost: 1 });
    expect(list[1]!.cost.annualCost).toBe(300_000_000);
    expect(list[1]!.effort).toEqual({ low: 0, medium: 2, high: 0 });
    expect(list[3]!.cost).toEqual({ apps: 3, annualCost: 130_000_000, appsWithoutCost: 1 });
  });
});

describe('shared-platform candidates', () => {
  it('ranks functions with no platform that several governments built, by governments × apps × cost', () => {
    const list = sharedPlatformCandidates(analysis, knowledge);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      clusterId: 'C-retribusi',
      label: { id: 'Retribusi daerah', en: 'Local charges' },
      governments: 3,
      apps: 4,
      cost: { apps: 4, annualCost: 150_000_000, appsWithoutCost: 1 },
      score: 3 * 4 * 150,
    });
    expect(list[0]!.topGovernments[0]).toEqual({ name: 'Kabupaten Banyuwangi', apps: 2 });
  });

  it('keeps a wave-4 function as a candidate inside one government, scored by its national spread', () => {
    const list = sharedPlatformCandidates(scopeToGovernment(analysis, 'Banyuwangi'), knowledge);
    expect(list.map((c) => [c.clusterId, c.governments, c.clusterGovernments, c.apps, c.score])).toEqual([['C-retribusi', 1, 3, 2, 3 * 2 * 70]]);
  });
});

describe('data exchange', () => {
  it('groups apps re-collecting master data by domain, with the owner to read from', () => {
    const list = dataExchange(analysis, knowledge);
    expect(list.map((d) => [d.domain, d.apps.map((a) => a.appId).sort(), d.owner, d.platform?.name ?? null])).toEqual([
      ['population', ['A6', 'A8'], 'Ditjen Dukcapil Kemendagri', null],
      ['civil_servant', ['A1'], 'Badan Kepegawaian Negara (BKN)', 'SIASN'],
    ]);
    expect(list[0]!.governments).toBe(2);
    expect(list[0]!.elements.map((e) => [e.id, e.apps])).toEqual([
      ['address', 2],
      ['kk', 2],
      ['nik', 2],
    ]);
  });
});

describe('one-door catalogue', () => {
  const catalogue = oneDoorCatalogue(analysis, knowledge);

  it('groups live citizen-facing services by need, in knowledge order, discovered ones under other', () => {
    expect(catalogue.map((n) => [n.need, n.apps])).toEqual([
      ['usaha', 2],
      ['kesehatan', 1],
      ['pajak_retribusi', 4],
      ['other', 1],
    ]);
  });

  it('names the national platform of a function, or counts the local apps serving it', () => {
    const usaha = catalogue[0]!.functions[0]!;
    expect(usaha).toMatchObject({ function: 'perizinan', platform: { name: 'OSS RBA', url: 'https://oss.go.id' }, apps: 1, governments: 1, examples: [] });
    const charges = catalogue[2]!.functions[0]!;
    expect(charges).toMatchObject({ function: 'retribusi', platform: null, apps: 4, governments: 3, ecosystems: { electronic: 4 } });
    expect(charges.examples).toEqual(['Retribusi Online Bandung', 'E-Retribusi', 'SiRetri']);
    expect(catalogue[3]!.functions[0]!.label).toEqual({ id: 'Pantau banjir', en: 'Flood monitoring' });
  });
});

describe('redirect map', () => {
  it('sends old URLs to the platform, the survivor or an archive note', () => {
    const map = redirectMap(analysis, knowledge);
    const byApp = Object.fromEntries(map.map((r) => [r.appId, [r.oldUrl, r.newHome, r.homeKind]]));
    expect(byApp).toEqual({
      A1: ['simpeg.banyuwangikab.go.id', 'https://siasn-instansi.bkn.go.id', 'platform'],
      A3: ['siretri.banyuwangikab.go.id', 'retribusi.banyuwangikab.go.id', 'survivor'],
      A5: ['sipadu.banyuwangikab.go.id', '', 'archive'],
      A8: ['perizinan.jatimprov.go.id', 'https://oss.go.id', 'platform'],
      A9: ['antrean.bandung.go.id/<b>x</b>', '', 'archive'],
      A10: [FORMULA_URL, '', 'archive'],
    });
  });
});

describe('cluster ranking', () => {
  it('ranks clusters by live local apps', () => {
    expect(rankClusters(analysis, knowledge).map((r) => [r.cluster.id, r.liveApps, r.actions.merge])).toEqual([
      ['C-retribusi', 4, 1],
      ['C-antrean', 1, 0],
      ['C-kepegawaian', 1, 0],
      ['C-perizinan', 1, 0],
      ['D-1', 1, 0],
    ]);
  });
});

describe('scopeToGovernment', () => {
  it('matches a partial name, ignoring case and level words', () => {
    for (const q of ['Banyuwangi', 'banyuwangi', 'Kab. Banyuwangi', 'PEMKAB BANYUWANGI', '35.10', 'kabupaten-banyuwangi']) {
      expect(scopeToGovernment(analysis, q).applications.map((a) => a.appId)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5']);
    }
    expect(scopeToGovernment(analysis, 'Kota Bandung').applications.map((a) => a.appId)).toEqual(['A6', 'A9']);
    expect(scopeToGovernment(analysis, 'kab bandung').applications.map((a) => a.appId)).toEqual(['A7', 'A10']);
    expect(scopeToGovernment(analysis, 'jawa timur').applications.map((a) => a.appId)).toEqual(['A8', 'A12']);
  });

  it('resolves the government a name means', () => {
    expect(resolveGovernment(analysis, 'pemkot bandung')).toEqual({ code: '32.73', name: 'Kota Bandung', level: 'kota' });
  });

  it('re-indexes records and keeps pairs and clusters consistent', () => {
    const s = scopeToGovernment(analysis, 'Jawa Timur');
    expect(s.records.map((r) => [r.index, r.sourceId])).toEqual([
      [0, '8'],
      [1, 'K-8'],
      [2, 'S-12'],
    ]);
    expect(s.appOfRecord).toEqual([0, 0, 1]);
    expect(s.applications[0]!.records).toEqual([0, 1]);
    expect(s.pairs).toHaveLength(1);
    expect(s.pairs[0]).toMatchObject({ a: 0, b: 1, linked: true });
    expect(s.clusters.map((c) => [c.id, c.appIds])).toEqual([
      ['C-perizinan', ['A8']],
      ['D-1', ['A12']],
    ]);
    expect(s.stats).toMatchObject({ records: 3, applications: 2, linkedPairs: 1, clusters: 2 });
  });

  it('rejects an ambiguous or unknown name, listing close names', () => {
    expect(() => scopeToGovernment(analysis, 'Bandung')).toThrow(InputError);
    expect(() => scopeToGovernment(analysis, 'Bandung')).toThrow(/matches 2 governments.*Kota Bandung.*Kabupaten Bandung|matches 2 governments.*Kabupaten Bandung.*Kota Bandung/);
    expect(() => scopeToGovernment(analysis, 'Banyuwangy')).toThrow(/matches no government.*Kabupaten Banyuwangi/);
  });
});

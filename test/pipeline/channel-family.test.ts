import { describe, expect, it } from 'vitest';
import { matchProposals } from '../../src/check/match-proposals.js';
import { loadKnowledgeBase } from '../../src/knowledge/taxonomy.js';
import { analyzeRecords } from '../../src/pipeline/analyze.js';
import { toSavedAnalysis } from '../../src/report/analysis-json.js';
import { indexed, record } from '../link/helpers.js';

const knowledge = loadKnowledgeBase();

describe('one job through several channels, worded as no keyword has it', () => {
  const records = indexed([
    record({ name: 'e-Samsat', unit: 'Bapenda', description: 'Pembayaran pajak kendaraan bermotor secara online' }),
    record({ name: 'Vehicle Tax Mobile Service', unit: 'Bapenda', description: 'Vehicle tax payment where taxpayers live' }),
    record({ name: 'Samsat Keliling', unit: 'Bapenda', gov: 'dumai', description: 'Jadwal dan lokasi mobil samsat keliling' }),
    record({ name: 'Layanan Dukcapil Online', unit: 'Disdukcapil', description: 'Permohonan akta kelahiran dan kartu keluarga' }),
    record({ name: 'Self-service ID Card Kiosk', unit: 'Disdukcapil', platforms: ['kiosk'] }),
    record({ name: 'Mobile Population Registration Van', unit: 'Disdukcapil', description: 'Identity card registration for the elderly' }),
  ]);
  const a = analyzeRecords(records, { knowledge });
  const appOf = (i: number) => a.applications[a.appOfRecord[i]!]!;

  it('places each in the function of its channel, the ecosystem following it', () => {
    expect(records.map((_, i) => [appOf(i).fn.function, appOf(i).eco.ecosystem])).toEqual([
      ['samsat_online', 'electronic'],
      ['samsat_keliling', 'mobile'],
      ['samsat_keliling', 'mobile'],
      ['adminduk_online', 'electronic'],
      ['adminduk_mandiri', 'self'],
      ['adminduk_keliling', 'mobile'],
    ]);
  });

  it('shows why, and the clusters hold the moved apps', () => {
    expect(appOf(1).fn.reasons[0]).toMatch(/name says "mobile service".*"Mobile vehicle-tax service \(Samsat keliling\)" channel/);
    const cluster = a.clusters.find((c) => c.id === 'samsat_keliling')!;
    expect(cluster.appIds).toEqual(expect.arrayContaining([appOf(1).appId, appOf(2).appId]));
    expect(a.clusters.find((c) => c.id === 'samsat_online')!.appIds).toEqual([appOf(0).appId]);
    expect(appOf(1).decision).toMatchObject({ action: 'migrate', target: 'SIGNAL' });
  });

  it('check meets a proposal for another channel with that channel\'s function', () => {
    const saved = toSavedAnalysis(a, []);
    const proposal = indexed([record({ name: 'Pajak Kendaraan Jemput Bola', unit: 'Bapenda', gov: 'dumai', description: 'Petugas mendatangi desa untuk pembayaran pajak kendaraan' })]);
    const [verdict] = matchProposals(proposal, saved, knowledge);
    expect(verdict!.function).toBe('samsat_keliling');
    expect(verdict!.decision).toBe('block');
    expect(verdict!.reasons.join(' ')).toContain('"jemput bola"');
  });
});

import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/taxonomy.js';
import type { Application } from '../../src/model/analysis.js';
import { messages } from '../../src/knowledge/messages.js';
import { analyzeRecords } from '../../src/pipeline/analyze.js';
import { PlatformIdentity, platformFunction } from '../../src/plan/platform-identity.js';
import { application, indexed, record } from '../link/helpers.js';

const knowledge = loadKnowledgeBase();
const identity = new PlatformIdentity(knowledge);
const owner = (id: string) => knowledge.platformById.get(id)!.ownerCode;

/** An application of `governmentCode`, marked Aplikasi Umum or not. */
function app(name: string, governmentCode: string, markedShared = false): Application {
  const government = { code: governmentCode, name: governmentCode, level: 'pusat' as const, resolved: true };
  return application({ name, government, kind: markedShared ? 'umum' : null });
}

describe('PlatformIdentity', () => {
  it('knows a platform listed by its owner, or marked Aplikasi Umum, by its name or alias', () => {
    expect(identity.identify(app('Dapodik', owner('dapodik')))?.id).toBe('dapodik');
    expect(identity.identify(app('Aplikasi Srikandi', 'Kabupaten Sleman', true))?.id).toBe('srikandi');
    expect(identity.identify(app('Sistem Informasi Pemerintahan Daerah', owner('sipd')))?.id).toBe('sipd');
  });

  it('takes a regional copy of a platform for an app of its own, even when the owner lists it', () => {
    expect(identity.identify(app('Dapodik Daerah', owner('dapodik')))).toBeNull();
    expect(identity.identify(app('Data Pokok Pendidikan Daerah (Dapodik Daerah)', owner('dapodik')))).toBeNull();
  });

  it('is no platform for anyone else using its name at an address of its own', () => {
    expect(identity.identify({ ...app('Dapodik', '35.10'), url: 'dapodik.banyuwangikab.go.id', urlHost: 'dapodik.banyuwangikab.go.id' })).toBeNull();
  });

  it('is the platform a government lists by its name alone, with no address', () => {
    expect(identity.identify(app('Dapodik', '35.10'))?.id).toBe('dapodik');
    expect(identity.identify(app('Dapodik Daerah', '35.10'))).toBeNull();
  });
});

describe('platformFunction', () => {
  const satusehat = knowledge.platformById.get('satusehat')!;
  const say = messages('en');
  const assignment = (fn: string) => ({ clusterId: fn, function: fn, confidence: 0.3, reasons: ['earlier reason'] });

  it('keeps a function the platform does', () => {
    const a = assignment('simrs');
    expect(platformFunction(a, satusehat, knowledge, say)).toBe(a);
  });

  it("gives a platform whose words said too little (a discovered cluster, another job) the platform's first function, and says so", () => {
    for (const fn of ['new_platform_satusehat', 'kepegawaian']) {
      const placed = platformFunction(assignment(fn), satusehat, knowledge, say);
      expect(placed).toMatchObject({ clusterId: satusehat.functions[0], function: satusehat.functions[0], confidence: 0.9 });
      expect(placed.reasons).toEqual([`the national platform SATUSEHAT does the "${say.label(knowledge.functionById.get(satusehat.functions[0]!)!.label)}" job`, 'earlier reason']);
    }
  });

  it('is applied by analyze to a platform row whose description names no job', () => {
    const records = indexed([
      record({ name: 'SATUSEHAT', government: { code: satusehat.ownerCode, name: 'Kementerian Kesehatan', level: 'pusat', resolved: true }, kind: 'umum', description: 'Platform integrasi nasional' }),
    ]);
    const a = analyzeRecords(records, { knowledge });
    expect(a.applications[0]).toMatchObject({ platformId: 'satusehat', fn: { function: satusehat.functions[0] } });
    expect(a.clusters.map((c) => c.id)).toEqual([satusehat.functions[0]]);
  });
});

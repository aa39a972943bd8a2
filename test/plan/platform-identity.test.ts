import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/taxonomy.js';
import type { Application } from '../../src/model/analysis.js';
import { PlatformIdentity } from '../../src/plan/platform-identity.js';
import { application } from '../link/helpers.js';

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

  it('is no platform for anyone else using its name', () => {
    expect(identity.identify(app('Dapodik', '35.10'))).toBeNull();
  });
});

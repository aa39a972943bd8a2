import { describe, expect, it } from 'vitest';
import { survivorOrder } from '../../src/plan/decide.js';
import { application } from '../link/helpers.js';

describe('survivorOrder', () => {
  it('keeps the livelier, then the more central address, then the newer app', () => {
    const inactive = application({ name: 'SIMPEG Lama', status: 'inactive' });
    const office = application({ name: 'SIMPEG', url: 'https://bkpsdm.banyuwangikab.go.id/simpeg', urlHost: 'bkpsdm.banyuwangikab.go.id' });
    const portal = application({ name: 'SIMPEG', url: 'https://banyuwangikab.go.id/simpeg', urlHost: 'banyuwangikab.go.id' });
    expect([inactive, office, portal].sort(survivorOrder).map((a) => a.urlHost)).toEqual(['banyuwangikab.go.id', 'bkpsdm.banyuwangikab.go.id', null]);
    const older = application({ name: 'e-Kinerja', year: 2019 });
    const newer = application({ name: 'e-Kinerja', year: 2023 });
    expect([older, newer].sort(survivorOrder)[0]!.year).toBe(2023);
  });

  it('breaks a tie by name, not by the file the records came from', () => {
    const fromA = application({ name: 'PPDB Online', source: 'b_registry.csv' });
    const fromB = application({ name: 'e-PPDB', source: 'a_registry.csv' });
    const renamed = application({ name: 'PPDB Online', source: 'a_registry_2025.csv' });
    const renamedB = application({ name: 'e-PPDB', source: 'z_registry_2025.csv' });
    expect([fromA, fromB].sort(survivorOrder)[0]!.name).toBe('PPDB Online');
    expect([renamedB, renamed].sort(survivorOrder)[0]!.name).toBe('PPDB Online');
  });
});

describe('survivorOrder tie on names', () => {
  it('does not depend on which record of an app came first', () => {
    const p = application({ name: 'SIM Puskesmas' });
    // the same app, its records read in the other order: another of its names is shown first
    const pReadFirst = { ...p, names: ['SIM Puskesmas', 'SIM PUSKESMAS'] };
    const pReadLast = { ...p, name: 'SIM PUSKESMAS', names: ['SIM PUSKESMAS', 'SIM Puskesmas'] };
    const q = application({ name: 'SIM Pelayanan' });
    expect([q, pReadFirst].sort(survivorOrder)[0]!.appId).toBe(p.appId);
    expect([q, pReadLast].sort(survivorOrder)[0]!.appId).toBe(p.appId);
  });
});

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

describe('survivorOrder: the office whose job the function is', () => {
  const duty = { dutyOffice: 'kepegawaian', officeAddress: false };
  const other = { dutyOffice: null, officeAddress: false };

  it('keeps the app the staffing office runs over one with more users that another office runs', () => {
    const bySetda = application({ name: 'SiAbsen', unit: 'Sekretariat Daerah', monthlyUsers: 5000, year: 2024 });
    const byBkpsdm = application({ name: 'e-Presensi', unit: 'BKPSDM', monthlyUsers: 200, year: 2019 });
    expect(survivorOrder(byBkpsdm, bySetda, duty, other)).toBeLessThan(0);
    expect(survivorOrder(bySetda, byBkpsdm, other, duty)).toBeGreaterThan(0);
    // without knowing the offices, users decide as before
    expect(survivorOrder(byBkpsdm, bySetda)).toBeGreaterThan(0);
  });

  it('still puts a livelier status and a more central address first', () => {
    const portal = application({ name: 'Presensi', url: 'banyuwangikab.go.id/presensi', urlHost: 'banyuwangikab.go.id' });
    const office = application({ name: 'e-Presensi', url: 'absen.bkpsdm.banyuwangikab.go.id', urlHost: 'absen.bkpsdm.banyuwangikab.go.id' });
    expect(survivorOrder(portal, office, other, duty)).toBeLessThan(0);
    const dead = application({ name: 'e-Presensi Lama', status: 'inactive' });
    expect(survivorOrder(dead, application({ name: 'SiAbsen' }), duty, other)).toBeGreaterThan(0);
  });

  it("among the office's apps, the one at the office's own address", () => {
    const dev = application({ name: 'dev.bantenprov.go.id', urlHost: 'dev.bantenprov.go.id', url: 'dev.bantenprov.go.id' });
    const own = application({ name: 'diskominfo.bantenprov.go.id', urlHost: 'diskominfo.bantenprov.go.id', url: 'diskominfo.bantenprov.go.id' });
    expect(survivorOrder(own, dev, { dutyOffice: 'kominfo', officeAddress: true }, { dutyOffice: 'kominfo', officeAddress: false })).toBeLessThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { addressWords, isAddress } from '../../src/features/address-name.js';
import { officeMentions } from '../../src/features/office-mentions.js';
import { buildRecordFeatures } from '../../src/features/record-features.js';
import { record } from '../link/helpers.js';

describe('names that are web addresses', () => {
  it.each([
    ['sppd.biroadpem.bantenprov.go.id', true],
    ['simaya.go.id', true],
    ['lapor.example.com/aduan', true],
    ['e.Kinerja', false],
    ['SIMPEG v2.0', false],
    ['Sistem Informasi Kepegawaian', false],
  ])('%s is an address: %s', (name, expected) => {
    expect(isAddress(name)).toBe(expected);
  });

  it('keeps the words that name the app, not the domain or the government', () => {
    expect(addressWords('sppd.biroadpem.bantenprov.go.id', '36')).toBe('sppd biroadpem');
    expect(addressWords('info-rs.bantenprov.go.id/jadwal-dokter', '36')).toBe('info rs jadwal dokter');
    // another government's label is part of the name (an app hosted by someone else)
    expect(addressWords('simral.bppt.go.id', '36')).toBe('simral bppt');
  });
});

describe('office names inside a description', () => {
  it('moves the office after a lower-case word out of the text', () => {
    expect(officeMentions('aplikasi laporan bulanan Dinas Bina Marga dan Tata Ruang')).toEqual({
      text: 'aplikasi laporan bulanan',
      offices: ['Dinas Bina Marga dan Tata Ruang'],
    });
  });

  it('keeps the sentence going after the office', () => {
    expect(officeMentions('Website resmi Dinas PUPR Nusa Tenggara Timur berisi profil, berita dan agenda.')).toEqual({
      text: 'Website resmi berisi profil, berita dan agenda.',
      offices: ['Dinas PUPR Nusa Tenggara Timur'],
    });
  });

  it('reads a capitalised title as a title: "Perjalanan Dinas" is no office', () => {
    const found = officeMentions('Aplikasi Surat Perintah Perjalanan Dinas - Biro Umum');
    expect(found.text).toBe('Aplikasi Surat Perintah Perjalanan Dinas -');
    expect(found.offices).toEqual(['Biro Umum']);
  });

  it('inside a title, takes a known office out ("Laporan Bulanan Badan Perencanaan Pembangunan Daerah"), not other words after an office word', () => {
    expect(officeMentions('Aplikasi Laporan Bulanan Badan Perencanaan Pembangunan Daerah Provinsi Banten')).toEqual({
      text: 'Aplikasi Laporan Bulanan',
      offices: ['Badan Perencanaan Pembangunan Daerah Provinsi Banten'],
    });
    expect(officeMentions('Surat Perintah Perjalanan Dinas Luar Daerah').offices).toEqual([]);
  });

  it('leaves lower-case uses of the office words alone', () => {
    expect(officeMentions('tata naskah dinas elektronik')).toEqual({ text: 'tata naskah dinas elektronik', offices: [] });
  });
});

describe('the own label of an app address', () => {
  it('is the first label of an office host, never the government portal itself', () => {
    const recs = [
      record({ name: 'SIKEOM', url: 'eretribusi.banyuwangikab.go.id', urlHost: 'eretribusi.banyuwangikab.go.id' }),
      record({ name: 'SIPD', url: 'banyuwangikab.go.id/sipd', urlHost: 'banyuwangikab.go.id' }),
      record({ name: 'e-Retribusi', url: 'eretribusi.banyuwangikab.go.id', urlHost: 'eretribusi.banyuwangikab.go.id' }),
      record({ name: 'SIDUGT', url: 'dinkes.banyuwangikab.go.id', urlHost: 'dinkes.banyuwangikab.go.id' }),
    ];
    const { features } = buildRecordFeatures(recs);
    expect(features.map((f) => f.addressLabel)).toEqual(['eretribusi', null, null, 'dinkes']);
    expect(features.map((f) => f.officeAddress)).toEqual([false, false, false, true]);
  });
});

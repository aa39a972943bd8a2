import { describe, expect, it } from 'vitest';
import { addressLevel, appAddress, hostRelation } from '../../src/features/app-address.js';
import { buildRecordFeatures } from '../../src/features/record-features.js';
import { linkRecords } from '../../src/link/link.js';
import { loadLinkModel } from '../../src/link/link-model.js';
import { normalizeUrl } from '../../src/normalize/url.js';
import { indexed, record } from '../link/helpers.js';

const hostOf = (raw: string) => {
  const url = normalizeUrl(raw)!;
  return appAddress(url.url, url.host).host;
};

describe('the host an app lives on', () => {
  it.each([
    ['https://manadokota.go.id/sikehadiran', 'sikehadiran.manadokota.go.id'],
    ['manadokota.go.id/sikehadiran/login', 'sikehadiran.manadokota.go.id'],
    ['http://sikehadiran.manadokota.go.id/login', 'sikehadiran.manadokota.go.id'],
    ['www.gowakab.go.id/simda-bmd/index.php', 'simda-bmd.gowakab.go.id'],
    ['kemkes.go.id/sisrute', 'sisrute.kemkes.go.id'],
    ['https://garutkab.go.id/index.php/simpeg', 'simpeg.garutkab.go.id'],
    ['lapor.example.com/tiket', 'lapor.example.com'],
  ])('%s lives on %s', (raw, host) => {
    expect(hostOf(raw)).toBe(host);
  });

  it.each([['gowakab.go.id'], ['gowakab.go.id/login'], ['gowakab.go.id/admin'], ['gowakab.go.id/index.php?page=2'], ['gowakab.go.id/2024']])(
    '%s is the portal itself',
    (raw) => {
      expect(hostOf(raw)).toBe('gowakab.go.id');
    },
  );

  it('is no host without an address', () => {
    expect(appAddress(null, null)).toEqual({ host: null, listing: null });
  });
});

describe('linking by the host an app lives on', () => {
  const model = loadLinkModel();
  const unknown = { fn: null, confident: false };
  const at = (name: string, url: string, source: string) => {
    const u = normalizeUrl(url)!;
    return record({ name, url: u.url, urlHost: u.host, source, unit: 'Sekretariat Daerah' });
  };

  it('links an app written on a path of its portal with the same app on a subdomain; two paths of one portal stay two apps', () => {
    const records = indexed([
      at('Sistem Kehadiran Pegawai', 'http://sikehadiran.banyuwangikab.go.id/login', 'a.csv'),
      at('Sistem Kehadiran Pegawai', 'banyuwangikab.go.id/sikehadiran', 'b.json'),
      at('Sistem Kehadiran Pegawai Honorer', 'banyuwangikab.go.id/sikehonorer', 'b.json'),
    ]);
    const { features } = buildRecordFeatures(records);
    const result = linkRecords(features, () => unknown, model);
    expect(result.appOfRecord[0]).toBe(result.appOfRecord[1]);
    expect(result.appOfRecord[2]).not.toBe(result.appOfRecord[1]);
  });
});

describe('addresses many apps share, and servers', () => {
  const model = loadLinkModel();
  const unknown = { fn: null, confident: false };
  const at = (name: string, url: string, source = 'a.csv', unit = 'Diskominfo') => {
    const u = normalizeUrl(url)!;
    return record({ name, url: u.url, urlHost: u.host, source, unit });
  };

  it('reads a store listing as a listing, not as a host of its own', () => {
    const u = normalizeUrl('https://play.google.com/store/apps/details?id=id.go.garutkab.sehat&hl=in')!;
    expect(u.url).toBe('play.google.com/store/apps/details?id=id.go.garutkab.sehat');
    expect(appAddress(u.url, u.host)).toEqual({ host: null, listing: u.url });
    expect(appAddress('m.facebook.com/diskominfogarut', 'm.facebook.com').host).toBeNull();
  });

  it('keeps a bare server address\'s port: two ports are two apps', () => {
    expect(normalizeUrl('http://103.10.1.5:8081/')).toEqual({ url: '103.10.1.5:8081', host: '103.10.1.5:8081' });
    expect(normalizeUrl('http://103.10.1.5:80/simpeg')!.host).toBe('103.10.1.5');
    expect(appAddress('103.10.1.5/simpeg', '103.10.1.5').host).toBe('simpeg.103.10.1.5');
  });

  it('never links two apps for sharing a store; links one app\'s listing and website by the rest', () => {
    const records = indexed([
      at('Garut Sehat', 'https://play.google.com/store/apps/details?id=id.go.garutkab.sehat'),
      at('Lapor Garut', 'https://play.google.com/store/apps/details?id=id.go.garutkab.lapor'),
      at('Lapor Garut', 'https://lapor.garutkab.go.id', 'b.csv'),
      at('Simpeg Server', 'http://103.10.1.5:8081/', 'a.csv', 'BKPSDM'),
      at('Simpeg Server', 'http://103.10.1.5:8082/', 'b.csv', 'BKPSDM'),
    ]);
    const { features } = buildRecordFeatures(records);
    expect(addressLevel(features[0]!, features[1]!)).toBe('different_host');
    expect(addressLevel(features[1]!, features[2]!)).toBe('missing');
    expect(addressLevel(features[3]!, features[4]!)).toBe('different_host');
    const apps = linkRecords(features, () => unknown, model).appOfRecord;
    expect(apps[0]).not.toBe(apps[1]);
    expect(apps[1]).toBe(apps[2]);
    expect(apps[3]).not.toBe(apps[4]);
  });

  it('reads a server number and a domain name as one app only when the app\'s path on the server is the domain\'s app label', () => {
    expect(hostRelation('ib.103.57.100.186:8080', 'ib.bandungkab.go.id')).toBe('same');
    expect(hostRelation('ib.103.57.100.186:8080', 'simpeg.bandungkab.go.id')).toBe('unknown');
    expect(hostRelation('103.57.100.186:8080', 'ib.bandungkab.go.id')).toBe('unknown');
    expect(hostRelation('ib.103.57.100.186:8080', 'ib.103.57.100.186:8081')).toBe('different');
    expect(hostRelation('ib.bandungkab.go.id', 'ib.baliprov.go.id')).toBe('different');
  });

  it('links one app listed by its server\'s number and by its domain; never joins two domains through the server', () => {
    const records = indexed([
      at('Info Bencana', 'http://103.57.100.186:8080/infobencana', 'a.csv', 'BPBD'),
      at('Info Bencana', 'bandungkab.go.id/infobencana', 'b.csv', 'BPBD'),
      at('Info Bencana', '103.57.100.186:8080', 'c.csv', 'BPBD'),
      at('Info Bencana', 'bencana.bandungkab.go.id', 'c.csv', 'BPBD'),
    ]);
    const { features } = buildRecordFeatures(records);
    expect(addressLevel(features[0]!, features[1]!)).toBe('same_host');
    expect(addressLevel(features[2]!, features[3]!)).toBe('missing');
    const apps = linkRecords(features, () => unknown, model).appOfRecord;
    expect(apps[0]).toBe(apps[1]);
    // ib.bandungkab.go.id and bencana.bandungkab.go.id are two apps, whatever the server between them says
    expect(apps[1]).not.toBe(apps[3]);
  });
});

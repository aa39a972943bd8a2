import { describe, expect, it } from 'vitest';
import { appHost } from '../../src/features/app-address.js';
import { buildRecordFeatures } from '../../src/features/record-features.js';
import { linkRecords } from '../../src/link/link.js';
import { loadLinkModel } from '../../src/link/link-model.js';
import { normalizeUrl } from '../../src/normalize/url.js';
import { indexed, record } from '../link/helpers.js';

const hostOf = (raw: string) => {
  const url = normalizeUrl(raw)!;
  return appHost(url.url, url.host);
};

describe('the host an app lives on', () => {
  it.each([
    ['https://manadokota.go.id/sikehadiran', 'sikehadiran.manadokota.go.id'],
    ['manadokota.go.id/sikehadiran/login', 'sikehadiran.manadokota.go.id'],
    ['http://sikehadiran.manadokota.go.id/login', 'sikehadiran.manadokota.go.id'],
    ['www.gowakab.go.id/simda-bmd/index.php', 'simda-bmd.gowakab.go.id'],
    ['kemkes.go.id/sisrute', 'sisrute.kemkes.go.id'],
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
    expect(appHost(null, null)).toBeNull();
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

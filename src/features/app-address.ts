import { isEntrySegment, isSharedHost } from '../normalize/url.js';
import { nameWords } from './name-words.js';

/** A host on a bare server address, with the app's path segment before it when it has one (`ib.103.57.100.186:8080`). */
const ON_SERVER = /^(?:([a-z][a-z0-9-]*)\.)?\d+\.\d+\.\d+\.\d+(:\d+)?$/;
const APP_SEGMENT = /^[a-z][a-z0-9-]{2,}$/;

export interface AppAddress {
  /** The web host the app lives on; null when it has none of its own. */
  host: string | null;
  /** An address on a host many apps share (a store listing, a form, a social page): the whole address. */
  listing: string | null;
}

const NO_ADDRESS: AppAddress = Object.freeze({ host: null, listing: null });

/**
 * Where an application lives, whichever way a registry wrote its address: an app under a portal's
 * path (`manadokota.go.id/sikehadiran`) is the app on that portal's subdomain
 * (`sikehadiran.manadokota.go.id`), and two paths of one portal are two hosts. An address on a host
 * many apps share (play.google.com, a form) is a listing, no host of the app's own.
 */
export function appAddress(url: string | null, host: string | null): AppAddress {
  if (!url || !host) return host ? { host, listing: null } : NO_ADDRESS;
  if (isSharedHost(host)) return { host: null, listing: url };
  if (url.length <= host.length + 1) return { host, listing: null };
  // a portal: one label besides the registration labels (go, id, com), or a bare server address
  const { domainLabels } = nameWords();
  const own = host.split('.').filter((l) => !domainLabels.has(l)).length;
  if (own !== 1 && !ON_SERVER.test(host)) return { host, listing: null };
  // the first segment past those that open the portal (`x.go.id/index.php/simpeg`)
  const segment = url.slice(host.length + 1).split(/[/?]/).find((s) => s && !isEntrySegment(s)) ?? '';
  return { host: APP_SEGMENT.test(segment) ? `${segment}.${host}` : host, listing: null };
}

/**
 * What two hosts an app is listed on say: one app (`same`), two apps (`different`), or nothing
 * (`unknown`). A server's number and a domain name may reach one machine: they are one app when the
 * app's path on the server is the domain's app label (`103.57.100.186:8080/ib` and `ib.bandungkab.go.id`),
 * and say nothing otherwise.
 */
export function hostRelation(a: string, b: string): 'same' | 'different' | 'unknown' {
  if (a === b) return 'same';
  const [serverA, serverB] = [ON_SERVER.exec(a), ON_SERVER.exec(b)];
  if (!serverA === !serverB) return 'different';
  const app = (serverA ?? serverB)![1];
  return app && app === (serverA ? b : a).split('.')[0] ? 'same' : 'unknown';
}

/** What two addresses say: the same app (`same_url`, `same_host`), two apps (`different_host`), or nothing. */
export function addressLevel(
  a: { host: string | null; url: string | null; listing: string | null },
  b: { host: string | null; url: string | null; listing: string | null },
): 'same_url' | 'same_host' | 'different_host' | 'missing' {
  if (a.host && b.host) {
    const relation = hostRelation(a.host, b.host);
    if (relation === 'unknown') return 'missing';
    return relation === 'different' ? 'different_host' : a.url === b.url ? 'same_url' : 'same_host';
  }
  if (a.listing && b.listing) {
    if (a.listing === b.listing) return 'same_url';
    return listingHost(a.listing) === listingHost(b.listing) ? 'different_host' : 'missing';
  }
  return 'missing';
}

function listingHost(listing: string): string {
  return listing.split(/[/?]/)[0]!;
}

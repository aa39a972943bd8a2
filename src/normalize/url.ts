import { z } from 'zod';
import { loadKnowledge } from '../knowledge/load.js';

const Schema = z
  .object({
    entryPaths: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
    sharedHosts: z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a host name in lower case')).default([]),
  })
  .strict();

export interface WebAddressKnowledge {
  /** First path segments that open a site rather than name an app on it (`x.go.id/admin`). */
  entryPaths: Set<string>;
  /** Hosts many apps share (app stores, form builders, social media). */
  sharedHosts: Set<string>;
}

let cached: WebAddressKnowledge | null = null;
export function webAddresses(): WebAddressKnowledge {
  if (!cached) {
    const f = loadKnowledge('web-addresses.yaml', Schema);
    cached = { entryPaths: new Set(f.entryPaths), sharedHosts: new Set(f.sharedHosts) };
  }
  return cached;
}

const ENTRY_FILE = /^index\.[a-z]+$/;

/** A path segment that opens a site rather than names an app on it: `entryPaths` and entry files (`index.php`). */
export function isEntrySegment(segment: string): boolean {
  return ENTRY_FILE.test(segment) || webAddresses().entryPaths.has(segment);
}

/** A host many apps share: one of `sharedHosts` or a subdomain of one (m.facebook.com). */
export function isSharedHost(host: string): boolean {
  const shared = webAddresses().sharedHosts;
  if (shared.has(host)) return true;
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) if (shared.has(host.slice(dot + 1))) return true;
  return false;
}

// a web address inside a cell: optional scheme (also mistyped: `http//`, `https:/`), a host name or an
// IPv4 address, an optional port, path and query; stops at spaces, list separators and brackets
const ADDRESS = /(?:[a-z][a-z0-9+-]*(?::\/\/?|\/\/))?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}|\d{1,3}(?:\.\d{1,3}){3})\.?(?::(\d{1,5}))?([/?#][^\s,;<>"'()[\]|]*)?/g;
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

/**
 * `https://www.Example.go.id/login/` → `example.go.id`; null for a cell with no web address. A cell
 * may hold several ("web: x.go.id, android: play.google.com/…"): the first on a host of the app's own
 * is taken, else the first. Kept: the path (entry pages dropped), an `id` parameter (the app a store or
 * page address names: `play.google.com/store/apps/details?id=…`) and the port of a bare IP address
 * (apps on one server are told apart by their ports).
 */
export function normalizeUrl(raw: string | undefined | null): { url: string; host: string } | null {
  if (!raw) return null;
  // a cell with no host name in it ("-", "tidak ada", "Android (Play Store)") holds no address
  const text = raw.trim().toLowerCase();
  let first: { url: string; host: string } | null = null;
  for (const m of text.matchAll(ADDRESS)) {
    const address = readAddress(m[1]!, m[2], m[3] ?? '');
    if (!address) continue;
    if (!isSharedHost(address.host)) return address;
    first ??= address;
  }
  return first;
}

function readAddress(hostText: string, port: string | undefined, rest: string): { url: string; host: string } | null {
  let host = hostText.replace(/^www\d*\./, '');
  if (IPV4.test(host)) {
    if (host.split('.').some((octet) => Number(octet) > 255)) return null;
    if (port && port !== '80' && port !== '443') host = `${host}:${port}`;
  }
  const id = /[?&]id=([^&#]+)/.exec(rest)?.[1];
  // entry pages at the end (`/login`, `/index.php`, `/auth/login`) are the same application as its root
  const segments = rest.split(/[?#]/)[0]!.split('/').filter(Boolean);
  while (segments.length && isEntrySegment(segments[segments.length - 1]!)) segments.pop();
  const path = segments.map((s) => `/${s}`).join('');
  return { url: host + path + (id ? `?id=${id}` : ''), host };
}

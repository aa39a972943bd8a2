import { nameWords } from './name-words.js';

const APP_SEGMENT = /^[a-z][a-z0-9-]{2,}$/;

/**
 * The host an application lives on, whichever way a registry wrote its address: an app under a
 * registered domain's path (`manadokota.go.id/sikehadiran`) is the same as one on that domain's
 * subdomain (`sikehadiran.manadokota.go.id`), and two apps on two paths of one portal are two hosts.
 * A registered domain is a host with one label besides its registration labels (go, id, com).
 */
export function appHost(url: string | null, host: string | null): string | null {
  if (!url || !host || url.length <= host.length + 1) return host;
  const { domainLabels, entryPaths } = nameWords();
  let own = 0;
  for (const label of host.split('.')) if (!domainLabels.has(label)) own++;
  if (own !== 1) return host;
  const segment = url.slice(host.length + 1).split('/')[0]!;
  return APP_SEGMENT.test(segment) && !entryPaths.has(segment) ? `${segment}.${host}` : host;
}

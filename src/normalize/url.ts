const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

/**
 * `https://www.Example.go.id/login/` → `example.go.id`; null for blank or non-URL text.
 * Kept: the path (entry pages dropped), an `id` parameter (the app a store or page address names:
 * `play.google.com/store/apps/details?id=…`) and the port of a bare IP address (apps on one server
 * are told apart by their ports).
 */
export function normalizeUrl(raw: string | undefined | null): { url: string; host: string } | null {
  if (!raw) return null;
  let text = raw.trim().toLowerCase();
  if (!text || text === '-' || text === 'n/a' || text === 'tidak ada') return null;
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^www\d*\./, '');
  text = text.split(/\s/)[0]!;
  const id = /[?&]id=([^&#]+)/.exec(text)?.[1];
  text = text.split(/[?#]/)[0]!.replace(/\/+$/, '');
  const slash = text.indexOf('/');
  let host = slash < 0 ? text : text.slice(0, slash);
  const port = /:(\d+)$/.exec(host)?.[1];
  host = host.replace(/:\d+$/, '').replace(/\.$/, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) && !IPV4.test(host)) return null;
  if (port && IPV4.test(host) && port !== '80' && port !== '443') host = `${host}:${port}`;
  let path = slash < 0 ? '' : text.slice(slash);
  // Entry pages are the same application as its root.
  path = path.replace(/\/(index\.(php|html?|aspx?|jsp)|login|home|beranda|auth\/login|public)$/i, '');
  return { url: host + path + (id ? `?id=${id}` : ''), host };
}

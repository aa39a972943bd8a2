/** `https://www.Example.go.id/login/` → `example.go.id/login`; null for blank or non-URL text. */
export function normalizeUrl(raw: string | undefined | null): { url: string; host: string } | null {
  if (!raw) return null;
  let text = raw.trim().toLowerCase();
  if (!text || text === '-' || text === 'n/a' || text === 'tidak ada') return null;
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^www\d*\./, '');
  text = text.split(/[?#\s]/)[0]!.replace(/\/+$/, '');
  const slash = text.indexOf('/');
  let host = slash < 0 ? text : text.slice(0, slash);
  host = host.replace(/:\d+$/, '').replace(/\.$/, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) && !/^\d+\.\d+\.\d+\.\d+$/.test(host)) return null;
  let path = slash < 0 ? '' : text.slice(slash);
  // Entry pages are the same application as its root.
  path = path.replace(/\/(index\.(php|html?|aspx?|jsp)|login|home|beranda|auth\/login|public)$/i, '');
  return { url: host + path, host };
}

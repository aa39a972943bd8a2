/**
 * A header that explains its codes ("Status (1/Y=Aktif; 0/T=Tidak Aktif; 2=Pengembangan)"): each
 * code is read as the words it stands for. Returns code (lower case) → words, or null when the header
 * states no legend.
 */
export function headerLegend(header: string): Map<string, string> | null {
  const inside = header.match(/\(([^)]*=[^)]*)\)/)?.[1];
  if (!inside) return null;
  const legend = new Map<string, string>();
  for (const entry of inside.split(/[;,]/)) {
    const [codes, words] = entry.split('=').map((p) => p?.trim() ?? '');
    if (!codes || !words) continue;
    for (const code of codes.split('/')) if (code.trim()) legend.set(code.trim().toLowerCase(), words);
  }
  return legend.size > 0 ? legend : null;
}

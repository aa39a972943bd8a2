import type { Action, Ecosystem } from '../../model/analysis.js';

export const ACTION_COLORS: Record<Action, string> = { retire: '#b42318', migrate: '#1d5fbf', merge: '#c77700', retain: '#2e7d4f' };
export const ECOSYSTEM_COLORS: Record<Ecosystem, string> = {
  direct: '#7a3fa0',
  mobile: '#0f8b8d',
  self: '#c0576b',
  electronic: '#1d5fbf',
  internal: '#6b7280',
};
export const WAVE_COLORS = ['#b42318', '#1d5fbf', '#c77700', '#0f8b8d'] as const;

export const CSS = `
:root{--ink:#1b2533;--muted:#5b6675;--line:#dde3ea;--bg:#f5f7fa;--card:#fff;--navy:#12315e;--accent:#0f8b8d}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:var(--bg)}
header.cover{background:linear-gradient(135deg,#0d2547,#12315e 60%,#1b4a7a);color:#fff;padding:28px 40px 24px}
header.cover .eyebrow{text-transform:uppercase;letter-spacing:.12em;font-size:11px;opacity:.75}
header.cover h1{margin:6px 0 4px;font-size:28px;font-weight:650}
header.cover .tagline{font-size:16px;opacity:.9;margin:0 0 10px}
header.cover .meta{font-size:12.5px;opacity:.8}
nav.toc{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);padding:8px 40px;display:flex;flex-wrap:wrap;gap:4px 18px;font-size:13px}
nav.toc a{color:var(--navy);text-decoration:none}
nav.toc a:hover{text-decoration:underline}
main{padding:8px 40px 40px;max-width:1640px}
section{margin-top:28px}
h2{font-size:20px;margin:0 0 6px;color:var(--navy);border-bottom:2px solid var(--navy);padding-bottom:4px}
h3{font-size:15.5px;margin:0 0 6px}
p.intro{color:var(--muted);margin:4px 0 12px;max-width:980px}
ul.notes{margin:0;padding-left:16px;font-size:12.5px;color:var(--muted)}
p.note{color:var(--muted);font-size:12.5px;margin:6px 0}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(190px,1fr));gap:12px;margin-top:14px}
.kpi{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 16px}
.kpi .value{font-size:22px;font-weight:650;color:var(--navy);font-variant-numeric:tabular-nums;white-space:nowrap}
.kpi .label{color:var(--muted);font-size:12.5px}
.kpi .sub{color:var(--muted);font-size:11.5px}
.kpi.highlight{border-left:4px solid var(--accent)}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:14px;align-items:start}
figure.chart{margin:0;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 14px}
figure.chart figcaption{font-weight:600;margin-bottom:6px}
svg .bar-label{font-size:12px;fill:var(--ink)}
svg .bar-value{font-size:11.5px;fill:var(--muted);font-variant-numeric:tabular-nums}
svg .axis{stroke:#9aa5b1;stroke-width:1}
svg .legend-item text{font-size:11px;fill:var(--muted)}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:14px}
.stack{display:grid;gap:14px}
.sub{color:var(--muted);font-size:11.5px}
.score{white-space:nowrap}
.score-bar{display:inline-block;height:9px;background:var(--accent);border-radius:2px;margin-right:6px;vertical-align:middle}
.card.wave td:last-child{white-space:nowrap}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 16px;overflow:hidden}
.card.wave{border-top:4px solid var(--wave,#12315e)}
.card .stats{color:var(--muted);font-size:12.5px;margin-bottom:8px}
.need{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 16px}
.need h3{color:var(--navy)}
.need ul{margin:6px 0 0;padding-left:18px}
.need li{margin:3px 0}
.need .served{color:var(--muted)}
.pill{display:inline-block;border-radius:999px;padding:0 8px;font-size:11.5px;line-height:18px;background:#eef2f7;color:var(--ink);white-space:nowrap}
.pill.platform{background:#e3effd;color:#0b4aa2}
.pill.local{background:#fff4e0;color:#8a5300}
.act{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;color:#fff;white-space:nowrap}
.act.retire{background:#b42318}.act.migrate{background:#1d5fbf}.act.merge{background:#c77700}.act.retain{background:#2e7d4f}
table{border-collapse:collapse;width:100%;background:var(--card);font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:#eef2f7;font-weight:600;white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tbody tr:nth-child(even of .data-row){background:#fafbfd}
.lazy-table table{font-size:12.5px}
.lazy-table th,.lazy-table td{padding:5px 6px}
.lazy-table th{cursor:pointer;user-select:none}
.lazy-table th[aria-sort=ascending]::after{content:" ▲";font-size:10px}
.lazy-table th[aria-sort=descending]::after{content:" ▼";font-size:10px}
.toolbar{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:6px 0 8px}
.toolbar input[type=search]{flex:1 1 280px;max-width:420px;padding:6px 10px;border:1px solid #b8c2cc;border-radius:6px;font:inherit}
.toolbar select{padding:5px 8px;border:1px solid #b8c2cc;border-radius:6px;font:inherit;background:#fff}
.pager{display:flex;gap:10px;align-items:center;margin-top:8px;color:var(--muted);font-size:12.5px}
.pager button,.show-wave{border:1px solid #b8c2cc;background:#fff;border-radius:6px;padding:3px 10px;font:inherit;cursor:pointer}
.pager button:disabled{opacity:.4;cursor:default}
button.toggle{border:0;background:none;cursor:pointer;font-size:13px;padding:0 4px;color:var(--navy)}
tr.detail td{background:#f7f9fc;padding:10px 14px}
.detail-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:12px}
.detail-grid h4{margin:0 0 4px;font-size:12.5px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.detail-grid table{font-size:12px}
.detail-grid ul{margin:0;padding-left:18px}
.weight{display:inline-block;height:9px;border-radius:2px;vertical-align:middle;margin-right:6px}
.weight.pos{background:#2e7d4f}.weight.neg{background:#b42318}
.scroll{overflow-x:auto}
.empty{color:var(--muted);font-style:italic;padding:8px}
footer{color:var(--muted);font-size:12px;padding:16px 40px 32px;border-top:1px solid var(--line);margin-top:32px}
@media print{nav.toc,.toolbar,.pager,.show-wave,button.toggle{display:none}header.cover{-webkit-print-color-adjust:exact;print-color-adjust:exact}main{padding:0 16px}section{break-inside:avoid-page}}
`;

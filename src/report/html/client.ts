/**
 * The report's browser code, inlined into report.html. Plain ES2017 without template literals so it
 * can live in this string. It only ever writes data with textContent / createTextNode, never as HTML.
 * Tables render one page (PAGE_SIZE rows) at a time, so 27,000 apps stay responsive.
 */
export const PAGE_SIZE = 200;

export const CLIENT_JS = `(function () {
'use strict';
var D = JSON.parse(document.getElementById('report-data').textContent);
var S = D.s, U = D.ui, PAGE = ${PAGE_SIZE};
var nf = new Intl.NumberFormat(D.locale, { maximumFractionDigits: 0 });
var nf1 = new Intl.NumberFormat(D.locale, { maximumFractionDigits: 1 });
var nf2 = new Intl.NumberFormat(D.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function num(n) { return n === null || n === undefined ? '–' : nf.format(n); }
function money(n) {
  if (n === null || n === undefined) return '–';
  var units = [[1e12, 'money.trillion'], [1e9, 'money.billion'], [1e6, 'money.million']];
  for (var i = 0; i < units.length; i++) {
    if (Math.abs(n) >= units[i][0]) return U['money.currency'] + ' ' + nf1.format(n / units[i][0]) + ' ' + U[units[i][1]];
  }
  return U['money.currency'] + ' ' + nf.format(n);
}
function fmt(tpl, vars) {
  return tpl.replace(/\\{(\\w+)\\}/g, function (m, k) { return Object.prototype.hasOwnProperty.call(vars, k) ? String(vars[k]) : m; });
}
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function option(value, text) { var o = el('option', '', text); o.value = value; return o; }
function effortName(p) { return U['effort.' + (p <= D.effort[0] ? 'low' : p <= D.effort[1] ? 'medium' : 'high')]; }
function actionBadge(a) { return el('span', 'act ' + a, U['action.' + a]); }
function isEmpty(v) { return v === null || v === undefined || v === ''; }

/** A searchable, sortable, paginated table over spec.rows. */
function lazyTable(root, spec) {
  var rows = spec.rows.map(function (r, i) { return { r: r, i: i, text: null }; });
  var state = { q: '', col: -1, dir: 1, page: 0 };
  var filters = {};
  var open = {};
  var view = rows;

  var toolbar = el('div', 'toolbar');
  var search = el('input');
  search.type = 'search';
  search.placeholder = U['ui.search'];
  search.setAttribute('aria-label', U['ui.search']);
  toolbar.appendChild(search);
  var selects = {};
  (spec.filters || []).forEach(function (f) {
    var sel = el('select');
    sel.setAttribute('aria-label', f.all);
    sel.setAttribute('data-filter', f.key);
    sel.appendChild(option('', f.all));
    f.options.forEach(function (o) { sel.appendChild(option(o[0], o[1])); });
    sel.addEventListener('change', function () { filters[f.key] = sel.value; state.page = 0; update(); });
    selects[f.key] = sel;
    toolbar.appendChild(sel);
  });
  toolbar.appendChild(el('span', 'note', U['ui.sortHint']));

  var wrap = el('div', 'scroll');
  var table = el('table');
  var thead = el('thead');
  var head = el('tr');
  var ths = spec.columns.map(function (c, ci) {
    var th = el('th', c.num ? 'num' : '', c.title);
    th.scope = 'col';
    th.tabIndex = 0;
    th.addEventListener('click', function () { sortBy(ci); });
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(ci); } });
    head.appendChild(th);
    return th;
  });
  thead.appendChild(head);
  table.appendChild(thead);
  var tbody = el('tbody');
  table.appendChild(tbody);
  wrap.appendChild(table);

  var pager = el('div', 'pager');
  var prev = el('button', 'prev', U['ui.prev']);
  var info = el('span', 'info');
  var next = el('button', 'next', U['ui.next']);
  prev.type = next.type = 'button';
  prev.addEventListener('click', function () { if (state.page > 0) { state.page--; render(); } });
  next.addEventListener('click', function () { state.page++; render(); });
  pager.appendChild(prev);
  pager.appendChild(info);
  pager.appendChild(next);

  root.appendChild(toolbar);
  root.appendChild(wrap);
  root.appendChild(pager);

  function textOf(row) {
    if (row.text === null) row.text = spec.search(row.r).toLowerCase();
    return row.text;
  }
  function sortBy(ci) {
    if (state.col === ci) state.dir = -state.dir;
    else { state.col = ci; state.dir = spec.columns[ci].num ? -1 : 1; }
    state.page = 0;
    update();
  }
  function compare(a, b) {
    var c = spec.columns[state.col];
    var x = c.sort(a.r), y = c.sort(b.r);
    var ex = isEmpty(x), ey = isEmpty(y);
    if (ex || ey) return ex && ey ? a.i - b.i : ex ? 1 : -1;
    var d = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), D.locale);
    return d * state.dir || a.i - b.i;
  }
  function matches(row, words) {
    for (var k in filters) {
      if (filters[k] && !spec.filters.filter(function (f) { return f.key === k; })[0].test(row.r, filters[k])) return false;
    }
    if (!words.length) return true;
    var t = textOf(row);
    for (var j = 0; j < words.length; j++) if (t.indexOf(words[j]) < 0) return false;
    return true;
  }
  function update() {
    var words = state.q.trim().toLowerCase().split(/\\s+/).filter(Boolean);
    view = rows.filter(function (row) { return matches(row, words); });
    if (state.col >= 0) view.sort(compare);
    ths.forEach(function (th, ci) {
      if (ci === state.col) th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
    render();
  }
  function render() {
    var pages = Math.max(1, Math.ceil(view.length / PAGE));
    if (state.page >= pages) state.page = pages - 1;
    var start = state.page * PAGE;
    var frag = document.createDocumentFragment();
    view.slice(start, start + PAGE).forEach(function (row) {
      var tr = el('tr', 'data-row');
      spec.columns.forEach(function (c, ci) {
        var td = el('td', c.num ? 'num' : '');
        if (ci === 0 && spec.detail) {
          var b = el('button', 'toggle', open[row.i] ? '▾' : '▸');
          b.type = 'button';
          b.title = U['ui.details'];
          b.setAttribute('aria-expanded', open[row.i] ? 'true' : 'false');
          b.addEventListener('click', function () { open[row.i] = !open[row.i]; render(); });
          td.appendChild(b);
        }
        var v = c.cell(row.r);
        if (v instanceof Node) td.appendChild(v);
        else td.appendChild(document.createTextNode(isEmpty(v) ? '' : String(v)));
        tr.appendChild(td);
      });
      frag.appendChild(tr);
      if (spec.detail && open[row.i]) {
        var dtr = el('tr', 'detail');
        var dtd = el('td');
        dtd.colSpan = spec.columns.length;
        dtd.appendChild(spec.detail(row.r));
        dtr.appendChild(dtd);
        frag.appendChild(dtr);
      }
    });
    if (!view.length) {
      var etr = el('tr');
      var etd = el('td', 'empty', U['ui.noRows']);
      etd.colSpan = spec.columns.length;
      etr.appendChild(etd);
      frag.appendChild(etr);
    }
    tbody.replaceChildren(frag);
    info.textContent = fmt(U['ui.page'], { page: num(state.page + 1), pages: num(pages), rows: num(view.length) });
    prev.disabled = state.page === 0;
    next.disabled = state.page >= pages - 1;
  }
  search.addEventListener('input', function () { state.q = search.value; state.page = 0; update(); });
  update();
  return {
    setFilter: function (key, value) { filters[key] = value; if (selects[key]) selects[key].value = value; state.page = 0; update(); },
  };
}

function col(title, cell, sort, isNum) { return { title: title, cell: cell, sort: sort || cell, num: Boolean(isNum) }; }
function miniTable(headers, rows) {
  var t = el('table');
  var tr = el('tr');
  headers.forEach(function (h) { tr.appendChild(el('th', '', h)); });
  var thead = el('thead'); thead.appendChild(tr); t.appendChild(thead);
  var tb = el('tbody');
  rows.forEach(function (cells) {
    var r = el('tr');
    cells.forEach(function (c) { var td = el('td'); if (c instanceof Node) td.appendChild(c); else td.textContent = String(c); r.appendChild(td); });
    tb.appendChild(r);
  });
  t.appendChild(tb);
  return t;
}
function block(title, content) { var d = el('div'); d.appendChild(el('h4', '', title)); d.appendChild(content); return d; }
function list(items) { var ul = el('ul'); items.forEach(function (i) { ul.appendChild(el('li', '', i)); }); return ul; }
function recordLabel(i) { var r = D.records[i]; return r[2] + ' (' + S[r[0]] + ' #' + r[1] + ')'; }

function appDetail(a) {
  var grid = el('div', 'detail-grid');
  grid.appendChild(block(U['ui.registryRecords'], miniTable([U['col.source'], U['col.sourceId'], U['col.name']], a[13].map(function (i) { var r = D.records[i]; return [S[r[0]], r[1], r[2]]; }))));
  var reasons = el('div');
  [['ui.reasons.decision', 0], ['ui.reasons.function', 1], ['ui.reasons.ecosystem', 2]].forEach(function (k) {
    var items = a[15][k[1]];
    if (items.length) { reasons.appendChild(el('h4', '', U[k[0]])); reasons.appendChild(list(items.map(function (s) { return S[s]; }))); }
  });
  grid.appendChild(reasons);
  var ev = el('div');
  ev.appendChild(el('h4', '', U['ui.evidence']));
  if (!a[14].length) ev.appendChild(el('p', 'note', U['ui.singleRecord']));
  a[14].forEach(function (ei) {
    var e = D.evidence[ei];
    ev.appendChild(el('p', 'note', recordLabel(e[0]) + ' ↔ ' + recordLabel(e[1]) + ' · ' + fmt(U['ui.pairScore'], { score: nf2.format(e[2]) })));
    ev.appendChild(miniTable([U['col.signal'], U['col.level'], U['col.weight']], e[3].map(function (s) {
      var w = el('span');
      var bar = el('span', 'weight ' + (s[2] >= 0 ? 'pos' : 'neg'));
      bar.style.width = Math.min(60, Math.abs(s[2]) * 6) + 'px';
      w.appendChild(bar);
      w.appendChild(document.createTextNode(nf2.format(s[2])));
      return [S[s[0]], S[s[1]], w];
    })));
  });
  grid.appendChild(ev);
  return grid;
}

var tables = {};
function mount(id, spec) { var root = document.getElementById(id); if (root) tables[id] = lazyTable(root, spec); }

mount('apps-table', {
  rows: D.apps,
  columns: [
    col(U['col.app'], function (a) { return a[1]; }),
    col(U['col.government'], function (a) { return S[a[2]]; }),
    col(U['col.function'], function (a) { return S[a[3]]; }),
    col(U['col.ecosystem'], function (a) { return U['ecosystem.' + a[4]]; }),
    col(U['col.action'], function (a) { return actionBadge(a[5]); }, function (a) { return D.actions.indexOf(a[5]); }),
    col(U['col.target'], function (a) { return a[6]; }),
    col(U['col.wave'], function (a) { return a[7] || ''; }, function (a) { return a[7] || null; }, true),
    col(U['col.annualCost'], function (a) { return money(a[8]); }, function (a) { return a[8]; }, true),
    col(U['col.monthlyUsers'], function (a) { return num(a[9]); }, function (a) { return a[9]; }, true),
    col(U['col.effort'], function (a) { return effortName(a[12]) + ' (' + a[12] + ')'; }, function (a) { return a[12]; }, true),
    col(U['col.confidence'], function (a) { return nf2.format(a[11]); }, function (a) { return a[11]; }, true),
  ],
  search: function (a) {
    return [a[0], a[1], S[a[2]], S[a[3]], U['ecosystem.' + a[4]], U['action.' + a[5]], a[6]].concat(a[13].map(function (i) { return D.records[i][2]; })).join(' ');
  },
  filters: [
    { key: 'action', all: U['ui.allActions'], options: D.actions.map(function (x) { return [x, U['action.' + x]]; }), test: function (a, v) { return a[5] === v; } },
    { key: 'ecosystem', all: U['ui.allEcosystems'], options: D.ecosystems.map(function (x) { return [x, U['ecosystem.' + x]]; }), test: function (a, v) { return a[4] === v; } },
    { key: 'wave', all: U['ui.allWaves'], options: [1, 2, 3, 4].map(function (w) { return [String(w), U['wave.' + w]]; }), test: function (a, v) { return String(a[7]) === v; } },
  ],
  detail: appDetail,
});

mount('clusters-table', {
  rows: D.clusters,
  columns: [
    col(U['col.function'], function (c) { return S[c[1]]; }),
    col(U['col.origin'], function (c) { return U['origin.' + c[2]]; }),
    col(U['col.ecosystem'], function (c) { return U['ecosystem.' + c[3]]; }),
    col(U['col.apps'], function (c) { return num(c[4]); }, function (c) { return c[4]; }, true),
    col(U['col.governments'], function (c) { return num(c[5]); }, function (c) { return c[5]; }, true),
    col(U['col.merges'], function (c) { return num(c[6]); }, function (c) { return c[6]; }, true),
    col(U['col.platform'], function (c) { return c[7]; }),
    col(U['col.annualCost'], function (c) { return money(c[8]); }, function (c) { return c[8]; }, true),
  ],
  search: function (c) { return [c[0], S[c[1]], c[7], U['ecosystem.' + c[3]]].join(' '); },
});

mount('governments-table', {
  rows: D.governments,
  columns: [
    col(U['col.government'], function (g) { return g[0]; }),
    col(U['col.apps'], function (g) { return num(g[2]); }, function (g) { return g[2]; }, true),
    col(U['action.retire'], function (g) { return num(g[3]); }, function (g) { return g[3]; }, true),
    col(U['action.migrate'], function (g) { return num(g[4]); }, function (g) { return g[4]; }, true),
    col(U['action.merge'], function (g) { return num(g[5]); }, function (g) { return g[5]; }, true),
    col(U['action.retain'], function (g) { return num(g[6]); }, function (g) { return g[6]; }, true),
    col(U['col.savings'], function (g) { return money(g[7]); }, function (g) { return g[7]; }, true),
  ],
  search: function (g) { return g[0] + ' ' + g[1]; },
});

mount('redirects-table', {
  rows: D.redirects,
  columns: [
    col(U['col.oldUrl'], function (r) { return r[0]; }),
    col(U['col.newHome'], function (r) { return r[1]; }),
    col(U['col.action'], function (r) { return actionBadge(r[2]); }, function (r) { return D.actions.indexOf(r[2]); }),
    col(U['col.app'], function (r) { return r[4]; }),
    col(U['col.government'], function (r) { return S[r[5]]; }),
  ],
  search: function (r) { return [r[0], r[1], r[3], r[4], S[r[5]]].join(' '); },
});

Array.prototype.forEach.call(document.querySelectorAll('button.show-wave'), function (b) {
  b.addEventListener('click', function () {
    if (!tables['apps-table']) return;
    tables['apps-table'].setFilter('wave', b.getAttribute('data-wave'));
    document.getElementById('applications').scrollIntoView({ behavior: 'smooth' });
  });
});
})();
`;

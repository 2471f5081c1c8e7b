// Sijil web UI: plain ES module, no framework. Every piece of record text reaches the page through
// textContent (never innerHTML), so report text is shown, never executed.

const TYPES = {
  BATTLES: ['Battles', '#c0392b'],
  EXPLOSIONS_REMOTE_VIOLENCE: ['Explosions/Remote violence', '#d35400'],
  VIOLENCE_AGAINST_CIVILIANS: ['Violence against civilians', '#8e44ad'],
  PROTESTS: ['Protests', '#2471a3'],
  RIOTS: ['Riots', '#b7950b'],
  STRATEGIC_DEVELOPMENTS: ['Strategic developments', '#1e8449'],
};
const FACETS = [
  ['type', 'Event type'], ['subtype', 'Sub-type'], ['tag', 'Tags'], ['actor', 'Actors'],
  ['country', 'Country'], ['admin1', 'Province'], ['source', 'Source'], ['grade', 'Grade'],
  ['year', 'Year'],
];
const FILTER_KEYS = ['q', 'from', 'to', 'bbox', 'near', ...FACETS.map(([k]) => k)];

const $ = (id) => document.getElementById(id);

/** Creates an element with text content (never HTML) and attributes. */
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

/** Thrown when the API answers 401: the login form is shown instead of the view. */
class LoginNeeded extends Error {}

let session = null; // { name, role, csrfToken } once logged in

async function api(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  const body = await res.json();
  if (res.status === 401) throw new LoginNeeded(body.detail || 'log in');
  if (!res.ok) throw new Error(body.detail || body.title || `HTTP ${res.status}`);
  return body;
}

/** A state-changing request: JSON body and the session's CSRF token. */
async function send(method, path, payload) {
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
  if (session && session.csrfToken) headers['X-CSRF-Token'] = session.csrfToken;
  const res = await fetch(path, { method, headers, credentials: 'same-origin', body: JSON.stringify(payload || {}) });
  const body = res.status === 204 ? {} : await res.json();
  if (!res.ok) throw new Error(body.detail || body.title || `HTTP ${res.status}`);
  return body;
}

async function loadSession() {
  try {
    session = await api('/api/v1/session');
    $('who-name').textContent = `${session.name} (${session.role})`;
    $('who').hidden = false;
    $('nav-review').hidden = !session.permissions.includes('review');
  } catch (e) {
    session = null;
    $('who').hidden = true;
  }
}

function showLogin() {
  for (const v of document.querySelectorAll('.view')) v.hidden = v.id !== 'view-login';
  $('login-name').focus();
  document.body.dataset.loaded = 'login';
}

function showError(e) {
  const p = $('error');
  p.textContent = String(e && e.message ? e.message : e);
  p.hidden = false;
}

/** The route and filter live in the hash: #/events?type=BATTLES&from=2024-01-01. */
function parseHash() {
  const h = location.hash.replace(/^#/, '') || '/events';
  const [path, query = ''] = h.split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query) };
}

function filterParams(params) {
  const out = new URLSearchParams();
  for (const k of FILTER_KEYS) for (const v of params.getAll(k)) if (v) out.append(k, v);
  return out;
}

function go(params) {
  const q = params.toString();
  location.hash = '#/events' + (q ? '?' + q : '');
}

function safeHttpLink(url, text) {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') {
      return el('a', { href: u.href, rel: 'noopener noreferrer', target: '_blank', text });
    }
  } catch (_) { /* not a URL: shown as text */ }
  return el('span', { text: url });
}

/** The text with the spans [start, end) wrapped in <mark>; overlapping spans are merged. */
function highlighted(text, spans) {
  const sorted = spans.filter((s) => s && s[1] > s[0] && s[1] <= text.length).sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  const box = el('div', { class: 'source-text', dir: 'auto', tabindex: '0' });
  let at = 0;
  for (const [s, e] of merged) {
    box.append(document.createTextNode(text.slice(at, s)));
    box.append(el('mark', { text: text.slice(s, e) }));
    at = e;
  }
  box.append(document.createTextNode(text.slice(at)));
  return box;
}

// ---------------------------------------------------------------- map, timeline, facets, list

let map, cluster, chart, basemapLoaded = false;
let current = new URLSearchParams();

function setupMap() {
  map = L.map('map', { worldCopyJump: true, keyboard: true, attributionControl: true, minZoom: 2, maxZoom: 14 }).setView([35.5, 39.5], 6);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Basemap: Natural Earth (public domain) via world-atlas');
  cluster = L.markerClusterGroup({
    iconCreateFunction: (c) => {
      const counts = {};
      for (const m of c.getAllChildMarkers()) counts[m.options.sijilType] = (counts[m.options.sijilType] || 0) + 1;
      const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
      const n = c.getChildCount();
      return L.divIcon({ html: el('span', { text: String(n) }), className: `cluster t-${top}`, iconSize: [34, 34] });
    },
  });
  map.addLayer(cluster);
  cluster.on('clusterkeypress', (e) => { if (e.originalEvent.key === 'Enter') e.layer.zoomToBounds(); });
  fetch('/vendor/world-atlas/countries-50m.json').then((r) => r.json()).then((topo) => {
    const land = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(land, { style: { color: '#8a8a8a', weight: 1, fillColor: '#f4f1e8', fillOpacity: 1 }, interactive: false })
      .addTo(map).bringToBack();
    basemapLoaded = true;
    $('map').dataset.basemap = 'loaded';
  }).catch(showError);
  const legend = $('legend');
  for (const [k, [label, colour]] of Object.entries(TYPES)) {
    legend.append(el('span', {}, el('span', { class: `swatch t-${k}` }), label));
  }
}

function setupTimeline() {
  chart = echarts.init($('timeline'));
  chart.on('datazoom', debounce(() => {
    const opt = chart.getOption();
    const z = opt.dataZoom[0];
    const days = opt.xAxis[0].data;
    if (!days || days.length === 0) return;
    const s = days[Math.max(0, Math.round(z.startValue ?? 0))];
    const e = days[Math.min(days.length - 1, Math.round(z.endValue ?? days.length - 1))];
    const p = new URLSearchParams(current);
    const full = (z.startValue ?? 0) <= 0 && (z.endValue ?? days.length - 1) >= days.length - 1;
    if (full) { p.delete('from'); p.delete('to'); }
    else { p.set('from', s); p.set('to', endOfBucket(e)); }
    if (p.toString() !== current.toString()) go(p);
  }, 400));
  chart.on('click', (e) => {
    const p = new URLSearchParams(current);
    p.set('from', e.name);
    p.set('to', endOfBucket(e.name));
    go(p);
  });
  window.addEventListener('resize', () => chart.resize());
}

function endOfBucket(monthStart) {
  const d = new Date(monthStart + 'T00:00:00Z');
  const end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
  return end.toISOString().slice(0, 10);
}

function debounce(f, ms) {
  let t;
  return (...a) => { clearTimeout(t); t = setTimeout(() => f(...a), ms); };
}

async function renderEvents(params) {
  current = filterParams(params);
  if (!map) { setupMap(); setupTimeline(); }
  $('q').value = current.get('q') || '';
  $('from').value = current.get('from') || '';
  $('to').value = current.get('to') || '';
  const qs = current.toString();
  for (const [id, ext] of [['export-csv', 'csv'], ['export-geojson', 'geojson'], ['export-jsonl', 'jsonl']]) {
    $(id).href = `/api/v1/export/events.${ext}${qs ? '?' + qs : ''}`;
  }
  const timelineParams = new URLSearchParams(current);
  timelineParams.delete('from');
  timelineParams.delete('to');
  const list = new URLSearchParams(current);
  list.set('limit', '1000');
  const [events, stats] = await Promise.all([
    api('/api/v1/events?' + list.toString()),
    api('/api/v1/stats?' + timelineParams.toString()),
  ]);
  drawMarkers(events.hits);
  drawList(events);
  drawFacets(events.facets);
  drawTimeline(stats.timeline);
  map.invalidateSize();
  document.body.dataset.loaded = qs;
}

function drawMarkers(hits) {
  cluster.clearLayers();
  const markers = [];
  for (const h of hits) {
    if (h.lat === null || h.lon === null) continue;
    const icon = L.divIcon({ html: '', className: `pin t-${h.type}`, iconSize: [16, 16] });
    const m = L.marker([h.lat, h.lon], {
      icon, keyboard: true, sijilType: h.type,
      title: `${TYPES[h.type][0]}: ${h.place || ''} ${h.start || 'undated'}`,
      alt: `${TYPES[h.type][0]} at ${h.place || 'unknown place'}${h.start ? ' on ' + h.start : ', undated'}`,
    });
    m.bindPopup(() => eventCard(h, 'div'));
    markers.push(m);
  }
  cluster.addLayers(markers);
  $('map').dataset.markers = String(markers.length);
  if (markers.length > 0 && !current.get('bbox')) {
    map.fitBounds(L.featureGroup(markers).getBounds().pad(0.3), { maxZoom: 9 });
  }
}

function eventCard(h, tag) {
  const incident = h.incident
    ? el('a', { href: `#/incidents/${encodeURIComponent(h.incident)}`, text: 'Incident' })
    : null;
  const doc = el('a', { href: `#/documents/${encodeURIComponent(h.document)}`, text: 'Report' });
  return el(tag, { class: 'event' },
    el('span', { class: `chip t-${h.type}`, text: h.subTypeLabel }), ' ',
    el('span', { class: 'meta', text: `${h.start || 'undated'}${h.end && h.end !== h.start ? ' – ' + h.end : ''} · ${h.place || 'no place'}${h.grade ? ' · ' + h.grade.replace('_', ' ') : ''}` }),
    el('p', { class: 'evidence', dir: 'auto', text: h.evidence }),
    el('span', { class: 'meta' }, incident, incident ? ' · ' : '', doc, h.source ? ` · ${h.source}` : ''));
}

function drawList(r) {
  $('count').textContent = `${r.total} event${r.total === 1 ? '' : 's'}${r.total > r.hits.length ? ` (first ${r.hits.length} shown)` : ''}`;
  const ol = $('event-list');
  ol.replaceChildren(...r.hits.map((h) => eventCard(h, 'li')));
}

function facetLabel(key, value) {
  if (key === 'type' && TYPES[value]) return TYPES[value][0];
  if (key === 'subtype') return value.toLowerCase().replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());
  if (key === 'grade' || key === 'tag') return value.replaceAll('_', ' ');
  return value;
}

function drawFacets(facets) {
  const box = $('facet-list');
  const fieldsets = [];
  for (const [key, title] of FACETS) {
    const values = new Map((facets[key] || []).map((c) => [c.value, c.count]));
    for (const v of current.getAll(key)) if (!values.has(v)) values.set(v, 0); // selected stay visible
    if (values.size === 0) continue;
    const fs = el('fieldset', { 'data-facet': key }, el('legend', { text: title }));
    for (const [value, count] of values) {
      const id = `f-${key}-${value}`.replace(/[^A-Za-z0-9_-]/g, '_');
      const cb = el('input', { type: 'checkbox', id, value, checked: current.getAll(key).includes(value) });
      cb.addEventListener('change', () => {
        const p = new URLSearchParams(current);
        const rest = p.getAll(key).filter((v) => v !== value);
        p.delete(key);
        for (const v of rest) p.append(key, v);
        if (cb.checked) p.append(key, value);
        go(p);
      });
      fs.append(el('label', { for: id, dir: 'auto' }, cb, ' ', facetLabel(key, value), el('span', { class: 'meta', text: ` (${count})` })));
    }
    fieldsets.push(fs);
  }
  box.replaceChildren(...fieldsets);
}

function drawTimeline(buckets) {
  const days = buckets.map((b) => b.start);
  const series = Object.entries(TYPES).map(([k, [label, colour]]) => ({
    name: label, type: 'bar', stack: 'all', itemStyle: { color: colour },
    data: buckets.map((b) => b.counts[k] || 0),
  }));
  const from = current.get('from');
  const to = current.get('to');
  let startValue = 0, endValue = Math.max(0, days.length - 1);
  if (from) startValue = Math.max(0, days.findIndex((d) => d >= from.slice(0, 7) + '-01'));
  if (to) { const i = days.findLastIndex((d) => d <= to); endValue = i < 0 ? endValue : i; }
  chart.setOption({
    animation: false,
    grid: { left: 40, right: 20, top: 10, bottom: 50 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: days },
    yAxis: { type: 'value', minInterval: 1 },
    dataZoom: [{ type: 'slider', startValue, endValue, bottom: 5, height: 18 }, { type: 'inside', startValue, endValue }],
    series,
  }, { replaceMerge: ['series'] });
  $('timeline').dataset.from = days[startValue] || '';
  $('timeline').dataset.to = days[endValue] || '';
  $('timeline').setAttribute('aria-label', `Timeline: ${buckets.reduce((n, b) => n + b.total, 0)} events by month${from || to ? `, showing ${from || 'start'} to ${to || 'end'}` : ''}`);
}

// ---------------------------------------------------------------- incidents

async function renderIncidents(params) {
  const offset = Number(params.get('offset') || 0);
  const r = await api(`/api/v1/incidents?limit=100&offset=${offset}`);
  const view = $('view-incidents');
  const rows = r.hits.map((i) => el('tr', {},
    el('td', {}, el('a', { href: `#/incidents/${encodeURIComponent(i.id)}`, text: i.id })),
    el('td', {}, el('span', { class: `chip t-${typeKey(i.type)}`, text: i.subType })),
    el('td', { text: i.start || '' }), el('td', { text: i.place || '', dir: 'auto' }),
    el('td', { class: 'grade', text: (i.grade || '').replace('_', ' ') }),
    el('td', { text: String(i.sources) })));
  view.replaceChildren(el('h2', { text: `Incidents (${r.total})` }),
    el('table', {}, el('thead', {}, el('tr', {}, ...['Incident', 'Type', 'Date', 'Place', 'Grade', 'Sources'].map((t) => el('th', { scope: 'col', text: t })))),
      el('tbody', {}, ...rows)),
    pager('#/incidents', r));
  document.body.dataset.loaded = 'incidents';
}

/** A SHA-256 shortened to the 12 digits the CLI shows; other references as they are. */
function shortRef(ref) {
  return /^[0-9a-f]{64}$/.test(ref || '') ? ref.slice(0, 12) : ref;
}

function typeKey(label) {
  return Object.entries(TYPES).find(([, [l]]) => l === label)?.[0] || '';
}

function pager(base, r) {
  const nav = el('nav', { 'aria-label': 'Pages' });
  if (r.offset > 0) nav.append(el('a', { href: `${base}?offset=${Math.max(0, r.offset - r.limit)}`, text: '← Previous' }), ' ');
  if (r.offset + r.limit < r.total) nav.append(el('a', { href: `${base}?offset=${r.offset + r.limit}`, text: 'Next →' }));
  return nav;
}

async function renderIncident(id) {
  const i = await api(`/api/v1/incidents/${encodeURIComponent(id)}`);
  const view = $('view-incident');
  const figures = Object.entries(i.figures || {}).map(([kind, f]) => el('tr', {},
    el('th', { scope: 'row', text: kind }),
    el('td', { text: `${f.low}` }), el('td', { text: shortRef(f.lowSource) }),
    el('td', { text: `${f.best}` }), el('td', { text: shortRef(f.bestSource) }),
    el('td', { text: `${f.high}` }), el('td', { text: shortRef(f.highSource) })));
  const sources = (i.sources || []).map((s) => el('li', {},
    el('a', { href: `#/documents/${encodeURIComponent(s.sha256)}`, text: shortRef(s.document) }),
    ` — ${s.outlet || 'unknown outlet'}, reliability ${s.reliability}, credibility ${s.credibility}`,
    s.credited ? ` (credited: ${s.credited})` : '', s.copyOf ? ` · copy of ${s.copyOf}` : ''));
  const evidence = el('div', { id: 'evidence' });
  view.replaceChildren(
    el('p', {}, el('a', { href: '#/events', text: '← Back to the map' })),
    el('h2', { text: `${i.subType} · ${i.id}` }),
    el('p', {}, 'Grade: ', el('span', { class: 'grade', id: 'grade', text: (i.grade || '').replace('_', ' ') }),
      ` · ${i.independentSources} independent source${i.independentSources === 1 ? '' : 's'}`,
      ` · ${i.start || 'undated'}${i.end && i.end !== i.start ? ' – ' + i.end : ''}`,
      i.place ? ' · ' : '', i.place ? el('span', { dir: 'auto', text: i.place }) : null),
    el('h3', { text: 'Figures' }),
    figures.length ? el('table', { id: 'figures' }, el('thead', {}, el('tr', {}, ...['Kind', 'Low', 'Source', 'Best', 'Source', 'High', 'Source'].map((t) => el('th', { scope: 'col', text: t })))), el('tbody', {}, ...figures))
      : el('p', { text: 'No figures reported.' }),
    el('h3', { text: 'Sources' }), el('ul', { id: 'sources' }, ...sources),
    el('h3', { text: 'Evidence' }), evidence);
  for (const e of i.events || []) {
    const doc = await api(`/api/v1/documents/${encodeURIComponent(e.sha256)}`);
    evidence.append(el('section', { class: 'evidence-source' },
      el('h4', {}, el('a', { href: `#/documents/${encodeURIComponent(e.sha256)}`, text: doc.title || doc.id, dir: 'auto' }),
        el('span', { class: 'meta', text: ` · ${doc.source || ''} ${doc.published || ''} · ${e.subType || ''}` })),
      highlighted(doc.text, [e.evidence])));
  }
  document.body.dataset.loaded = 'incident:' + id;
}

// ---------------------------------------------------------------- documents

async function renderDocuments(params) {
  const offset = Number(params.get('offset') || 0);
  const r = await api(`/api/v1/documents?limit=50&offset=${offset}`);
  const items = r.hits.map((d) => el('li', {},
    el('a', { href: `#/documents/${encodeURIComponent(d.sha256)}`, text: d.title || d.origin || d.id, dir: 'auto' }),
    el('span', { class: 'meta', text: ` · ${d.source || 'unknown source'} · ${d.published || 'undated'} · ${d.language}` })));
  $('view-documents').replaceChildren(el('h2', { text: `Documents (${r.total})` }), el('ul', { class: 'doc-list' }, ...items), pager('#/documents', r));
  document.body.dataset.loaded = 'documents';
}

async function renderDocument(id) {
  const d = await api(`/api/v1/documents/${encodeURIComponent(id)}`);
  const events = d.events.map((e) => el('li', {},
    el('span', { class: `chip t-${typeKey(e.type)}`, text: e.subType }), ' ',
    el('span', { dir: 'auto', text: e.evidenceText || '' }),
    e.incident ? el('span', { class: 'meta' }, ' · ', el('a', { href: `#/incidents/${encodeURIComponent(e.incident)}`, text: 'incident' })) : null));
  $('view-document').replaceChildren(
    el('p', {}, el('a', { href: '#/documents', text: '← All documents' })),
    el('h2', { dir: 'auto', text: d.title || d.origin || d.id }),
    el('p', { class: 'meta' }, `${d.source || 'unknown source'} · ${d.published || 'undated'} · ${d.language} · `,
      d.url ? safeHttpLink(d.url, d.url) : 'no URL', ' · ',
      el('a', { href: `/api/v1/documents/${encodeURIComponent(d.sha256)}/original`, download: '', text: 'Original' })),
    ...(d.extractionNotice ? [el('p', { class: 'notice', role: 'note', text: `Not extracted: ${d.extractionNotice}.` })] : []),
    el('h3', { text: `Events (${d.events.length})` }), el('ul', {}, ...events),
    el('h3', { text: 'Text' }), highlighted(d.text, d.events.map((e) => e.evidence)));
  document.body.dataset.loaded = 'document:' + id;
}

// ---------------------------------------------------------------- review

function summary(kind, v) {
  if (kind === 'incident') return `${v.subType || ''} · ${v.place || 'no place'} · ${v.start || 'undated'}`;
  return `${v.subType || ''} · ${(v.location && v.location.name) || 'no place'} · ${v.evidenceText || ''}`;
}

async function renderReview(params) {
  const order = params.get('order') === 'newest' ? 'newest' : 'least-confident';
  const r = await api(`/api/v1/review/queue?limit=100&order=${order}`);
  const items = r.items.map((i) => el('li', {},
    el('a', { href: `#/review/${i.kind}/${encodeURIComponent(i.id)}`, text: `${i.kind} ${i.id.slice(0, 14)}` }),
    el('span', { class: 'meta', text: ` · confidence ${i.confidence.toFixed(2)} · ` }),
    el('span', { dir: 'auto', text: summary(i.kind, i.machine) })));
  $('view-review').replaceChildren(
    el('h2', { text: `Review queue (${r.pending} awaiting review)` }),
    el('p', {}, el('a', { href: '#/review?order=least-confident', text: 'Least sure first' }), ' · ',
      el('a', { href: '#/review?order=newest', text: 'Newest first' })),
    el('ol', { id: 'review-list' }, ...items));
  document.body.dataset.loaded = 'review';
}

/** The fields an analyst may edit (the server's list; it refuses others with the reason). */
const EDITABLE = new Set(['subType', 'tags', 'perpetrator', 'victim', 'target', 'location', 'date', 'counts', 'attribution',
  'certainty', 'place', 'start', 'end', 'lat', 'lon', 'recurring', 'figures']);

/**
 * A JSON value's leaves by dotted path, in document order: {"victim": {"name": "x"}} gives
 * victim.name → "x". Arrays (tags, spans) are leaves.
 */
function leaves(v, prefix = '', out = new Map()) {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) leaves(x, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out.set(prefix, v);
  }
  return out;
}

function shown(v) {
  if (v === undefined) return '—';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/**
 * Machine and current values field by field; changed rows are marked, and each row's "Edit"
 * puts its path and current value into the edit form.
 */
function fieldTable(machine, current, fieldInput, valueInput) {
  const m = leaves(machine || {});
  const c = leaves(current || {});
  const paths = [...m.keys(), ...[...c.keys()].filter((k) => !m.has(k))];
  const rows = paths.map((path) => {
    const changed = JSON.stringify(m.get(path)) !== JSON.stringify(c.get(path));
    const editable = EDITABLE.has(path.split('.')[0]) && !/(^|\.)span$/.test(path);
    return el('tr', changed ? { class: 'changed' } : {},
      el('th', { scope: 'row', text: path }),
      el('td', { dir: 'auto', text: shown(m.get(path)) }),
      el('td', { dir: 'auto', text: shown(c.get(path)) + (changed ? ' (changed)' : '') }),
      el('td', {}, editable ? el('button', { type: 'button', class: 'edit-field', text: 'Edit',
        'aria-label': `Edit ${path}`,
        onclick: () => {
          fieldInput.value = path;
          valueInput.value = c.has(path) ? JSON.stringify(c.get(path)) : '';
          valueInput.focus();
        } }) : null));
  });
  return el('table', { id: 'review-fields', class: 'fields' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Field' }), el('th', { scope: 'col', text: 'Machine' }),
      el('th', { scope: 'col', text: 'Current (reviewed)' }), el('th', { scope: 'col', text: '' }))),
    el('tbody', {}, ...rows));
}

async function renderReviewItem(kind, id) {
  const path = `/api/v1/review/${kind}/${encodeURIComponent(id)}`;
  const r = await api(path);
  const reason = el('input', { id: 'review-reason', 'aria-label': 'Reason', placeholder: 'Reason' });
  const field = el('input', { id: 'review-field', 'aria-label': 'Field', placeholder: 'Field, e.g. victim.name' });
  const value = el('input', { id: 'review-value', 'aria-label': 'New value (JSON)', placeholder: 'New value (JSON, e.g. "text" or 3)' });
  // An event's source text with its current evidence marked; selecting words in it re-points the
  // evidence of the next edit (offsets in UTF-16 code units, as the API's spans are).
  let source = null;
  let evidence = null;
  if (kind === 'event') {
    const d = await api(`/api/v1/documents/${encodeURIComponent(id.split('#')[0])}`);
    source = highlighted(d.text, [r.current && r.current.evidence].filter(Boolean));
    source.id = 'review-source';
  }
  const evidenceNote = el('span', { id: 'review-evidence', class: 'meta', text: 'Evidence: as it is' });
  const useSelection = el('button', { type: 'button', id: 'review-use-selection', text: 'Use selected words as evidence',
    onclick: () => {
      const sel = window.getSelection();
      const range = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
      if (!source || !range || range.collapsed
          || !source.contains(range.startContainer) || !source.contains(range.endContainer)) {
        showError(new Error('Select the supporting words in the source text first.'));
        return;
      }
      const before = document.createRange();
      before.selectNodeContents(source);
      before.setEnd(range.startContainer, range.startOffset);
      const start = before.toString().length;
      const words = range.toString();
      evidence = [start, start + words.length];
      evidenceNote.textContent = `Evidence for the next edit: [${evidence[0]}, ${evidence[1]}) “${words}”`;
    } });
  const act = (action, payload) => async () => {
    try {
      await send('POST', `${path}/${action}`, payload());
      await renderReviewItem(kind, id);
    } catch (e) {
      showError(e);
    }
  };
  const history = r.history.map((h) => el('li', {},
    `v${h.version} ${h.action}${h.field ? ' ' + h.field : ''} by ${h.reviewer} at ${h.at}`,
    h.reason ? el('span', { class: 'meta', text: ` · ${h.reason}` }) : null));
  $('view-review-item').replaceChildren(...[
    el('p', {}, el('a', { href: '#/review', text: '← Review queue' })),
    el('h2', { text: `${kind} ${id}` }),
    el('p', { id: 'review-status', text: `Status: ${r.status} · ${r.versions} versions` +
      (r.machineChangedSinceReview ? ' · the machine value changed since review' : '') }),
    el('div', { class: 'review-actions' },
      reason,
      el('button', { type: 'button', id: 'review-confirm', text: 'Confirm', onclick: act('confirm', () => ({ reason: reason.value })) }),
      el('button', { type: 'button', id: 'review-reject', text: 'Reject', onclick: act('reject', () => ({ reason: reason.value })) })),
    el('div', { class: 'review-actions' },
      field, value,
      el('button', { type: 'button', id: 'review-edit', text: 'Edit field', onclick: act('edit', () => {
        let v;
        try { v = JSON.parse(value.value); } catch (e) { v = value.value; }
        return evidence ? { field: field.value, value: v, reason: reason.value, evidence }
          : { field: field.value, value: v, reason: reason.value };
      }) })),
    source ? el('div', { class: 'review-actions' }, useSelection, evidenceNote) : null,
    fieldTable(r.machine, r.current, field, value),
    el('details', {}, el('summary', { text: 'Raw JSON, side by side' }),
      el('div', { class: 'side-by-side' },
        el('section', {}, el('h3', { text: 'Machine' }), el('pre', { dir: 'auto', text: JSON.stringify(r.machine, null, 2) })),
        el('section', {}, el('h3', { text: 'Current (reviewed)' }), el('pre', { dir: 'auto', text: JSON.stringify(r.current, null, 2) })))),
    source ? el('h3', { text: 'Source text (current evidence marked)' }) : null,
    source,
    el('h3', { text: 'History' }), el('ol', {}, ...history)].filter((c) => c !== null));
  document.body.dataset.loaded = 'review:' + id;
}

// ---------------------------------------------------------------- account

function renderAccount() {
  if (!session) throw new LoginNeeded('log in to see your account');
  $('account-who').textContent = `${session.name}, ${session.role}`;
  $('password-done').hidden = true;
  $('password-change').hidden = false;
  document.body.dataset.loaded = 'account';
}

async function changePassword(ev) {
  ev.preventDefault();
  $('error').hidden = true;
  const next = $('password-new').value;
  if (next !== $('password-again').value) {
    showError('the two new passwords differ');
    return;
  }
  try {
    await send('PUT', '/api/v1/session/password', { current: $('password-current').value, new: next });
    for (const f of ['password-current', 'password-new', 'password-again']) $(f).value = '';
    $('password-change').hidden = true;
    $('password-done').hidden = false;
    $('password-done').focus();
  } catch (e) {
    showError(e);
  }
}

// ---------------------------------------------------------------- routing

async function route() {
  $('error').hidden = true;
  const { parts, params } = parseHash();
  const [section, id] = parts;
  const viewId = section === 'incidents' ? (id ? 'view-incident' : 'view-incidents')
    : section === 'documents' ? (id ? 'view-document' : 'view-documents')
      : section === 'review' ? (id ? 'view-review-item' : 'view-review')
        : section === 'account' ? 'view-account' : 'view-events';
  for (const v of document.querySelectorAll('.view')) v.hidden = v.id !== viewId;
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === (section || 'events')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  try {
    if (viewId === 'view-events') await renderEvents(params);
    else if (viewId === 'view-incidents') await renderIncidents(params);
    else if (viewId === 'view-incident') await renderIncident(id);
    else if (viewId === 'view-documents') await renderDocuments(params);
    else if (viewId === 'view-review') await renderReview(params);
    else if (viewId === 'view-review-item') await renderReviewItem(id, parts[2]);
    else if (viewId === 'view-account') renderAccount();
    else await renderDocument(id);
    if (viewId !== 'view-events') $('main').focus();
  } catch (e) {
    if (e instanceof LoginNeeded) showLogin();
    else showError(e);
  }
}

function setupControls() {
  $('login').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      await send('POST', '/api/v1/session', { name: $('login-name').value, password: $('login-password').value });
      $('login-password').value = '';
      await loadSession();
      route();
    } catch (e) {
      showError(e);
    }
  });
  $('password-change').addEventListener('submit', changePassword);
  $('logout').addEventListener('click', async () => {
    try { await send('DELETE', '/api/v1/session'); } catch (e) { /* the session is gone either way */ }
    session = null;
    $('who').hidden = true;
    showLogin();
  });
  $('search').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams(current);
    const q = $('q').value.trim();
    if (q) p.set('q', q); else p.delete('q');
    go(p);
  });
  const dateChange = () => {
    const p = new URLSearchParams(current);
    for (const k of ['from', 'to']) { const v = $(k).value; if (v) p.set(k, v); else p.delete(k); }
    go(p);
  };
  $('from').addEventListener('change', dateChange);
  $('to').addEventListener('change', dateChange);
  $('clear-dates').addEventListener('click', () => { const p = new URLSearchParams(current); p.delete('from'); p.delete('to'); go(p); });
  $('clear-all').addEventListener('click', () => go(new URLSearchParams()));
}

window.addEventListener('hashchange', route);
setupControls();
loadSession().then(route);

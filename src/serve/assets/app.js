/* imr serve: the web UI's script. Plain ES2020, no libraries. It keeps the
 * whole page state in the URL, fetches /api/search, /api/stats, /api/letter
 * (and links /api/export for Download CSV)
 * and /api/info, and builds every piece of DOM with createElement and
 * textContent: letter text is untrusted and never goes through innerHTML. */
(() => {
  'use strict';

  /** Items per results page. */
  const LIMIT = 10;

  /** Sidebar facets, in display order. `depth` is how deep the taxonomy
   * goes: nodes above it get an expand toggle. */
  const FACETS = [
    { field: 'outcome', title: 'Outcome', chip: 'outcome', depth: 1 },
    { field: 'guideline', title: "Guideline the reviewer relied on", chip: 'reviewer guideline', depth: 3 },
    { field: 'ca_guideline', title: 'Guideline cited in the denial', chip: 'denial guideline', depth: 3 },
    { field: 'category', title: 'Type of service', chip: 'service type', depth: 2 },
    { field: 'region', title: 'Body region', chip: 'body region', depth: 1 },
    { field: 'reason', title: 'Decision reason', chip: 'reason', depth: 1 },
    { field: 'modified', title: 'Request modified by UR', chip: 'modified by UR', depth: 1 },
    { field: 'specialty', title: 'Reviewer specialty', chip: 'specialty', depth: 1 },
    { field: 'year', title: 'Year', chip: 'year', depth: 1 },
    { field: 'ca_licensed', title: 'Reviewer licensed in California', chip: 'licensed in CA', depth: 1 },
    { field: 'ur_match', title: 'Reviewer and denial guideline family', chip: 'guideline family vs denial', depth: 1 },
    { field: 'warning', title: 'What the parser could not read', chip: 'parser warning', depth: 1 },
  ];
  const FACET_BY_FIELD = new Map(FACETS.map((f) => [f.field, f]));
  /** Extra fields a bookmarked filter may use that have no sidebar box. */
  const OTHER_CHIP_LABELS = { final: 'letter result', gender: 'gender', state: 'licence state' };

  /** Choices for the overturn-rate grouping. */
  const STATS_BY = [
    ['guideline', 'Reviewer guideline: families'],
    ['guideline:/MTUS', 'Reviewer guideline: MTUS parts'],
    ['guideline:/ODG', 'Reviewer guideline: ODG chapters'],
    ['guideline:/ACOEM', 'Reviewer guideline: ACOEM editions'],
    ['guideline:/Other', 'Reviewer guideline: other sources'],
    ['ca_guideline', 'Denial guideline: families'],
    ['ca_guideline:/ODG', 'Denial guideline: ODG chapters'],
    ['specialty', 'Reviewer specialty'],
    ['category', 'Type of service'],
    ['region', 'Body region'],
    ['reason', 'Decision reason'],
    ['modified', 'Request modified by UR'],
    ['year', 'Year'],
    ['ca_licensed', 'Reviewer licensed in California'],
    ['ur_match', 'Reviewer vs denial guideline family'],
  ];
  /** Choices for the time chart ("Over time" tab): `by` of /api/stats. */
  const PERIODS = [['year', 'Year'], ['quarter', 'Quarter'], ['month', 'Month']];

  /** Long canonical guideline names and the short form shown on screen
   * (the full path stays in the title attribute). */
  const SHORT_NAMES = {
    'Chronic Pain Medical Treatment Guidelines': 'Chronic Pain',
    'Postsurgical Treatment Guidelines': 'Postsurgical',
    'Acupuncture Medical Treatment Guidelines': 'Acupuncture',
    'Integrated Treatment and Disability Duration Guidelines': 'Integrated Treatment',
  };

  const OUTCOME_WORDS = { upheld: 'Upheld', overturned: 'Overturned', unknown: 'Outcome not stated' };
  const FINAL_WORDS = {
    uphold: ['Upheld', 'upheld'],
    overturn: ['Overturned', 'overturned'],
    partial: ['Partly overturned', 'partial'],
  };

  const SVG_NS = 'http://www.w3.org/2000/svg';
  const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  // ---------------------------------------------------------------- state

  function defaultState() {
    return {
      q: '', filters: [], since: '', until: '', offset: 0, sort: 'relevance',
      view: 'results', by: 'guideline', letter: '', item: null, expand: [],
      period: 'year',
    };
  }

  /** Reads a state from a query string; anything malformed is dropped. */
  function parseUrl(search) {
    const p = new URLSearchParams(search);
    const s = defaultState();
    s.q = p.get('q') || '';
    for (const f of p.getAll('f')) {
      const i = f.indexOf('=');
      if (i > 0 && f[i + 1] === '/') addFilterTo(s.filters, f.slice(0, i), f.slice(i + 1));
    }
    const since = p.get('since') || '';
    const until = p.get('until') || '';
    if (DATE_RE.test(since)) s.since = since;
    if (DATE_RE.test(until)) s.until = until;
    const off = parseInt(p.get('offset') || '0', 10);
    s.offset = Number.isFinite(off) && off > 0 ? off : 0;
    if (p.get('sort') === 'date') s.sort = 'date';
    s.by = validBy(p.get('by')) || 'guideline';
    s.letter = p.get('letter') || '';
    const item = parseInt(p.get('item') || '', 10);
    s.item = Number.isFinite(item) && item >= 0 ? item : null;
    const view = p.get('view');
    if (view === 'stats') s.view = 'stats';
    else if (view === 'letter' && s.letter) s.view = 'letter';
    if (view === 'trend') s.view = 'trend';
    const period = p.get('period');
    if (PERIODS.some(([v]) => v === period)) s.period = period;
    for (const x of p.getAll('expand')) {
      const i = x.indexOf(':');
      if (i > 0 && x[i + 1] === '/' && !s.expand.includes(x)) s.expand.push(x);
    }
    return s;
  }

  function validBy(by) {
    if (!by) return '';
    const i = by.indexOf(':');
    const field = i < 0 ? by : by.slice(0, i);
    if (!/^[a-z_]+$/.test(field)) return '';
    if (i >= 0 && by[i + 1] !== '/') return '';
    return by;
  }

  /** The query string for a state, defaults left out, in a fixed order. */
  function toQuery(s) {
    const p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    for (const [f, v] of s.filters) p.append('f', `${f}=${v}`);
    if (s.since) p.set('since', s.since);
    if (s.until) p.set('until', s.until);
    if (s.sort !== 'relevance') p.set('sort', s.sort);
    if (s.offset) p.set('offset', String(s.offset));
    if (s.view !== 'results') p.set('view', s.view);
    if (s.by !== 'guideline') p.set('by', s.by);
    if (s.period !== 'year') p.set('period', s.period);
    if (s.letter) p.set('letter', s.letter);
    if (s.letter && s.item !== null) p.set('item', String(s.item));
    for (const x of s.expand) p.append('expand', x);
    const str = p.toString();
    return str ? `?${str}` : location.pathname === '/' ? '/' : location.pathname;
  }

  function addFilterTo(list, field, path) {
    if (!list.some(([f, v]) => f === field && v === path)) list.push([field, path]);
  }

  function hasFilter(s, field, path) {
    return s.filters.some(([f, v]) => f === field && v === path);
  }

  function withChanges(changes) {
    return Object.assign({}, state, { filters: state.filters.slice(), expand: state.expand.slice() }, changes);
  }

  let state = defaultState();
  /** Facet fields the index has (from /api/info); null until known. */
  let indexFacets = null;
  /** Bumped for every navigation; a response for an older one is dropped. */
  let generation = 0;
  let controller = null;
  /** Recent API answers by URL, so Back and tab switches redraw at once. */
  const cache = new Map();
  const CACHE_MAX = 40;
  /** Facet lists opened past their first few values (not worth a URL). */
  const showAll = new Set();
  let lastStats = null;

  // ---------------------------------------------------------------- API

  class ApiError extends Error {
    constructor(message, kind) {
      super(message);
      this.kind = kind || '';
    }
  }

  async function getJson(url, signal) {
    if (cache.has(url)) return cache.get(url);
    let res;
    try {
      res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    } catch (e) {
      if (e && e.name === 'AbortError') throw e;
      throw new ApiError('The search server could not be reached. Is "imr serve" still running?', 'network');
    }
    let body = null;
    try {
      body = await res.json();
    } catch (e) {
      if (e && e.name === 'AbortError') throw e;
    }
    if (!res.ok) {
      const msg = body && typeof body.error === 'string' && body.error
        ? body.error : `The server answered ${res.status} ${res.statusText}.`;
      throw new ApiError(msg, body && body.kind);
    }
    if (!body || typeof body !== 'object') throw new ApiError('The server sent an answer this page cannot read.', 'bad_answer');
    cache.set(url, body);
    if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value);
    return body;
  }

  function facetFields() {
    return FACETS.map((f) => f.field).filter((f) => !indexFacets || indexFacets.includes(f));
  }

  /** Percent-encodes every parameter (a space as %20, never '+'), so the
   * server reads the same text whatever URL decoder it uses. */
  function apiQuery(p) {
    return [...p].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  }

  function commonParams(s) {
    const p = new URLSearchParams();
    if (s.q.trim()) p.set('q', s.q);
    for (const [f, v] of s.filters) p.append('filter', `${f}=${v}`);
    if (s.since) p.set('since', s.since);
    if (s.until) p.set('until', s.until);
    return p;
  }

  function searchUrl(s) {
    const p = commonParams(s);
    p.set('limit', String(LIMIT));
    p.set('offset', String(s.offset));
    p.set('sort', s.sort);
    const fields = facetFields();
    for (const f of fields) p.append('facet', f);
    for (const x of s.expand) {
      if (fields.includes(x.slice(0, x.indexOf(':')))) p.append('facet', x);
    }
    return `/api/search?${apiQuery(p)}`;
  }

  function statsUrl(s) {
    const p = commonParams(s);
    p.set('by', s.by);
    return `/api/stats?${apiQuery(p)}`;
  }

  function trendUrl(s) {
    const p = commonParams(s);
    p.set('by', s.period);
    return `/api/stats?${apiQuery(p)}`;
  }

  /** Every item of the search as CSV (the page's Download CSV). */
  function exportUrl(s) {
    return `/api/export?${apiQuery(commonParams(s))}`;
  }

  function letterUrl(s) {
    const p = new URLSearchParams();
    p.set('key', s.letter);
    if (s.q.trim()) p.set('q', s.q);
    return `/api/letter?${apiQuery(p)}`;
  }

  /** Fetches what view `s` shows. */
  async function load(s, signal) {
    if (s.view === 'letter') {
      return { letter: await getJson(letterUrl(s), signal) };
    }
    const jobs = [getJson(searchUrl(s), signal)];
    if (s.view === 'stats') jobs.push(getJson(statsUrl(s), signal));
    if (s.view === 'trend') jobs.push(getJson(trendUrl(s), signal));
    const [search, stats] = await Promise.all(jobs);
    return { search, stats };
  }

  // ---------------------------------------------------------------- navigation

  /**
   * Moves to state `next`: fetches, then (if still the newest request)
   * records it in history and draws it. On an error the previous state
   * stays on screen and the message appears under the search box.
   * opts.push=false for Back/Forward and first load; opts.scroll is
   * 'top', 'keep' or a pixel offset; opts.fromResults marks a letter
   * opened from a list, so "back to results" can use history.back();
   * opts.fresh drops cached answers (an explicit search asks again).
   */
  async function go(next, opts = {}) {
    const push = opts.push !== false;
    const mine = ++generation;
    if (opts.fresh) cache.clear();
    if (controller) controller.abort();
    controller = new AbortController();
    setLoading(true);
    try {
      const data = await load(next, controller.signal);
      if (mine !== generation) return;
      if (push) record(next, opts);
      state = next;
      clearError();
      draw(data);
      settleScroll(opts.scroll === undefined ? 'top' : opts.scroll);
      if (push && next.view === 'letter') {
        // Keyboard and screen-reader users land on the letter they opened.
        const title = document.querySelector('#letter .letter-title');
        if (title) title.focus({ preventScroll: true });
      }
    } catch (e) {
      if (mine !== generation || (e && e.name === 'AbortError')) return;
      if (!push) {
        // The URL already says `next` (Back/Forward or a bookmark): show it,
        // empty, with the reason.
        state = next;
        draw({});
      }
      showError(e instanceof ApiError ? e.message : `Something went wrong: ${e}`, e && e.kind);
    } finally {
      if (mine === generation) setLoading(false);
    }
  }

  function record(next, opts) {
    const url = toQuery(next);
    const here = location.search || location.pathname;
    if (url === here) return;
    const old = history.state || {};
    history.replaceState(Object.assign({}, old, { scroll: window.scrollY }), '');
    history.pushState({ app: true, fromResults: !!opts.fromResults, scroll: 0 }, '', url);
  }

  function settleScroll(how) {
    if (state.view === 'letter' && state.item !== null && how === 'top') {
      const target = document.getElementById(`item-${state.item}`);
      if (target) {
        target.scrollIntoView({ block: 'start' });
        return;
      }
    }
    if (how === 'top') window.scrollTo(0, 0);
    else if (typeof how === 'number') window.scrollTo(0, how);
  }

  function hrefFor(s) {
    return toQuery(s);
  }

  function letterState(key, item) {
    return withChanges({ view: 'letter', letter: key, item: Number.isInteger(item) ? item : null });
  }

  function resultsState() {
    return withChanges({ view: 'results' });
  }

  /** True for a plain left click that the page should handle itself. */
  function plainClick(e) {
    return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
  }

  // ---------------------------------------------------------------- DOM helpers

  const $ = (sel) => document.querySelector(sel);

  /** createElement with attributes and children (strings become text). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      node.append(typeof c === 'string' || typeof c === 'number' ? String(c) : c);
    }
    return node;
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG_NS, tag);
    setAttrs(node, attrs);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function setAttrs(node, attrs) {
    if (!attrs) return;
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      node.setAttribute(k, v === true ? '' : String(v));
    }
  }

  function str(v) {
    return typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
  }

  /**
   * `text` with the byte ranges in `ranges` wrapped in <mark>. Ranges are
   * UTF-8 byte offsets [start, end); they are sorted, clamped, merged and
   * widened to whole characters, so a bad range never garbles the text.
   */
  function highlighted(text, ranges) {
    const frag = document.createDocumentFragment();
    text = str(text);
    const bytes = encoder.encode(text);
    const len = bytes.length;
    const spans = [];
    if (Array.isArray(ranges)) {
      for (const r of ranges) {
        if (!Array.isArray(r) || r.length < 2) continue;
        let [a, b] = r.map(Number);
        if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
        a = Math.max(0, Math.min(len, Math.floor(a)));
        b = Math.max(0, Math.min(len, Math.floor(b)));
        while (a > 0 && a < len && (bytes[a] & 0xc0) === 0x80) a--;
        while (b < len && (bytes[b] & 0xc0) === 0x80) b++;
        if (b > a) spans.push([a, b]);
      }
    }
    spans.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    let pos = 0;
    for (const [a0, b] of spans) {
      const a = Math.max(a0, pos);
      if (b <= a) continue;
      if (a > pos) frag.append(decoder.decode(bytes.subarray(pos, a)));
      frag.append(el('mark', null, decoder.decode(bytes.subarray(a, b))));
      pos = b;
    }
    if (pos < len) frag.append(decoder.decode(bytes.subarray(pos)));
    return frag;
  }

  function segments(path) {
    return str(path).split('/').filter((x) => x !== '');
  }

  function shortName(segment) {
    return SHORT_NAMES[segment] || segment;
  }

  /** The last segment of a facet path, as the sidebar and tables show it. */
  function lastLabel(path) {
    const segs = segments(path);
    return segs.length ? segs[segs.length - 1] : str(path) || '(none)';
  }

  /** "/MTUS/Chronic Pain Medical Treatment Guidelines/Opioids" -> "MTUS › Chronic Pain › Opioids". */
  function shortPath(path) {
    const segs = segments(path).map(shortName);
    return segs.length ? segs.join(' › ') : str(path);
  }

  function pathNode(path) {
    return el('span', { class: 'path', title: str(path) }, shortPath(path));
  }

  function outcomeOf(v) {
    const o = str(v).replace(/^\//, '').toLowerCase();
    return o === 'upheld' || o === 'overturned' ? o : 'unknown';
  }

  function badge(outcome) {
    const o = outcomeOf(outcome);
    return el('span', { class: `badge ${o}` }, OUTCOME_WORDS[o]);
  }

  function fmtInt(n) {
    return Number(n || 0).toLocaleString('en-US');
  }

  function plural(n, one, many) {
    return `${fmtInt(n)} ${Number(n) === 1 ? one : many}`;
  }

  function fmtMs(ms) {
    const n = Number(ms);
    return Number.isFinite(n) ? `${n < 10 ? n.toFixed(1) : Math.round(n)} ms` : '';
  }

  function fmtDate(d) {
    const s = str(d);
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
    if (!m) return s;
    const dt = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (Number.isNaN(dt.getTime())) return s;
    return dt.toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  }

  function chipLabel(field) {
    const spec = FACET_BY_FIELD.get(field);
    return spec ? spec.chip : OTHER_CHIP_LABELS[field] || field;
  }

  function facetLabel(field, path) {
    if (field === 'outcome') return OUTCOME_WORDS[outcomeOf(path)];
    return lastLabel(path);
  }

  // ---------------------------------------------------------------- drawing

  function setLoading(on) {
    $('#loading').hidden = !on;
    document.body.classList.toggle('is-loading', on);
    $('#main').setAttribute('aria-busy', on ? 'true' : 'false');
  }

  function showError(message, kind) {
    const box = $('#error');
    box.replaceChildren(el('strong', null, 'Could not run that: '), str(message));
    box.dataset.kind = str(kind);
    box.hidden = false;
  }

  function clearError() {
    const box = $('#error');
    box.hidden = true;
    box.replaceChildren();
    delete box.dataset.kind;
  }

  function draw(data) {
    drawControls();
    if (state.view === 'letter') {
      drawLetter(data.letter);
      return;
    }
    drawCount(data.search);
    drawFacets(data.search ? data.search.facets : null);
    if (state.view === 'trend') {
      drawTrend(data.stats);
      return;
    }
    if (state.view === 'results') drawResults(data.search);
    else drawStats(data.stats);
  }

  function drawControls() {
    const q = $('#q');
    if (q.value !== state.q) q.value = state.q;
    $('#sort').value = state.sort;
    $('#since').value = state.since;
    $('#until').value = state.until;
    $('#clear-dates').hidden = !(state.since || state.until);

    const view = state.view;
    document.body.dataset.view = view;
    $('#results-view').hidden = view !== 'results';
    $('#stats').hidden = view !== 'stats';
    $('#trend').hidden = view !== 'trend';
    $('#letter').hidden = view !== 'letter';
    $('#toolbar').hidden = view === 'letter';
    $('#sort-label').hidden = view !== 'results';
    $('#download-csv').href = exportUrl(state);
    for (const tab of document.querySelectorAll('.tab')) {
      const on = tab.dataset.view === view;
      if (on) tab.setAttribute('aria-current', 'page');
      else tab.removeAttribute('aria-current');
    }
    const letterTab = $('#tab-letter');
    letterTab.hidden = !state.letter;
    letterTab.textContent = state.letter ? `Letter ${state.letter.replace(/^.*\//, '')}` : 'Letter';

    const chips = $('#chips');
    chips.replaceChildren();
    for (const [field, path] of state.filters) {
      chips.append(el('button', {
        type: 'button', class: 'chip', 'data-field': field, 'data-path': path,
        title: 'Remove this filter', 'aria-label': `Remove filter ${chipLabel(field)}: ${path}`,
      }, `${chipLabel(field)}: ${path} ×`));
    }
    if (state.filters.length > 1) {
      chips.append(el('button', { type: 'button', class: 'linklike', id: 'clear-filters' }, 'Clear all'));
    }
    $('#chips-box').hidden = state.filters.length === 0;
    const n = state.filters.length + (state.since ? 1 : 0) + (state.until ? 1 : 0);
    $('#filters-toggle').textContent = n ? `Filters (${n} active)` : 'Filters';

    const bits = [];
    if (view === 'letter') bits.push(`Letter ${state.letter}`);
    else if (state.q) bits.push(state.q);
    if (view === 'stats') bits.push('overturn rates');
    if (view === 'trend') bits.push('over time');
    bits.push('IMR decision search');
    document.title = bits.join(' · ');
  }

  function drawCount(search) {
    const count = $('#count');
    if (!search) {
      count.dataset.total = '';
      count.textContent = 'No results to show.';
      return;
    }
    const total = Number(search.total) || 0;
    count.dataset.total = String(total);
    const took = fmtMs(search.took_ms);
    count.textContent = `${plural(total, 'item', 'items')} (matching decisions)${took ? ` · ${took}` : ''}`;
  }

  // ----- facets

  function drawFacets(facets) {
    const box = $('#facets');
    box.replaceChildren();
    if (!facets || typeof facets !== 'object') return;
    for (const spec of FACETS) {
      const list = facets[spec.field];
      if (!Array.isArray(list)) continue;
      const head = el('h2', { class: 'side-title', id: `facet-${spec.field}` }, spec.title);
      const section = el('section', { class: 'facet', 'data-field': spec.field, 'aria-labelledby': `facet-${spec.field}` }, head);
      section.append(list.length ? facetList(spec, '/', list, facets, 1) : el('p', { class: 'muted small' }, 'None in these results.'));
      box.append(section);
    }
  }

  function facetList(spec, parent, list, facets, depth) {
    let entries = list.filter((e) => e && typeof e.path === 'string');
    if (spec.field === 'year') entries = entries.slice().sort((a, b) => b.path.localeCompare(a.path));
    const ul = el('ul', { class: depth === 1 ? 'tree' : 'tree sub', role: 'list' });
    const moreKey = `${spec.field}:${parent}`;
    const cut = showAll.has(moreKey) ? entries.length : 8;
    for (const entry of entries.slice(0, cut)) ul.append(facetItem(spec, entry, facets, depth));
    if (entries.length > 8) {
      const open = showAll.has(moreKey);
      ul.append(el('li', { class: 'more-row' }, el('button', {
        type: 'button', class: 'linklike more', 'data-key': moreKey, 'aria-expanded': open ? 'true' : 'false',
      }, open ? 'Show fewer' : `Show all ${entries.length}`)));
    }
    return ul;
  }

  function facetItem(spec, entry, facets, depth) {
    const path = entry.path;
    const li = el('li');
    const row = el('div', { class: 'facet-row' });
    const key = `${spec.field}:${path}`;
    const open = state.expand.includes(key);
    const label = facetLabel(spec.field, path);
    if (depth < spec.depth) {
      row.append(el('button', {
        type: 'button', class: 'toggle', 'data-field': spec.field, 'data-path': path,
        'aria-expanded': open ? 'true' : 'false',
        'aria-label': `${open ? 'Hide' : 'Show'} the parts of ${label}`,
      }, open ? '▾' : '▸'));
    } else if (spec.depth > 1) {
      row.append(el('span', { class: 'toggle-space', 'aria-hidden': 'true' }));
    }
    const active = hasFilter(state, spec.field, path);
    row.append(el('button', {
      type: 'button', class: active ? 'facet-value active' : 'facet-value',
      'data-field': spec.field, 'data-path': path, title: path,
      'aria-pressed': active ? 'true' : 'false',
    }, el('span', { class: 'label' }, label), ' ', el('span', { class: 'n' }, fmtInt(entry.count))));
    li.append(row);
    if (open) {
      const children = facets[key];
      if (Array.isArray(children) && children.length) li.append(facetList(spec, path, children, facets, depth + 1));
      else li.append(el('p', { class: 'muted small sub-note' }, 'No finer parts here.'));
    }
    return li;
  }

  // ----- results

  function drawResults(search) {
    const box = $('#results');
    box.replaceChildren();
    const pager = $('#pager');
    if (!search) {
      pager.hidden = true;
      return;
    }
    const hits = Array.isArray(search.hits) ? search.hits : [];
    const total = Number(search.total) || 0;
    if (!hits.length) {
      box.append(el('p', { class: 'empty' }, total && state.offset
        ? 'There are no items on this page. Go back to an earlier page.'
        : 'Nothing matches. Try fewer or different words, or remove a filter.'));
    }
    const ol = el('ol', { class: 'hit-list', start: state.offset + 1 });
    for (const h of hits) ol.append(el('li', null, drawHit(h)));
    if (hits.length) box.append(ol);

    pager.hidden = total === 0 && state.offset === 0;
    const from = hits.length ? state.offset + 1 : 0;
    const to = state.offset + hits.length;
    pager.querySelector('.range').textContent = hits.length
      ? `items ${fmtInt(from)}–${fmtInt(to)} of ${fmtInt(total)}` : `of ${fmtInt(total)}`;
    pager.querySelector('.prev').disabled = state.offset === 0;
    pager.querySelector('.next').disabled = state.offset + LIMIT >= total;
  }

  function letterKeyOf(h) {
    return str(h.case_number) || str(h.file);
  }

  function drawHit(h) {
    const key = letterKeyOf(h);
    const item = Number.isInteger(h.item_index) ? h.item_index : null;
    const href = key ? hrefFor(letterState(key, item)) : null;
    const outcome = outcomeOf(h.outcome);
    const art = el('article', {
      class: 'hit', 'data-file': str(h.file), 'data-case': str(h.case_number),
      'data-item': item === null ? '' : item, 'data-outcome': outcome,
    });
    const name = str(h.case_number) || str(h.file) || '(unnamed letter)';
    const openLink = (text, cls) => (href
      ? el('a', { class: `open-letter ${cls}`, href, 'data-key': key, 'data-item': item === null ? '' : item }, text)
      : el('span', { class: cls }, text));

    const head = el('div', { class: 'hit-head' }, openLink(name, 'case'), ' ', badge(outcome));
    if (item !== null) head.append(' ', el('span', { class: 'muted small' }, `item ${item + 1}`));
    if (h.ur_date) head.append(el('span', { class: 'hit-date muted small' }, `UR denial ${fmtDate(h.ur_date)}`));
    art.append(head);

    art.append(el('h3', { class: 'service' }, openLink(str(h.service) || '(service not recognised)', 'service-link')));

    const meta = el('dl', { class: 'meta' });
    const row = (label, value) => {
      if (value === null || value === undefined || value === '') return;
      meta.append(el('div', null, el('dt', null, label), el('dd', null, value)));
    };
    if (h.category) row('Service type', pathNode(h.category));
    const guides = Array.isArray(h.guidelines) ? h.guidelines : [];
    if (guides.length) {
      const ul = el('ul', { class: 'guides' });
      for (const g of guides) ul.append(el('li', null, pathNode(g)));
      row('Reviewer relied on', ul);
    } else {
      row('Reviewer relied on', el('span', { class: 'muted' }, 'no guideline recognised'));
    }
    const specs = Array.isArray(h.specialties) ? h.specialties : [];
    if (specs.length) {
      const frag = document.createDocumentFragment();
      specs.forEach((sp, i) => {
        if (i) frag.append(', ');
        frag.append(pathNode(sp));
      });
      row(specs.length > 1 ? 'Specialties' : 'Specialty', frag);
    }
    art.append(meta);
    if (h.snippet) art.append(el('p', { class: 'snippet' }, highlighted(h.snippet, h.highlights)));
    return art;
  }

  // ----- letter

  function drawLetter(L) {
    const box = $('#letter');
    box.replaceChildren();
    const back = el('a', { class: 'back', href: hrefFor(resultsState()) }, '← Back to results');
    box.append(el('p', { class: 'back-row' }, back));
    if (!L) {
      box.append(el('p', { class: 'empty' }, 'This letter could not be shown.'));
      return;
    }
    const title = str(L.case_number) ? `Case ${L.case_number}` : str(L.file) || 'Letter';
    const h2 = el('h2', { class: 'letter-title', tabindex: '-1' }, title);
    const fin = FINAL_WORDS[str(L.final_determination)];
    if (fin) h2.append(' ', el('span', { class: `badge ${fin[1]}` }, `Final: ${fin[0]}`));
    box.append(h2);

    const fields = el('dl', { class: 'letter-fields' });
    const add = (label, value) => {
      if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) return;
      const dd = el('dd', null, Array.isArray(value) ? value.map(str).join(', ') : value instanceof Node ? value : str(value));
      fields.append(el('div', null, el('dt', null, label), dd));
    };
    add('Case number', L.case_number);
    add('UR denial date', L.ur_date && fmtDate(L.ur_date));
    add('Application received', L.application_received_date && fmtDate(L.application_received_date));
    add('Assigned to reviewer', L.assigned_date && fmtDate(L.assigned_date));
    add('Decision date', L.decision_date && fmtDate(L.decision_date));
    add('Date of injury', L.injury_date && fmtDate(L.injury_date));
    add('Age', L.age);
    add('Gender', L.gender);
    add('Reviewer specialty', Array.isArray(L.specialties) && L.specialties.length ? L.specialties : L.specialty_text);
    if (Array.isArray(L.specialties) && L.specialties.length && L.specialty_text
        && str(L.specialty_text) !== L.specialties.map(str).join(', ')) {
      add('Specialty as written', L.specialty_text);
    }
    add('Licensed in', L.license_states);
    add('Final determination', fin ? fin[0] : L.final_determination);
    add('File', L.file);
    box.append(fields);

    const diagnoses = Array.isArray(L.diagnoses) ? L.diagnoses.filter((d) => str(d)) : [];
    if (diagnoses.length) {
      box.append(el('h3', null, 'Diagnoses'));
      const ul = el('ul', { class: 'diagnoses' });
      for (const d of diagnoses) ul.append(el('li', null, str(d)));
      box.append(ul);
    }
    if (str(L.summary)) {
      box.append(el('h3', null, 'Case summary'), el('div', { class: 'summary prose' }, str(L.summary)));
    }

    const items = Array.isArray(L.items) ? L.items : [];
    const marks = Array.isArray(L.highlights) ? L.highlights : [];
    box.append(el('h3', null, items.length === 1 ? 'The decision' : `The decisions (${items.length} items)`));
    if (!items.length) box.append(el('p', { class: 'muted' }, 'No decided items were recognised in this letter.'));
    const cites = Array.isArray(L.citations) ? L.citations : [];
    const key = str(L.case_number) || str(L.file);
    items.forEach((it, i) => box.append(drawItem(it || {}, i, marks[i], cites[i], key)));
  }

  function guideBlock(cls, heading, paths, citation) {
    const sec = el('section', { class: `guide-block ${cls}` }, el('h5', null, heading));
    const list = Array.isArray(paths) ? paths.filter((p) => str(p)) : [];
    if (list.length) {
      const ul = el('ul', { class: 'guides' });
      for (const p of list) ul.append(el('li', null, pathNode(p)));
      sec.append(ul);
    } else {
      sec.append(el('p', { class: 'muted small' }, 'No guideline recognised.'));
    }
    if (str(citation)) sec.append(el('blockquote', { class: 'citation' }, str(citation)));
    return sec;
  }

  // Each decision reason with the rationale's sentence that gave it: the
  // sentence shows on hover (title) and when the reason is expanded, so a
  // facet value can be checked against the letter in one look.
  function reasonList(reasons, evidence) {
    const said = new Map();
    for (const e of Array.isArray(evidence) ? evidence : []) {
      if (e && str(e.reason) && str(e.sentence) && !said.has(str(e.reason))) said.set(str(e.reason), str(e.sentence));
    }
    const box = el('div', { class: 'muted small item-reasons' }, el('span', { class: 'reasons-label' }, 'Reasons (expand for the sentence): '));
    for (const r of reasons) {
      const sentence = said.get(r);
      if (!sentence) {
        box.append(el('span', { class: 'reason' }, pathNode(r)));
        continue;
      }
      box.append(el('details', { class: 'reason', 'data-reason': r },
        el('summary', { title: sentence }, pathNode(r)),
        el('blockquote', { class: 'reason-evidence' }, sentence)));
    }
    return box;
  }

  function drawItem(it, i, ranges, citation, key) {
    const outcome = outcomeOf(it.outcome);
    const target = state.item === i;
    const art = el('article', { class: target ? 'item target' : 'item', id: `item-${i}`, 'data-index': i, 'data-outcome': outcome });
    art.append(el('h4', null, el('span', { class: 'item-no' }, `Item ${i + 1}: `), str(it.service) || '(service not recognised)', ' ', badge(outcome)));
    if (it.service_category) art.append(el('p', { class: 'muted small' }, 'Service type: ', pathNode(it.service_category)));
    const regions = Array.isArray(it.regions) ? it.regions.filter((r) => str(r)) : [];
    if (regions.length) art.append(el('p', { class: 'muted small' }, 'Body region: ', ...regions.flatMap((r, k) => (k ? ['; ', pathNode(r)] : [pathNode(r)]))));
    const reasons = Array.isArray(it.reasons) ? it.reasons.filter((r) => str(r)) : [];
    if (reasons.length) art.append(reasonList(reasons, it.reason_evidence));
    if (str(it.requested)) art.append(el('p', { class: 'muted small' }, 'Modified request. Original request: ', str(it.requested), str(it.authorized) ? `; authorized by UR: ${str(it.authorized)}` : ''));
    art.append(el('div', { class: 'guide-grid' },
      guideBlock('reviewer', 'The reviewer relied on', it.reviewer_guidelines, it.reviewer_citation),
      guideBlock('claims', 'The denial (claims administrator) cited', it.claims_administrator_guidelines, it.claims_administrator_citation)));
    const n = Array.isArray(ranges) ? ranges.length : 0;
    const h5 = el('h5', null, "Reviewer's rationale");
    if (n && state.q) h5.append(' ', el('span', { class: 'muted small' }, `(${plural(n, 'match', 'matches')} marked)`));
    art.append(h5, el('div', { class: 'rationale prose' }, highlighted(it.rationale, ranges)));
    // The server writes the citation (as `imr search --format md` does), so
    // a pasted citation reads the same from the page and the terminal.
    if (str(citation)) {
      art.append(el('p', { class: 'cite-row' },
        el('button', { type: 'button', class: 'copy-citation', 'data-citation': str(citation), title: 'Case, date, service, outcome, specialty, guidelines and the matched sentence, as Markdown' }, 'Copy citation'),
        ' ', el('span', { class: 'copy-status muted small', role: 'status' })));
    }
    if (key) art.append(similarSection(key, i, outcome));
    return art;
  }

  // ----- similar decisions

  /** The item's "Similar decisions" buttons and the (empty) panel they fill:
   * items like it across the index, or only those that went the other way. */
  function similarSection(key, i, outcome) {
    const sec = el('section', { class: 'similar', 'data-key': key, 'data-item': i });
    const row = el('p', { class: 'similar-row' },
      el('button', { type: 'button', class: 'similar-button', 'data-outcome': '', title: 'Items of other letters whose rationale and service read most like this one' }, 'Similar decisions'));
    const other = outcome === 'upheld' ? 'overturned' : outcome === 'overturned' ? 'upheld' : '';
    if (other) {
      row.append(' ', el('button', { type: 'button', class: 'similar-button', 'data-outcome': other, title: `Only similar items that were ${other}` }, `Similar, but ${OUTCOME_WORDS[other].toLowerCase()}`));
    }
    sec.append(row, el('div', { class: 'similar-panel', 'aria-live': 'polite' }));
    return sec;
  }

  function similarUrl(key, item, outcome) {
    const p = new URLSearchParams();
    p.set('key', key);
    p.set('item', String(item));
    if (outcome) p.set('outcome', outcome);
    p.set('limit', String(LIMIT));
    return `/api/similar?${apiQuery(p)}`;
  }

  /** Loads /api/similar for a button's item and lists the hits in its panel:
   * outcome, service, and the case number linking to that letter. */
  async function loadSimilar(btn) {
    const sec = btn.closest('section.similar');
    const panel = sec && sec.querySelector('.similar-panel');
    if (!panel) return;
    const item = parseInt(sec.dataset.item || '', 10);
    const outcome = btn.dataset.outcome || '';
    panel.replaceChildren(el('p', { class: 'muted small' }, 'Looking for similar decisions…'));
    let data;
    try {
      data = await getJson(similarUrl(sec.dataset.key || '', Number.isFinite(item) ? item : 0, outcome));
    } catch (e) {
      panel.replaceChildren(el('p', { class: 'error small' }, str(e && e.message) || 'The similar decisions could not be loaded.'));
      return;
    }
    const hits = Array.isArray(data.hits) ? data.hits : [];
    const which = outcome ? `${OUTCOME_WORDS[outcome].toLowerCase()} ` : '';
    if (!hits.length) {
      panel.replaceChildren(el('p', { class: 'muted small' }, `No similar ${which}decisions in other letters.`));
      return;
    }
    const ul = el('ul', { class: 'similar-hits' });
    for (const h of hits) {
      const hk = letterKeyOf(h);
      const hi = Number.isInteger(h.item_index) ? h.item_index : null;
      const name = str(h.case_number) || str(h.file) || '(unnamed letter)';
      const link = hk
        ? el('a', { class: 'open-letter case', href: hrefFor(letterState(hk, hi)), 'data-key': hk, 'data-item': hi === null ? '' : hi }, name)
        : el('span', { class: 'case' }, name);
      ul.append(el('li', { class: 'similar-hit', 'data-outcome': outcomeOf(h.outcome) },
        badge(h.outcome), ' ', el('span', { class: 'service' }, str(h.service) || '(service not recognised)'), ' ', link,
        hi === null ? null : el('span', { class: 'muted small' }, ` item ${hi + 1}`)));
    }
    panel.replaceChildren(
      el('p', { class: 'muted small' }, `The ${plural(hits.length, `most similar ${which}decision`, `most similar ${which}decisions`)} of ${fmtInt(data.total)} sharing its words:`),
      ul);
  }

  // ----- overturn rates

  function statsField(by) {
    const i = by.indexOf(':');
    return i < 0 ? by : by.slice(0, i);
  }

  function statsPath(by) {
    const i = by.indexOf(':');
    return i < 0 ? '/' : by.slice(i + 1);
  }

  function statsOptions() {
    return STATS_BY.filter(([v]) => !indexFacets || indexFacets.includes(statsField(v)));
  }

  function byLabel(by) {
    const known = STATS_BY.find(([v]) => v === by);
    if (known) return known[1];
    const spec = FACET_BY_FIELD.get(statsField(by));
    return `${spec ? spec.title : statsField(by)}: ${shortPath(statsPath(by))}`;
  }

  function drawStats(st) {
    lastStats = st || null;
    const select = $('#by');
    select.replaceChildren();
    const opts = statsOptions();
    if (!opts.some(([v]) => v === state.by)) opts.push([state.by, byLabel(state.by)]);
    for (const [v, label] of opts) select.append(el('option', { value: v }, label));
    select.value = state.by;

    const field = statsField(state.by);
    const spec = FACET_BY_FIELD.get(field);
    const crumbs = $('#stats-crumbs');
    crumbs.replaceChildren();
    const crumbSegs = segments(statsPath(state.by));
    if (spec && spec.depth > 1 && crumbSegs.length) {
      const segs = crumbSegs;
      const parts = [['All', field]];
      segs.forEach((s, i) => parts.push([shortName(s), `${field}:/${segs.slice(0, i + 1).join('/')}`]));
      parts.forEach(([label, by], i) => {
        if (i) crumbs.append(' › ');
        if (i === parts.length - 1) crumbs.append(el('span', { 'aria-current': 'true' }, label));
        else crumbs.append(el('button', { type: 'button', class: 'linklike crumb', 'data-by': by }, label));
      });
    }

    const rows = st && Array.isArray(st.rows) ? st.rows.filter((r) => r && typeof r === 'object') : [];
    $('#stats-summary').textContent = st
      ? `${plural(st.total, 'item matches', 'items match')} the search and filters${st.took_ms !== undefined ? ` (${fmtMs(st.took_ms)})` : ''}. `
        + 'The rate is the share of decided items (upheld or overturned) that were overturned; '
        + 'an item citing several guidelines counts once under each.'
      : '';
    drawChart(rows);
    drawStatsTable(rows, field, spec);
  }

  function rowLabel(field, value) {
    if (field === 'outcome') return OUTCOME_WORDS[outcomeOf(value)];
    return lastLabel(value);
  }

  function rateText(r) {
    const up = Number(r.upheld) || 0;
    const over = Number(r.overturned) || 0;
    if (r.overturn_rate === null || r.overturn_rate === undefined || up + over === 0) {
      return { pct: null, words: 'no decided items' };
    }
    const rate = Number(r.overturn_rate);
    const short = `${fmtInt(over)} of ${fmtInt(up + over)}`;
    return { pct: `${Math.round(rate * 100)}%`, rate, short, words: `${short} overturned` };
  }

  /** Most bars the chart draws; the table below always lists every row. */
  const CHART_MAX = 40;

  function drawChart(allRows) {
    const box = $('#chart');
    box.replaceChildren();
    if (!allRows.length) {
      box.append(el('p', { class: 'empty' }, 'No items to count for this grouping.'));
      return;
    }
    const rows = allRows.slice(0, CHART_MAX);
    const field = statsField(state.by);
    const width = Math.max(280, Math.floor(box.clientWidth || 640));
    const charW = 7.2;
    const texts = rows.map((r) => {
      const t = rateText(r);
      return t.pct ? `${t.pct} · ${t.words}` : t.words;
    });
    const textW = Math.min(width / 2, Math.max(...texts.map((x) => x.length)) * charW + 14);
    const barMax = Math.max(60, width - textW);
    const rowH = 46;
    const height = rows.length * rowH + 8;
    const chart = svg('svg', {
      width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'bars',
      'aria-label': `Overturn rate by ${byLabel(state.by)}; the same figures are in the table below.`,
    });
    rows.forEach((r, i) => {
      const y = i * rowH + 4;
      const label = rowLabel(field, r.value);
      const t = rateText(r);
      const g = svg('g', { class: 'bar-row' });
      g.append(svg('title', null, `${str(r.value)}: ${t.pct ? `${t.pct} overturned, ${t.words}` : t.words}; ${plural(r.items, 'item', 'items')}`));
      const items = plural(r.items, 'item', 'items');
      const maxChars = Math.max(8, Math.floor((width - items.length * charW - 16) / charW));
      const shown = label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label;
      g.append(svg('text', { x: 0, y: y + 13, class: 'bar-label' }, shown));
      g.append(svg('text', { x: width - 2, y: y + 13, class: 'bar-items', 'text-anchor': 'end' }, items));
      g.append(svg('rect', { x: 0, y: y + 20, width: barMax, height: 16, class: 'bar-track', rx: 2 }));
      if (t.pct) {
        const w = Math.max(0, Math.min(1, t.rate)) * barMax;
        g.append(svg('rect', { x: 0, y: y + 20, width: w.toFixed(1), height: 16, class: 'bar', rx: 2 }));
      }
      g.append(svg('text', { x: barMax + 8, y: y + 33, class: t.pct ? 'bar-value' : 'bar-value none' }, texts[i]));
      chart.append(g);
    });
    box.append(chart);
    if (allRows.length > rows.length) {
      box.append(el('p', { class: 'muted small' }, `The chart shows the ${rows.length} largest of ${allRows.length} groups; the table lists them all.`));
    }
  }

  function drawStatsTable(rows, field, spec) {
    const table = $('#stats-table');
    table.replaceChildren();
    if (!rows.length) return;
    table.append(el('caption', null, `Overturn rate by group (${byLabel(state.by)})`));
    table.append(el('thead', null, el('tr', null,
      el('th', { scope: 'col' }, 'Group'),
      el('th', { scope: 'col', class: 'num' }, 'Overturn rate'),
      el('th', { scope: 'col', class: 'num' }, 'Overturned of decided'),
      el('th', { scope: 'col', class: 'num' }, 'Items'))));
    const body = el('tbody');
    for (const r of rows) {
      const value = str(r.value);
      const t = rateText(r);
      // The row's actions sit under its name, so the table stays four
      // columns wide and fits a phone.
      const actions = el('div', { class: 'actions' });
      if (spec && segments(value).length < spec.depth) {
        actions.append(el('button', {
          type: 'button', class: 'linklike drill', 'data-by': `${field}:${value}`,
          'aria-label': `Break down ${rowLabel(field, value)} into its parts`,
        }, 'Break down'), ' ');
      }
      if (value.startsWith('/')) {
        actions.append(el('button', {
          type: 'button', class: 'linklike show-items', 'data-field': field, 'data-path': value,
          'aria-label': `Show the items for ${rowLabel(field, value)}`,
        }, 'Show items'));
      }
      body.append(el('tr', { 'data-value': value },
        el('th', { scope: 'row' }, el('span', { class: 'row-label', title: value }, rowLabel(field, value)), actions),
        el('td', { class: 'num' }, t.pct || '–'),
        el('td', { class: 'num' }, t.pct ? t.short : t.words),
        el('td', { class: 'num' }, fmtInt(r.items))));
    }
    table.append(body);
  }

  // ----- over time

  /** The last trend document drawn, for redrawing on resize. */
  let lastTrend = null;

  function trendRows(t) {
    return t && Array.isArray(t.rows) ? t.rows.filter((r) => r && typeof r === 'object') : [];
  }

  function periodWord(period) {
    const known = PERIODS.find(([v]) => v === period);
    return known ? known[1].toLowerCase() : period;
  }

  function drawTrend(t) {
    lastTrend = t || null;
    const select = $('#period');
    if (!select.options.length) {
      for (const [v, label] of PERIODS) select.append(el('option', { value: v }, label));
    }
    select.value = state.period;
    const rows = trendRows(t);
    const summary = $('#trend-summary');
    summary.replaceChildren();
    if (t) {
      summary.append(
        `${plural(t.total, 'item matches', 'items match')} the search and filters${t.took_ms !== undefined ? ` (${fmtMs(t.took_ms)})` : ''}, `
        + `counted by ${periodWord(state.period)} of the IMR decision date, oldest first; periods without items show 0. `
        + 'The rate is the share of decided items (upheld or overturned) that were overturned.');
      const byUr = Number(t.dated_by_ur) || 0;
      const undated = Number(t.undated) || 0;
      summary.append(el('span', { class: 'trend-note', id: 'trend-note' },
        ` ${plural(byUr, 'item is', 'items are')} dated by the UR date because the letter gives no decision date`
        + `${undated ? `; ${plural(undated, 'item has', 'items have')} neither date and is not counted here` : ''}.`));
    }
    drawTrendChart(rows);
    drawTrendTable(rows);
  }

  /** Bars for items per period (left scale), a line with dots for the
   * overturn rate (right scale, 0-100%); numbers under each period when
   * they fit, else in each bar's tooltip and the table. */
  function drawTrendChart(rows) {
    const box = $('#trend-chart');
    box.replaceChildren();
    if (!rows.length) {
      box.append(el('p', { class: 'empty' }, 'No dated items to count for this search.'));
      return;
    }
    const width = Math.max(280, Math.floor(box.clientWidth || 640));
    const left = 44;
    const right = 44;
    const top = 12;
    const plotH = 180;
    const step = (width - left - right) / rows.length;
    const numbers = step >= 46;
    const height = top + plotH + (numbers ? 62 : 28);
    const maxItems = Math.max(1, ...rows.map((r) => Number(r.items) || 0));
    const yItems = (n) => top + plotH - (n / maxItems) * plotH;
    const yRate = (x) => top + plotH - Math.max(0, Math.min(1, x)) * plotH;
    const chart = svg('svg', {
      width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'trend',
      'aria-label': `Items and overturn rate by ${periodWord(state.period)}; the same figures are in the table below.`,
    });
    // Scales: items on the left, rate on the right.
    for (const [frac, label, rate] of [[0, '0', '0%'], [0.5, '', '50%'], [1, fmtInt(maxItems), '100%']]) {
      const y = top + plotH - frac * plotH;
      chart.append(svg('line', { x1: left, x2: width - right, y1: y, y2: y, class: 'trend-grid' }));
      if (label) chart.append(svg('text', { x: left - 6, y: y + 4, class: 'trend-axis', 'text-anchor': 'end' }, label));
      chart.append(svg('text', { x: width - right + 6, y: y + 4, class: 'trend-axis rate' }, rate));
    }
    // Period labels: every one when they fit, else every k-th.
    const every = Math.max(1, Math.ceil(60 / step));
    const points = [];
    rows.forEach((r, i) => {
      const items = Number(r.items) || 0;
      const x = left + i * step;
      const cx = x + step / 2;
      const t = rateText(r);
      const g = svg('g', { class: 'trend-period', 'data-period': str(r.value) });
      g.append(svg('title', null, `${str(r.value)}: ${plural(items, 'item', 'items')}; ${t.pct ? `${t.pct} overturned (${t.words})` : t.words}`));
      const barW = Math.max(1, step * 0.7);
      g.append(svg('rect', {
        x: (cx - barW / 2).toFixed(1), y: yItems(items).toFixed(1), width: barW.toFixed(1),
        height: (top + plotH - yItems(items)).toFixed(1), class: 'trend-bar',
      }));
      if (i % every === 0) {
        g.append(svg('text', { x: cx.toFixed(1), y: top + plotH + 16, class: 'trend-label', 'text-anchor': 'middle' }, str(r.value)));
      }
      if (numbers) {
        g.append(svg('text', { x: cx.toFixed(1), y: top + plotH + 34, class: 'trend-items', 'text-anchor': 'middle' }, fmtInt(items)));
        g.append(svg('text', { x: cx.toFixed(1), y: top + plotH + 52, class: 'trend-rate-text', 'text-anchor': 'middle' }, t.pct || '–'));
      }
      chart.append(g);
      points.push(t.pct ? [cx, yRate(t.rate)] : null);
    });
    // The rate line breaks where a period has no decided item.
    let run = [];
    const flush = () => {
      if (run.length > 1) chart.append(svg('polyline', { points: run.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '), class: 'trend-line' }));
      run = [];
    };
    for (const pt of points) {
      if (pt) run.push(pt);
      else flush();
    }
    flush();
    for (const pt of points) {
      if (pt) chart.append(svg('circle', { cx: pt[0].toFixed(1), cy: pt[1].toFixed(1), r: 3.5, class: 'trend-dot' }));
    }
    box.append(chart);
    const legend = el('p', { class: 'trend-legend muted small' },
      el('span', { class: 'swatch bar' }), ' items (left scale) ',
      el('span', { class: 'swatch rate' }), ' overturn rate (right scale)');
    if (!numbers) legend.append(' · each period\u2019s figures are in its tooltip and the table');
    box.append(legend);
  }

  function drawTrendTable(rows) {
    const table = $('#trend-table');
    table.replaceChildren();
    if (!rows.length) return;
    table.append(el('caption', null, `Items and overturn rate by ${periodWord(state.period)} of the decision date`));
    table.append(el('thead', null, el('tr', null,
      el('th', { scope: 'col' }, 'Period'),
      el('th', { scope: 'col', class: 'num' }, 'Items'),
      el('th', { scope: 'col', class: 'num' }, 'Overturn rate'),
      el('th', { scope: 'col', class: 'num' }, 'Overturned of decided'),
      el('th', { scope: 'col', class: 'num' }, 'Dated by UR date'))));
    const body = el('tbody');
    for (const r of rows) {
      const t = rateText(r);
      body.append(el('tr', { 'data-value': str(r.value) },
        el('th', { scope: 'row' }, str(r.value)),
        el('td', { class: 'num' }, fmtInt(r.items)),
        el('td', { class: 'num' }, t.pct || '–'),
        el('td', { class: 'num' }, t.pct ? t.short : t.words),
        el('td', { class: 'num' }, fmtInt(r.dated_by_ur))));
    }
    table.append(body);
  }

  // ---------------------------------------------------------------- events

  /** Copies a button's `data-citation` to the clipboard and says whether
   * it worked; the Clipboard API needs a secure context (loopback is one),
   * the textarea fallback covers other addresses. */
  async function copyCitation(btn) {
    const text = btn.dataset.citation || '';
    const status = btn.parentElement && btn.parentElement.querySelector('.copy-status');
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch (_) {
      const area = el('textarea', { class: 'copy-buffer', readonly: true }, text);
      document.body.append(area);
      area.select();
      try { ok = document.execCommand('copy'); } catch (_) { ok = false; }
      area.remove();
    }
    if (status) status.textContent = ok ? 'Copied.' : 'Could not copy: your browser refused the clipboard.';
  }

  function onClick(e) {
    const t = e.target instanceof Element ? e.target : null;
    if (!t) return;

    const link = t.closest('a.open-letter');
    if (link && plainClick(e)) {
      e.preventDefault();
      const item = parseInt(link.dataset.item || '', 10);
      go(letterState(link.dataset.key || '', Number.isFinite(item) ? item : null), { fromResults: true });
      return;
    }
    const back = t.closest('a.back');
    if (back && plainClick(e)) {
      e.preventDefault();
      if (history.state && history.state.fromResults) history.back();
      else go(resultsState());
      return;
    }
    const home = t.closest('#home');
    if (home && plainClick(e)) {
      e.preventDefault();
      go(defaultState());
      return;
    }

    const btn = t.closest('button');
    if (!btn) return;
    if (btn.classList.contains('copy-citation')) {
      copyCitation(btn);
      return;
    }
    if (btn.classList.contains('similar-button')) {
      loadSimilar(btn);
      return;
    }
    if (btn.classList.contains('facet-value')) {
      const { field, path } = btn.dataset;
      const on = hasFilter(state, field, path);
      const filters = on
        ? state.filters.filter(([f, v]) => !(f === field && v === path))
        : state.filters.concat([[field, path]]);
      go(withChanges({ filters, offset: 0, view: state.view === 'letter' ? 'results' : state.view }), { scroll: 'keep' });
    } else if (btn.classList.contains('chip')) {
      const { field, path } = btn.dataset;
      go(withChanges({ filters: state.filters.filter(([f, v]) => !(f === field && v === path)), offset: 0 }), { scroll: 'keep' });
    } else if (btn.id === 'clear-filters') {
      go(withChanges({ filters: [], offset: 0 }), { scroll: 'keep' });
    } else if (btn.classList.contains('toggle')) {
      const key = `${btn.dataset.field}:${btn.dataset.path}`;
      const expand = state.expand.includes(key)
        ? state.expand.filter((x) => x !== key && !x.startsWith(`${key}/`))
        : state.expand.concat([key]);
      go(withChanges({ expand }), { scroll: 'keep' });
    } else if (btn.classList.contains('more')) {
      const k = btn.dataset.key;
      if (showAll.has(k)) showAll.delete(k);
      else showAll.add(k);
      // Redraw from the cache: no new request, no history entry.
      go(state, { push: false, scroll: 'keep' });
    } else if (btn.classList.contains('tab')) {
      const view = btn.dataset.view;
      if (view !== state.view) go(withChanges({ view }), { scroll: 'top' });
    } else if (btn.classList.contains('prev')) {
      go(withChanges({ offset: Math.max(0, state.offset - LIMIT) }));
    } else if (btn.classList.contains('next')) {
      go(withChanges({ offset: state.offset + LIMIT }));
    } else if (btn.classList.contains('drill') || btn.classList.contains('crumb')) {
      go(withChanges({ by: btn.dataset.by }), { scroll: 'keep' });
    } else if (btn.classList.contains('show-items')) {
      const filters = state.filters.slice();
      addFilterTo(filters, btn.dataset.field, btn.dataset.path);
      go(withChanges({ filters, offset: 0, view: 'results' }));
    } else if (btn.classList.contains('example')) {
      $('#q').value = btn.textContent;
      submitSearch();
    } else if (btn.id === 'clear-dates') {
      go(withChanges({ since: '', until: '', offset: 0 }), { scroll: 'keep' });
    } else if (btn.id === 'filters-toggle') {
      const open = document.body.classList.toggle('filters-open');
      btn.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
  }

  function submitSearch() {
    const q = $('#q').value;
    go(withChanges({ q, offset: 0, view: state.view === 'letter' ? 'results' : state.view }), { fresh: true });
  }

  function onKey(e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t instanceof Element && (t.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))) return;
    e.preventDefault();
    const q = $('#q');
    q.focus();
    q.select();
  }

  function onDate(e) {
    const v = e.target.value;
    if (v && !DATE_RE.test(v)) return;
    go(withChanges({ [e.target.id]: v, offset: 0 }), { scroll: 'keep' });
  }

  let resizeTimer = 0;
  function onResize() {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      if (state.view === 'stats' && lastStats) drawChart(Array.isArray(lastStats.rows) ? lastStats.rows : []);
      if (state.view === 'trend' && lastTrend) drawTrendChart(trendRows(lastTrend));
    }, 150);
  }

  async function loadInfo() {
    try {
      const res = await fetch('/api/info', { headers: { Accept: 'application/json' } });
      if (!res.ok) return;
      const info = await res.json();
      if (info && Array.isArray(info.facets)) indexFacets = info.facets.map(str);
      if (info && info.documents !== undefined) {
        $('#corpus-info').textContent = `${plural(info.documents, 'item', 'items')} indexed`;
      }
    } catch (e) {
      // The search itself will report an unreachable server.
    }
  }

  async function start() {
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    $('#search-form').addEventListener('submit', (e) => {
      e.preventDefault();
      submitSearch();
    });
    $('#sort').addEventListener('change', (e) => go(withChanges({ sort: e.target.value, offset: 0 })));
    $('#by').addEventListener('change', (e) => go(withChanges({ by: e.target.value }), { scroll: 'keep' }));
    $('#period').addEventListener('change', (e) => go(withChanges({ period: e.target.value }), { scroll: 'keep' }));
    $('#since').addEventListener('change', onDate);
    $('#until').addEventListener('change', onDate);
    window.addEventListener('resize', onResize);
    window.addEventListener('popstate', (e) => {
      const scroll = e.state && typeof e.state.scroll === 'number' ? e.state.scroll : 'top';
      go(parseUrl(location.search), { push: false, scroll });
    });
    await loadInfo();
    history.replaceState(Object.assign({}, history.state || {}, { scroll: window.scrollY }), '');
    go(parseUrl(location.search), { push: false, scroll: 'top' });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();

/*
 * The dashboard: plain browser code over the HTTP API. The page's state lives in its URL, with
 * the API's own parameter names (/?topic=nato-expansion&actors=RU,NATO&bucket=month), so a view
 * can be shared, bookmarked and reopened. The chart is the API's Vega-Lite spec drawn by
 * vega-embed (served from this server, not a CDN); a click on a point lists its evidence.
 */

/** Parameters kept in the URL, in the API's names; lists are comma-separated. */
const PARAMS = ['topic', 'actors', 'from', 'to', 'bucket', 'smooth', 'scorer', 'source', 'lang', 'min_confidence'];
const LISTS = new Set(['actors', 'source', 'lang']);
const DEFAULTS = { bucket: 'month' };
/** The API's limit on actors per trend. */
const MAX_ACTORS = 10;
const EVIDENCE_PAGE = 20;
/** @type {import('vega-embed').EmbedOptions} The chart as SVG, without vega-embed's action menu (the page has its own downloads). */
const EMBED_OPTIONS = { actions: false, renderer: 'svg', tooltip: { theme: 'light' } };

const $ = (selector) => document.querySelector(selector);

const state = readState(location.search);
const catalogue = { topics: [], actors: [], byCode: new Map() };
const facetsByTopic = new Map();
let compareRows = [];
let compareSort = { key: 'mean', dir: -1 };
/** Each render takes a ticket; an answer that arrives after a newer request is dropped. */
let ticket = 0;

function readState(search) {
  const params = new URLSearchParams(search);
  const next = {};
  for (const name of PARAMS) {
    const value = params.get(name) ?? DEFAULTS[name] ?? '';
    next[name] = LISTS.has(name)
      ? value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : value;
  }
  next.actors = next.actors.map((code) => code.toUpperCase());
  return next;
}

/** The state as API query parameters: empty values left out, `extra` added. */
function query(extra = {}, names = PARAMS) {
  const params = new URLSearchParams();
  for (const name of names) {
    const value = LISTS.has(name) ? state[name].join(',') : state[name];
    if (value !== '' && value !== undefined) params.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return params.toString();
}

function saveUrl() {
  const url = `/?${query()}`;
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
}

async function api(path) {
  const response = await fetch(path);
  const body = await response.json();
  if (!response.ok) throw new Error(body?.error?.message ?? `the server answered ${response.status}`);
  return body;
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

const signed = (x) => (x === null || x === undefined ? '–' : `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(2)}`);

function showMessage(text) {
  $('#message').textContent = text;
}

/* ---------- actors: a search over every name the gazetteer knows, in any language ---------- */

/** Lower case without accents or marks, so "turkiye" finds Türkiye and "rossiya" does not pretend to. */
const fold = (text) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function indexActors(actors) {
  catalogue.actors = actors.map((a) => ({ ...a, keys: [a.code, a.name, ...Object.values(a.names ?? {})].map(fold) }));
  catalogue.byCode = new Map(catalogue.actors.map((a) => [a.code, a]));
}

/** Best matches first: the code itself, then names that start with the text, then names that contain it. */
function findActors(text) {
  const q = fold(text.trim());
  if (!q) return [];
  const rank = (a) => {
    if (a.keys[0] === q) return 0;
    if (a.keys.some((k) => k.startsWith(q))) return 1;
    if (a.keys.some((k) => k.includes(q))) return 2;
    return 3;
  };
  return catalogue.actors
    .map((a) => ({ a, r: rank(a) }))
    .filter((m) => m.r < 3 && !state.actors.includes(m.a.code))
    .sort((x, y) => x.r - y.r || y.a.n_records - x.a.n_records || x.a.name.localeCompare(y.a.name))
    .slice(0, 8)
    .map((m) => m.a);
}

function matchedName(actor, text) {
  const q = fold(text.trim());
  return Object.values(actor.names ?? {}).find((n) => fold(n).includes(q) && n !== actor.name);
}

function renderSuggestions() {
  const input = $('#actor-search');
  const list = $('#actor-suggestions');
  const matches = findActors(input.value);
  list.replaceChildren(
    ...matches.map((a, i) => {
      const other = matchedName(a, input.value);
      return element(
        'li',
        {
          role: 'option',
          id: `actor-option-${a.code}`,
          'data-code': a.code,
          'aria-selected': String(i === 0),
          onmousedown: (e) => e.preventDefault(),
          onclick: () => addActor(a.code),
        },
        `${a.name} (${a.code})`,
        other ? element('small', { text: ` · ${other}` }) : null,
      );
    }),
  );
  list.hidden = matches.length === 0;
  input.setAttribute('aria-expanded', String(!list.hidden));
}

function moveSelection(step) {
  const items = [...$('#actor-suggestions').children];
  if (!items.length) return;
  const at = Math.max(
    0,
    items.findIndex((li) => li.getAttribute('aria-selected') === 'true'),
  );
  const next = (at + step + items.length) % items.length;
  for (const [i, li] of items.entries()) li.setAttribute('aria-selected', String(i === next));
  $('#actor-search').setAttribute('aria-activedescendant', items[next].id);
}

function addActor(code) {
  $('#actor-search').value = '';
  renderSuggestions();
  if (state.actors.includes(code)) return;
  if (state.actors.length >= MAX_ACTORS) {
    showMessage(`At most ${MAX_ACTORS} actors in one chart: remove one first.`);
    return;
  }
  state.actors = [...state.actors, code];
  update();
}

function removeActor(code) {
  state.actors = state.actors.filter((c) => c !== code);
  update();
}

function renderChips(colours) {
  $('#actor-chips').replaceChildren(
    ...state.actors.map((code) => {
      const name = catalogue.byCode.get(code)?.name ?? code;
      const chip = element(
        'span',
        { class: 'chip', 'data-code': code },
        `${name} (${code})`,
        element('button', { type: 'button', 'aria-label': `Remove ${name}`, text: '×', onclick: () => removeActor(code) }),
      );
      if (colours?.[code]) chip.style.setProperty('--chip', colours[code]);
      return chip;
    }),
  );
}

/* ---------- filters ---------- */

function fillTopics(topics) {
  const select = $('#topic');
  select.replaceChildren(...topics.map((t) => element('option', { value: t.id, text: `${t.label} (${t.n_records} record${t.n_records === 1 ? '' : 's'})` })));
}

function fillMulti(picker, name, values, noun) {
  const box = $(`${picker} .options`);
  const chosen = new Set(state[name]);
  // Values in the URL stay listed even when the topic has no records for them.
  const all = [...values, ...[...chosen].filter((v) => !values.some((f) => f.value === v)).map((value) => ({ value, n_records: 0 }))];
  box.replaceChildren(
    ...all.map((f) =>
      element(
        'label',
        {},
        Object.assign(element('input', { type: 'checkbox', value: f.value, onchange: () => setMulti(picker, name) }), { checked: chosen.has(f.value) }),
        ` ${f.value} `,
        element('small', { text: `(${f.n_records})` }),
      ),
    ),
  );
  if (all.length === 0) box.append(element('span', { text: `no ${noun} on this topic` }));
  $(`${picker} summary`).textContent = `${noun[0].toUpperCase()}${noun.slice(1)}: ${chosen.size === 0 ? 'all' : [...chosen].join(', ')}`;
}

function setMulti(picker, name) {
  state[name] = [...document.querySelectorAll(`${picker} input:checked`)].map((i) => i.value);
  update();
}

async function loadFacets() {
  if (!state.topic) return;
  let facets = facetsByTopic.get(state.topic);
  if (!facets) {
    facets = await api(`/v1/facets?${new URLSearchParams({ topic: state.topic })}`);
    facetsByTopic.set(state.topic, facets);
  }
  const scorer = $('#scorer');
  const known = facets.scorers.map((s) => s.value);
  const values = state.scorer && !known.includes(state.scorer) ? [...known, state.scorer] : known;
  scorer.replaceChildren(element('option', { value: '', text: 'best per article' }), ...values.map((v) => element('option', { value: v, text: v })));
  scorer.value = state.scorer;
  fillMulti('#source-picker', 'source', facets.sources, 'sources');
  fillMulti('#lang-picker', 'lang', facets.langs, 'languages');
}

/** Form controls show the state (after a reload or the back button). */
function showState() {
  for (const name of ['topic', 'from', 'to', 'bucket', 'smooth', 'min_confidence']) $(`#${name}`).value = state[name];
  renderChips();
}

/* ---------- the chart ---------- */

function setDownloads(enabled) {
  const stem = `${state.topic}-${state.bucket}`;
  const links = {
    csv: [`/v1/trends?${query({ format: 'csv' })}`, `${stem}.csv`],
    svg: [`/v1/trends/chart?${query({ format: 'svg' })}`, `${stem}.svg`],
    png: [`/v1/trends/chart?${query({ format: 'png' })}`, `${stem}.png`],
    vega: [`/v1/trends/chart?${query({ format: 'vega' })}`, `${stem}.vl.json`],
  };
  for (const [kind, [href, file]] of Object.entries(links)) {
    const a = $(`#download-${kind}`);
    if (enabled) {
      a.href = href;
      a.download = file;
      a.removeAttribute('aria-disabled');
    } else {
      a.removeAttribute('href');
      a.setAttribute('aria-disabled', 'true');
    }
  }
}

function clearChart(message) {
  $('#chart').replaceChildren();
  showMessage(message);
  setDownloads(false);
}

async function renderChart(mine) {
  if (!state.topic) return clearChart('No topic has stance records yet: analyse some articles (stance run <files>, or POST /v1/articles).');
  if (state.actors.length === 0) return clearChart('Pick one or more actors: type a name above, or click an actor in the table below.');
  $('#trend').setAttribute('aria-busy', 'true');
  try {
    const spec = await api(`/v1/trends/chart?${query({ format: 'vega' })}`);
    if (mine !== ticket) return;
    const points = spec.layer.find((layer) => layer.name === 'points');
    // The page shows evidence itself on a click: the links are for the exported spec.
    delete points.encoding.href;
    const rows = spec.data.values;
    const withData = rows.filter((r) => r.mean !== null);
    showMessage(
      withData.length === 0
        ? 'No stance records for these actors on this topic in this window and with these filters: widen the dates, remove a filter, or pick other actors.'
        : '',
    );
    const colours = Object.fromEntries(
      points.encoding.color.scale.domain.map((name, i) => [rows.find((r) => r.series === name)?.actor ?? name, points.encoding.color.scale.range[i]]),
    );
    renderChips(colours);
    spec.width = Math.max(420, Math.min(900, $('#chart').clientWidth - 160));
    const result = await vegaEmbed('#chart', spec, EMBED_OPTIONS);
    result.view.addEventListener('click', (_event, item) => {
      if (item?.datum?.href) showEvidence(item.datum);
    });
    setDownloads(true);
  } catch (error) {
    if (mine === ticket) clearChart(error.message);
  } finally {
    $('#trend').removeAttribute('aria-busy');
  }
}

/* ---------- evidence ---------- */

/**
 * The sentence with the cue that decided its stance marked, when the scorer names one. Found by
 * a case-blind regular expression on the sentence itself: lower-casing first would shift the
 * offsets wherever a letter changes length (Turkish İ becomes two code units).
 */
function sentenceWithCue(evidence) {
  const text = evidence.sentence;
  const cue = evidence.detail?.cue?.trim();
  const found = cue ? new RegExp(cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu').exec(text) : null;
  if (!found) return element('blockquote', { text });
  const at = found.index;
  const end = at + found[0].length;
  return element('blockquote', {}, text.slice(0, at), element('mark', { text: text.slice(at, end) }), text.slice(end));
}

function evidenceItem(item) {
  const title = item.url
    ? element('a', { href: item.url, target: '_blank', rel: 'noopener noreferrer', text: item.title ?? item.article_id })
    : element('strong', { text: item.title ?? item.article_id });
  return element(
    'li',
    {},
    title,
    element(
      'div',
      { class: 'meta' },
      `${item.source ?? 'unknown source'} · ${item.published_at?.slice(0, 10) ?? 'no date'} · ${item.lang ?? ''} · `,
      element('span', { class: `stance-${item.label}`, text: `${item.label} ${signed(item.score)}` }),
      ` (confidence ${item.confidence.toFixed(2)}, ${item.scorer})`,
    ),
    ...item.evidence.map(sentenceWithCue),
  );
}

let evidenceNext = null;

async function showEvidence(datum, cursor) {
  const section = $('#evidence');
  section.hidden = false;
  if (!cursor) {
    $('#evidence-title').textContent =
      `Evidence: ${datum.series}, ${datum.bucket} — mean ${signed(datum.mean)}, ${datum.n_articles} article${datum.n_articles === 1 ? '' : 's'}`;
    $('#evidence-list').replaceChildren();
  }
  const page = await api(`${datum.href}&limit=${EVIDENCE_PAGE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
  $('#evidence-list').append(...page.items.map(evidenceItem));
  if (!cursor && page.items.length === 0) $('#evidence-list').append(element('li', { text: 'No records behind this point.' }));
  evidenceNext = page.next_cursor ? () => showEvidence(datum, page.next_cursor) : null;
  $('#evidence-more').hidden = !evidenceNext;
  if (!cursor) section.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
}

/* ---------- compare table ---------- */

async function renderCompare(mine) {
  const body = $('#compare-table tbody');
  if (!state.topic) return body.replaceChildren();
  try {
    const result = await api(`/v1/compare?${query({}, ['topic', 'from', 'to', 'scorer', 'source', 'lang', 'min_confidence'])}`);
    if (mine !== ticket) return;
    compareRows = result.actors.map((a) => ({ ...a, name: a.name ?? a.actor }));
    drawCompare();
  } catch (error) {
    if (mine === ticket) body.replaceChildren(element('tr', {}, element('td', { colspan: '6', text: error.message })));
  }
}

function drawCompare() {
  const { key, dir } = compareSort;
  const value = (row) => row[key] ?? (dir > 0 ? Infinity : -Infinity);
  const rows = [...compareRows].sort((a, b) => (typeof value(a) === 'string' ? value(a).localeCompare(value(b)) : value(a) - value(b)) * dir);
  for (const th of document.querySelectorAll('#compare-table th'))
    th.setAttribute('aria-sort', th.dataset.key === key ? (dir > 0 ? 'ascending' : 'descending') : 'none');
  const body = $('#compare-table tbody');
  if (rows.length === 0)
    return body.replaceChildren(element('tr', {}, element('td', { colspan: '6', text: 'No stance records on this topic in this window.' })));
  body.replaceChildren(
    ...rows.map((row) =>
      element(
        'tr',
        { 'data-actor': row.actor },
        element(
          'td',
          {},
          element('button', { type: 'button', title: 'Add to the chart', onclick: () => addActor(row.actor), text: `${row.name} (${row.actor})` }),
        ),
        element('td', { text: signed(row.mean) }),
        element('td', { text: row.ci_low === null ? 'n/a' : `${signed(row.ci_low)} … ${signed(row.ci_high)}` }),
        element('td', { text: String(row.n_records) }),
        element('td', { text: String(row.n_articles) }),
        element('td', { text: String(row.n_sources) }),
      ),
    ),
  );
}

/* ---------- wiring ---------- */

async function update({ push = true } = {}) {
  const mine = ++ticket;
  if (push) saveUrl();
  showState();
  $('#evidence').hidden = true;
  await Promise.all([loadFacets().catch((error) => showMessage(error.message)), renderChart(mine), renderCompare(mine)]);
}

function bindControls() {
  for (const name of ['topic', 'from', 'to', 'bucket', 'smooth', 'scorer', 'min_confidence']) {
    $(`#${name}`).addEventListener('change', (event) => {
      state[name] = event.target.value;
      if (name === 'topic') {
        state.source = [];
        state.lang = [];
        state.scorer = '';
      }
      update();
    });
  }
  const search = $('#actor-search');
  search.addEventListener('input', renderSuggestions);
  search.addEventListener('blur', () => {
    $('#actor-suggestions').hidden = true;
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveSelection(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = document.querySelector('#actor-suggestions li[aria-selected="true"]');
      if (chosen) addActor(chosen.dataset.code);
    } else if (event.key === 'Escape') $('#actor-suggestions').hidden = true;
  });
  $('#controls').addEventListener('submit', (event) => event.preventDefault());
  $('#evidence-more').addEventListener('click', () => evidenceNext?.());
  for (const th of document.querySelectorAll('#compare-table th')) {
    th.querySelector('button').addEventListener('click', () => {
      const key = th.dataset.key;
      compareSort = { key, dir: compareSort.key === key ? -compareSort.dir : key === 'name' ? 1 : -1 };
      drawCompare();
    });
  }
  window.addEventListener('popstate', () => {
    Object.assign(state, readState(location.search));
    update({ push: false });
  });
}

async function start() {
  try {
    const [{ topics }, { actors }] = await Promise.all([api('/v1/topics'), api('/v1/actors')]);
    const byRecords = [...topics].sort((a, b) => b.n_records - a.n_records);
    catalogue.topics = byRecords;
    fillTopics(byRecords);
    indexActors(actors);
    if (!state.topic && byRecords[0]?.n_records > 0) state.topic = byRecords[0].id;
    bindControls();
    history.replaceState(null, '', `/?${query()}`);
    await update({ push: false });
    document.body.dataset.ready = 'true';
  } catch (error) {
    showMessage(`The dashboard could not start: ${error.message}`);
  }
}

start();

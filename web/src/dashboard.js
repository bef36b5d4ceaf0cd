// The talkgraph dashboard: a single-page client of the public GraphQL API at /graphql, with a
// URL per page (/dashboard, /dashboard/search?q=, /dashboard/{talk,person,company,event,city}/ID,
// /dashboard/connection?from=&to=). Charts use Chart.js, the neighbourhood graph Cytoscape.
import {
  Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip,
} from 'chart.js';
import cytoscape from 'cytoscape';
import './dashboard.css';
// The GraphQL operations the dashboard sends, one file each: the server runs the same files
// once at start (httpapi.Warm), so that Neo4j has planned each page's queries before the first
// visit.
import overviewQuery from '../operations/Overview.graphql';
import searchQuery from '../operations/Search.graphql';
import personQuery from '../operations/Person.graphql';
import talkQuery from '../operations/Talk.graphql';
import companyQuery from '../operations/Company.graphql';
import eventQuery from '../operations/Event.graphql';
import cityQuery from '../operations/City.graphql';
import connectionQuery from '../operations/Connection.graphql';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const base = '/dashboard';
const endpoint = document.body.dataset.endpoint || '/graphql';
const app = document.getElementById('app');

// Timings of page renders (route start to content shown), read by the browser test.
window.talkgraphTimings = [];

// ---- HTML with escaping -----------------------------------------------------------------

class Raw { constructor(s) { this.s = s; } }
const raw = (s) => new Raw(s);
function esc(v) {
  if (v instanceof Raw) return v.s;
  if (Array.isArray(v)) return v.map(esc).join('');
  if (v === null || v === undefined || v === false) return '';
  return String(v).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
function html(strings, ...vals) {
  let out = strings[0];
  vals.forEach((v, i) => { out += esc(v) + strings[i + 1]; });
  return raw(out);
}

// ---- GraphQL -----------------------------------------------------------------------------

class APIError extends Error {}

// Time spent waiting for the API and drawing the neighbourhood graph on the current page, for
// the timings the tests and the benchmark read (window.talkgraphTimings).
let apiMs = 0;
let graphMs = 0;

async function gql(query, variables = {}) {
  const t0 = performance.now();
  try {
    return await gqlOnce(query, variables);
  } finally {
    apiMs += performance.now() - t0;
  }
}

async function gqlOnce(query, variables) {
  let res;
  try {
    res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new APIError('The API does not answer: is the server running?');
  }
  let body;
  try {
    body = await res.json();
  } catch (e) {
    throw new APIError(`The API answered ${res.status} without JSON.`);
  }
  if (body.errors && body.errors.length) {
    throw new APIError(body.errors.map((e) => e.message).join('; '));
  }
  if (!res.ok) throw new APIError(`The API answered ${res.status}.`);
  return body.data;
}

// ---- Kinds of objects --------------------------------------------------------------------

const kinds = {
  Talk: { path: 'talk', label: 'talk', color: '#2563eb', name: (n) => n.displayTitle || n.title },
  Person: { path: 'person', label: 'person', color: '#db2777', name: (n) => n.name },
  Company: { path: 'company', label: 'company', color: '#059669', name: (n) => n.name },
  Event: { path: 'event', label: 'event', color: '#d97706', name: (n) => (n.date ? `${n.name} (${n.date})` : n.name) },
  City: { path: 'city', label: 'city', color: '#7c3aed', name: (n) => n.name },
  Post: { path: null, label: 'post', color: '#64748b', name: (n) => n.title || n.id },
};

function href(kind, id) { return `${base}/${kinds[kind].path}/${encodeURIComponent(id)}`; }

function link(kind, n) {
  if (!n) return '';
  const k = kinds[kind];
  if (!k.path) return html`<span class="chip" style="--c:${k.color}">${k.name(n)}</span>`;
  return html`<a class="chip" data-link href="${href(kind, n.id)}" style="--c:${k.color}">${k.name(n)}</a>`;
}
function links(kind, list) {
  if (!list || !list.length) return html`<span class="muted">none</span>`;
  return html`<span class="chips">${list.map((n) => link(kind, n))}</span>`;
}
function badge(kind) { return html`<span class="badge" style="--c:${kinds[kind].color}">${kinds[kind].label}</span>`; }

function postLink(p) {
  if (!p) return '';
  const title = p.title || p.id;
  const when = p.published ? html` <span class="muted">(${p.published})</span>` : '';
  if (p.url) return html`<a href="${p.url}" rel="noopener" target="_blank">${title}</a>${when}`;
  return html`<span>${title}</span>${when}`;
}

function evidence(sources) {
  if (!sources || !sources.length) return html`<p class="muted">No post states this.</p>`;
  return html`<ul class="evidence">${sources.map((s) => html`<li>
    ${s.sentence ? html`<q>${s.sentence}</q>` : html`<span class="muted">(no sentence)</span>`}
    <div class="source">${postLink(s.post)} · confidence ${Math.round(s.confidence * 100)}%</div>
  </li>`)}</ul>`;
}

// ---- Layout ------------------------------------------------------------------------------

function shell() {
  app.innerHTML = esc(html`
    <header class="top">
      <a class="brand" data-link href="${base}">talkgraph</a>
      <form class="search" role="search" id="search-form">
        <input id="search" name="q" type="search" autocomplete="off" placeholder="Search talks, people, companies, events, cities" aria-label="Search">
        <div id="suggest" class="suggest" hidden></div>
      </form>
      <a class="playground" href="/">Playground</a>
    </header>
    <main id="main" aria-live="polite"></main>`);
  const form = document.getElementById('search-form');
  const input = document.getElementById('search');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim();
    hideSuggest();
    if (q) navigate(`${base}/search?q=${encodeURIComponent(q)}`);
  });
  let timer;
  let seq = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) { hideSuggest(); return; }
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const d = await gql(searchQuery, { q, first: 8 });
        if (mine !== seq) return;
        showSuggest(d.search);
      } catch (e) {
        hideSuggest();
      }
    }, 150);
  });
  input.addEventListener('blur', () => setTimeout(hideSuggest, 200));
}

function showSuggest(list) {
  const box = document.getElementById('suggest');
  if (!list.length) { box.innerHTML = '<div class="muted pad">No match</div>'; box.hidden = false; return; }
  box.innerHTML = esc(list.map((n) => html`<a data-link href="${href(n.__typename, n.id)}">${badge(n.__typename)} ${kinds[n.__typename].name(n)}</a>`));
  box.hidden = false;
}
function hideSuggest() { const box = document.getElementById('suggest'); if (box) box.hidden = true; }

const main = () => document.getElementById('main');

function setState(state) { document.body.dataset.state = state; }

function loading() {
  setState('loading');
  main().innerHTML = '<div class="loading" role="status"><span class="spinner"></span> Loading…</div>';
}

function failed(err, retry) {
  setState('error');
  main().innerHTML = esc(html`<div class="error" role="alert"><h2>Something went wrong</h2><p>${err.message}</p><button id="retry" type="button">Try again</button></div>`);
  document.getElementById('retry').addEventListener('click', retry);
}

function notFound(what) {
  setState('ready');
  main().innerHTML = esc(html`<div class="error" role="alert"><h2>Not found</h2><p>There is no ${what} with this id in the graph.</p><p><a data-link href="${base}">Back to the overview</a></p></div>`);
}

// ---- Router ------------------------------------------------------------------------------

let current = null; // the page's charts and graphs, destroyed on the next render

function cleanup() {
  if (current) current.forEach((c) => c.destroy());
  current = [];
}

function navigate(url) {
  history.pushState(null, '', url);
  route();
}

async function route() {
  const started = performance.now();
  apiMs = 0;
  graphMs = 0;
  cleanup();
  hideSuggest();
  const url = new URL(location.href);
  const parts = url.pathname.slice(base.length).split('/').filter(Boolean).map(decodeURIComponent);
  const page = pageFor(parts, url.searchParams);
  document.title = 'talkgraph dashboard';
  loading();
  try {
    await page();
    if (document.body.dataset.state === 'loading') setState('ready');
    window.talkgraphTimings.push({ path: url.pathname + url.search, ms: performance.now() - started, api: apiMs, graph: graphMs });
  } catch (e) {
    if (!(e instanceof APIError)) console.warn(e);
    failed(e, route);
  }
  window.scrollTo(0, 0);
}

function pageFor(parts, params) {
  if (parts.length === 0) return () => home(params);
  if (parts[0] === 'search') return () => searchPage(params.get('q') || '');
  if (parts[0] === 'connection') return () => connectionPage(params.get('from') || '', params.get('to') || '');
  const pages = { talk: talkPage, person: personPage, company: companyPage, event: eventPage, city: cityPage };
  if (parts.length === 2 && pages[parts[0]]) return () => pages[parts[0]](parts[1]);
  return async () => { notFound('page'); };
}

document.addEventListener('click', (e) => {
  const a = e.target.closest && e.target.closest('a[data-link]');
  if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
  e.preventDefault();
  navigate(a.getAttribute('href'));
});
window.addEventListener('popstate', route);

// ---- Overview ----------------------------------------------------------------------------

const sorters = {
  title: (a, b) => a.displayTitle.localeCompare(b.displayTitle),
  cities: (a, b) => a.cityCount - b.cityCount || a.displayTitle.localeCompare(b.displayTitle),
  events: (a, b) => a.eventCount - b.eventCount || a.displayTitle.localeCompare(b.displayTitle),
  speakers: (a, b) => (a.speakers[0]?.name || '').localeCompare(b.speakers[0]?.name || ''),
};

async function home(params) {
  const d = await gql(overviewQuery);
  const s = d.stats;
  const loaded = s.lastLoadedAt ? new Date(s.lastLoadedAt).toLocaleString() : 'never (the graph is empty)';
  main().innerHTML = esc(html`
    <section class="totals" aria-label="Totals">
      ${[['posts', s.posts], ['talks', s.talks], ['people', s.people], ['companies', s.companies], ['events', s.events], ['cities', s.cities]]
        .map(([k, v]) => html`<div class="total"><span class="n">${v}</span><span class="k">${k}</span></div>`)}
      <p class="loaded">Last loaded: <time id="last-loaded" datetime="${s.lastLoadedAt || ''}">${loaded}</time></p>
    </section>
    <div class="grid">
      <section class="card wide" id="multi-city">
        <h2>Talks given in several cities</h2>
        <div class="table-wrap"><table>
          <thead><tr>
            <th><button data-sort="title">Talk</button></th>
            <th><button data-sort="speakers">Speakers</button></th>
            <th><button data-sort="cities">Cities</button></th>
            <th class="num"><button data-sort="events">Events</button></th>
          </tr></thead>
          <tbody></tbody>
        </table></div>
      </section>
      <section class="card" id="companies">
        <h2>Companies by speakers</h2>
        <ol class="bars">${d.companiesBySpeakers.map((c) => html`<li>
          <a data-link href="${href('Company', c.id)}">${c.name}</a>
          <span class="bar" style="--w:${Math.round(100 * c.speakerCount / Math.max(1, d.companiesBySpeakers[0]?.speakerCount || 1))}%"></span>
          <span class="num">${c.speakerCount}</span></li>`)}</ol>
      </section>
      <section class="card" id="events-chart">
        <h2>Events per city per year</h2>
        <div class="chart"><canvas id="chart" aria-label="Events per city per year"></canvas></div>
      </section>
    </div>`);

  let sort = params.get('sort') || 'cities';
  let dir = params.get('dir') || (sort === 'title' || sort === 'speakers' ? 'asc' : 'desc');
  const talks = d.talksInSeveralCities.slice();
  const tbody = document.querySelector('#multi-city tbody');
  const renderRows = () => {
    const cmp = sorters[sort] || sorters.cities;
    talks.sort((a, b) => (dir === 'asc' ? cmp(a, b) : cmp(b, a)));
    tbody.innerHTML = esc(talks.length ? talks.map((t) => html`<tr>
      <td>${link('Talk', t)}</td><td>${links('Person', t.speakers)}</td>
      <td>${links('City', t.cities)}</td><td class="num">${t.eventCount}</td></tr>`)
      : html`<tr><td colspan="4" class="muted">No talk was given in more than one city.</td></tr>`);
    document.querySelectorAll('#multi-city th button').forEach((b) => {
      b.parentElement.setAttribute('aria-sort', b.dataset.sort === sort ? (dir === 'asc' ? 'ascending' : 'descending') : 'none');
    });
  };
  renderRows();
  document.querySelectorAll('#multi-city th button').forEach((b) => b.addEventListener('click', () => {
    if (sort === b.dataset.sort) dir = dir === 'asc' ? 'desc' : 'asc';
    else { sort = b.dataset.sort; dir = sort === 'title' || sort === 'speakers' ? 'asc' : 'desc'; }
    history.replaceState(null, '', `${base}?sort=${sort}&dir=${dir}`);
    renderRows();
  }));

  current.push(eventsChart(document.getElementById('chart'), d.eventsPerCityPerYear));
}

const palette = ['#2563eb', '#db2777', '#059669', '#d97706', '#7c3aed', '#0891b2', '#dc2626', '#65a30d', '#9333ea', '#475569'];

function eventsChart(canvas, rows) {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const byCity = new Map();
  for (const r of rows) {
    if (!byCity.has(r.city.id)) byCity.set(r.city.id, { name: r.city.name, counts: new Map(), total: 0 });
    const c = byCity.get(r.city.id);
    c.counts.set(r.year, r.events);
    c.total += r.events;
  }
  const cities = [...byCity.values()].sort((a, b) => b.total - a.total);
  const shown = cities.slice(0, 9);
  const rest = cities.slice(9);
  const datasets = shown.map((c, i) => ({ label: c.name, data: years.map((y) => c.counts.get(y) || 0), backgroundColor: palette[i] }));
  if (rest.length) {
    datasets.push({ label: `${rest.length} other cities`, data: years.map((y) => rest.reduce((n, c) => n + (c.counts.get(y) || 0), 0)), backgroundColor: palette[9] });
  }
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: years.map(String), datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
    },
  });
}

// ---- Search ------------------------------------------------------------------------------

async function searchPage(q) {
  document.getElementById('search').value = q;
  if (!q.trim()) { setState('ready'); main().innerHTML = '<p class="muted">Type something to search for.</p>'; return; }
  const d = await gql(searchQuery, { q, first: 30 });
  document.title = `${q} · talkgraph`;
  main().innerHTML = esc(html`<section class="card" id="results"><h2>Results for “${q}”</h2>
    ${d.search.length ? html`<ul class="results">${d.search.map((n) => html`<li>${badge(n.__typename)} <a data-link href="${href(n.__typename, n.id)}">${kinds[n.__typename].name(n)}</a></li>`)}</ul>`
      : html`<p class="muted">Nothing matches “${q}”.</p>`}</section>`);
}

// ---- Object pages ------------------------------------------------------------------------

function page(kind, obj, subtitle, body, graph) {
  document.title = `${kinds[kind].name(obj)} · talkgraph`;
  main().innerHTML = esc(html`
    <article class="object" data-kind="${kind}" data-id="${obj.id}">
      <header><p>${badge(kind)}</p><h1>${kinds[kind].name(obj)}</h1>${subtitle ? html`<p class="muted">${subtitle}</p>` : ''}</header>
      <div class="grid">
        <div class="wide-col">${body}</div>
        <section class="card" id="neighbourhood">
          <h2>Neighbourhood</h2>
          <div class="graph" id="graph" role="img" aria-label="Graph of ${kinds[kind].name(obj)} and the objects around it"></div>
          <p class="muted small">Click a node to open it.</p>
        </section>
        <section class="card" id="connect">
          <h2>How is this connected to…</h2>
          <form id="connect-form"><input id="connect-to" type="search" autocomplete="off" placeholder="a person, talk, company, event or city" aria-label="Connect to"></form>
          <div id="connect-suggest" class="suggest inline" hidden></div>
        </section>
      </div>
    </article>`);
  current.push(neighbourhood(document.getElementById('graph'), kind, obj, graph));
  connectForm(obj.id);
}

function section(title, content, id) { return html`<section class="card"${id ? raw(` id="${esc(id)}"`) : ''}><h2>${title}</h2>${content}</section>`; }

function connectForm(fromID) {
  const input = document.getElementById('connect-to');
  const box = document.getElementById('connect-suggest');
  let timer;
  const lookup = async () => {
    const q = input.value.trim();
    if (q.length < 2) { box.hidden = true; return; }
    try {
      const d = await gql(searchQuery, { q, first: 6 });
      box.innerHTML = esc(d.search.filter((n) => n.id !== fromID).map((n) => html`<a data-link href="${base}/connection?from=${encodeURIComponent(fromID)}&to=${encodeURIComponent(n.id)}">${badge(n.__typename)} ${kinds[n.__typename].name(n)}</a>`));
      box.hidden = !d.search.length;
    } catch (e) {
      box.hidden = true;
    }
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(lookup, 150); });
  document.getElementById('connect-form').addEventListener('submit', (e) => { e.preventDefault(); lookup(); });
}

async function personPage(id) {
  const d = await gql(personQuery, { id });
  const p = d.person;
  if (!p) return notFound('person');
  const sub = [p.aliases.length ? `also written ${p.aliases.join(', ')}` : '', `${plural(p.talkCount, 'talk')} in ${plural(p.cityCount, 'city', 'cities')}`].filter(Boolean).join(' · ');
  page('Person', p, sub, html`
    ${section('Works for', p.affiliations.length ? html`<ul class="facts">${p.affiliations.map((a) => html`<li>${link('Company', a.company)}${evidence(a.sources)}</li>`)}</ul>` : html`<p class="muted">No company known.</p>`, 'companies')}
    ${section('Talks', html`<ul class="facts">${p.talks.map((t) => html`<li>${link('Talk', t)}
      <div class="small">${t.events.map((e) => html`${link('Event', e)} ${e.city ? link('City', e.city) : ''} `)}</div>
      ${evidence(t.sources)}</li>`)}</ul>`, 'talks')}
    ${section('Cities', links('City', p.cities))}
    ${section('Spoke at the same events as', p.coSpeakersWithCount.length ? html`<ul class="chips">${p.coSpeakersWithCount.map((c) => html`<li>${link('Person', c.person)} <span class="muted small">${c.sharedEvents} shared event${c.sharedEvents === 1 ? '' : 's'}</span></li>`)}</ul>` : html`<p class="muted">Nobody else.</p>`)}`,
  {
    edges: [
      ...p.affiliations.map((a) => ['Company', a.company, 'works for']),
      ...p.talks.map((t) => ['Talk', t, 'gave']),
      ...p.coSpeakersWithCount.map((c) => ['Person', c.person, 'co-speaker']),
    ],
    second: p.talks.flatMap((t) => t.events.map((e) => [['Talk', t], ['Event', e]]).concat(
      t.events.filter((e) => e.city).map((e) => [['Event', e], ['City', e.city]]))),
  });
}

async function talkPage(id) {
  const d = await gql(talkQuery, { id });
  const t = d.talk;
  if (!t) return notFound('talk');
  const when = t.date ? (t.date.first === t.date.last ? t.date.first : `${t.date.first} to ${t.date.last}`) : '';
  page('Talk', t, [when, `given at ${plural(t.eventCount, 'event')} in ${plural(t.cityCount, 'city', 'cities')}`].filter(Boolean).join(' · '), html`
    ${t.description ? section('About', html`<p>${t.description}</p>`) : ''}
    ${section('Speakers', t.speakers.length ? html`<ul class="facts">${t.speakers.map((s) => html`<li>${link('Person', s)} ${s.companies.length ? html`<span class="muted small">of</span> ${links('Company', s.companies)}` : ''}</li>`)}</ul>` : html`<p class="muted">No speaker named.</p>`, 'speakers')}
    ${section('Given at', html`<ul class="facts">${t.events.map((e) => html`<li>${link('Event', e)} ${e.city ? link('City', e.city) : ''} ${e.host ? html`<span class="muted small">hosted by</span> ${link('Company', e.host)}` : ''}</li>`)}</ul>`, 'events')}
    ${t.topics && t.topics.length ? section('Topics', html`<span class="chips">${t.topics.map((x) => html`<span class="chip">${x.name}</span>`)}</span>`) : ''}
    ${(t.recordingUrl || t.slidesUrl) ? section('Links', html`${t.recordingUrl ? html`<a href="${t.recordingUrl}" rel="noopener" target="_blank">Recording</a> ` : ''}${t.slidesUrl ? html`<a href="${t.slidesUrl}" rel="noopener" target="_blank">Slides</a>` : ''}`) : ''}
    ${section('Evidence', evidence(t.sources), 'evidence')}`,
  {
    edges: [
      ...t.speakers.map((s) => ['Person', s, 'gave']),
      ...t.events.map((e) => ['Event', e, 'given at']),
    ],
    second: [
      ...t.events.filter((e) => e.city).map((e) => [['Event', e], ['City', e.city]]),
      ...t.events.filter((e) => e.host).map((e) => [['Company', e.host], ['Event', e]]),
      ...t.speakers.flatMap((s) => s.companies.map((c) => [['Person', s], ['Company', c]])),
    ],
  });
}

async function companyPage(id) {
  const d = await gql(companyQuery, { id });
  const c = d.company;
  if (!c) return notFound('company');
  page('Company', c, `${c.speakerCount} speakers · hosted ${c.eventCount} events`, html`
    ${section('People', c.people.length ? html`<ul class="facts">${c.people.map((p) => html`<li>${link('Person', p)} ${links('Talk', p.talks)}</li>`)}</ul>` : html`<p class="muted">Nobody known.</p>`, 'people')}
    ${section('Hosted', c.hostedEvents.length ? html`<ul class="facts">${c.hostedEvents.map((e) => html`<li>${link('Event', e)} ${e.city ? link('City', e.city) : ''}${e.hostSources ? evidence(e.hostSources) : ''}</li>`)}</ul>` : html`<p class="muted">No event.</p>`, 'hosted')}`,
  {
    edges: [
      ...c.people.map((p) => ['Person', p, 'works for']),
      ...c.hostedEvents.map((e) => ['Event', e, 'hosted']),
    ],
    second: [
      ...c.people.flatMap((p) => p.talks.map((t) => [['Person', p], ['Talk', t]])),
      ...c.hostedEvents.filter((e) => e.city).map((e) => [['Event', e], ['City', e.city]]),
    ],
  });
}

async function eventPage(id) {
  const d = await gql(eventQuery, { id });
  const e = d.event;
  if (!e) return notFound('event');
  page('Event', e, [e.date, `${e.talkCount} talks`].filter(Boolean).join(' · '), html`
    ${section('Where and who hosted', html`<p>${e.city ? link('City', e.city) : html`<span class="muted">city unknown</span>`} ${e.host ? html`<span class="muted small">hosted by</span> ${link('Company', e.host)}` : ''}</p>${e.host && e.hostSources ? evidence(e.hostSources) : ''}`)}
    ${section('Talks', e.talks.length ? html`<ul class="facts">${e.talks.map((t) => html`<li>${link('Talk', t)} ${links('Person', t.speakers)}</li>`)}</ul>` : html`<p class="muted">No talk known.</p>`, 'talks')}
    ${section('Posts', html`<ul class="facts">${e.sources.map((p) => html`<li>${postLink(p)}</li>`)}</ul>`, 'posts')}`,
  {
    edges: [
      ...e.talks.map((t) => ['Talk', t, 'given at']),
      ...(e.city ? [['City', e.city, 'in']] : []),
      ...(e.host ? [['Company', e.host, 'hosted']] : []),
    ],
    second: e.talks.flatMap((t) => t.speakers.map((s) => [['Person', s], ['Talk', t]])),
  });
}

// coordinates writes a position as "43.700° N, 79.416° W" (three decimals: about 100 m), or ''
// when the city has none.
function coordinates(lat, lon) {
  if (lat == null || lon == null) return '';
  const deg = (v, pos, neg) => `${Math.abs(v).toFixed(3)}° ${v < 0 ? neg : pos}`;
  return `${deg(lat, 'N', 'S')}, ${deg(lon, 'E', 'W')}`;
}

async function cityPage(id) {
  const d = await gql(cityQuery, { id });
  const c = d.city;
  if (!c) return notFound('city');
  const where = [c.country, coordinates(c.latitude, c.longitude)].filter(Boolean).join(' · ');
  page('City', c, [where, `${c.eventCount} events · ${c.talkCount} talks`].filter(Boolean).join(' · '), html`
    ${section('Events', c.events.length ? html`<ul class="facts">${c.events.map((e) => html`<li>${link('Event', e)} ${e.host ? html`<span class="muted small">hosted by</span> ${link('Company', e.host)}` : ''}</li>`)}</ul>` : html`<p class="muted">No event.</p>`, 'events')}
    ${section('Talks', c.talks.length ? html`<ul class="facts">${c.talks.map((t) => html`<li>${link('Talk', t)} ${links('Person', t.speakers)}</li>`)}</ul>` : html`<p class="muted">No talk.</p>`, 'talks')}`,
  {
    edges: c.events.map((e) => ['Event', e, 'in']),
    second: [
      ...c.events.filter((e) => e.host).map((e) => [['Company', e.host], ['Event', e]]),
      ...c.talks.flatMap((t) => t.speakers.map((s) => [['Person', s], ['Talk', t]])),
    ],
  });
}

// ---- Connection --------------------------------------------------------------------------

async function connectionPage(from, to) {
  if (!from || !to) { setState('ready'); main().innerHTML = '<p class="muted">Open an object and pick another to connect it to.</p>'; return; }
  const d = await gql(connectionQuery, { from, to });
  const p = d.connection;
  if (!p) {
    main().innerHTML = esc(html`<section class="card"><h2>Not connected</h2><p class="muted">No chain of talks, events, cities and companies links these two within 12 steps.</p></section>`);
    return;
  }
  const names = {
    GAVE: 'gave', PRESENTED_AT: 'given at', IN: 'in', HOSTED: 'hosted', WORKS_FOR: 'works for',
  };
  const chain = [];
  p.nodes.forEach((n, i) => {
    chain.push(html`<li class="node">${badge(n.__typename)} ${link(n.__typename, n)}</li>`);
    const r = p.relationships[i];
    if (r) {
      const forward = r.from === n.id;
      chain.push(html`<li class="rel" title="${r.source ? `stated in ${r.source.title || r.source.id}` : ''}">
        <span class="arrow">${forward ? '↓' : '↑'}</span> ${names[r.type] || r.type.toLowerCase()}
        ${r.source ? html`<span class="small">(${postLink(r.source)})</span>` : ''}</li>`);
    }
  });
  const first = p.nodes[0];
  const last = p.nodes[p.nodes.length - 1];
  document.title = 'Connection · talkgraph';
  main().innerHTML = esc(html`<section class="card" id="connection">
    <h2>${kinds[first.__typename].name(first)} → ${kinds[last.__typename].name(last)}</h2>
    <p class="muted">${p.length} step${p.length === 1 ? '' : 's'}; arrows point the way each fact reads.</p>
    <ol class="chain">${chain}</ol></section>`);
}

// ---- Neighbourhood graph -----------------------------------------------------------------

function neighbourhood(container, kind, obj, { edges, second }) {
  const nodes = new Map();
  // level: 2 for the object itself, 1 for its neighbours, 0 for theirs (the rings of the
  // layout, innermost first).
  const add = (k, n, level) => {
    if (!n || !kinds[k]) return null;
    const key = n.id;
    if (!nodes.has(key)) nodes.set(key, { data: { id: key, label: truncate(kinds[k].name(n), 28), kind: k, color: kinds[k].color, level }, classes: level === 2 ? 'center' : '' });
    return key;
  };
  const els = [];
  const seen = new Set();
  const edge = (a, b, label) => {
    const id = `${a}->${b}`;
    if (!a || !b || a === b || seen.has(id)) return;
    seen.add(id);
    els.push({ data: { id, source: a, target: b, label: label || '' } });
  };
  const me = add(kind, obj, 2);
  for (const [k, n, label] of edges) edge(me, add(k, n, 1), label);
  for (const [[ka, a], [kb, b]] of second) {
    if (nodes.size >= 80) break;
    edge(add(ka, a, 0), add(kb, b, 0));
  }
  const t0 = performance.now();
  const cy = cytoscape({
    container,
    elements: [...nodes.values(), ...els],
    // Rings around the object: its neighbours, then theirs. A force-directed layout (cose)
    // took over a second for the hundred-odd nodes of a busy person or city on the
    // benchmark's corpus; rings take a few milliseconds and read the same way.
    layout: { name: 'concentric', concentric: (n) => n.data('level'), levelWidth: () => 1, minNodeSpacing: 48, spacingFactor: 1, animate: false, fit: true, padding: 20 },
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      { selector: 'node', style: { 'background-color': 'data(color)', label: 'data(label)', 'font-size': 10, color: '#1f2937', 'text-valign': 'bottom', 'text-margin-y': 3, width: 18, height: 18 } },
      { selector: 'node.center', style: { width: 30, height: 30, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#111827' } },
      { selector: 'edge', style: { width: 1.5, 'line-color': '#cbd5e1', 'curve-style': 'bezier' } },
    ],
  });
  graphMs += performance.now() - t0;
  cy.on('tap', 'node', (e) => {
    const n = e.target.data();
    if (n.id !== obj.id) navigate(href(n.kind, n.id));
  });
  window.talkgraphGraph = cy;
  return cy;
}

function plural(n, one, many) { return `${n} ${n === 1 ? one : (many || `${one}s`)}`; }

function truncate(s, n) { return s.length > n ? `${s.slice(0, n - 1)}…` : s; }

// ---- Start -------------------------------------------------------------------------------

shell();
route();

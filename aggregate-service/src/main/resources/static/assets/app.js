// Pacer dashboard: wiring of sign-in, controls, ranking, detail and alerts. Plain ES modules, no build step.
import { aggregate, ApiError, download, loadConfig, registers, session, alerts as alertApi } from './api.js';
import { applyStatic, label, language, setLanguage, t } from './i18n.js';
import { loadForecasts, renderRanking } from './ranking.js';
import { closeBulletin, openBulletin, wireBulletin } from './bulletin.js';
import { closeDetail, renderDetail } from './detail.js';
import { closeStream, connectStream, loadAlerts, onAcknowledged, renderAlerts, wireAckDialog } from './alerts.js';
import { closeProjects, exportProjects, openProjects } from './projects.js';

const $ = id => document.getElementById(id);
const state = { regions: new Map(), indicators: new Map(), children: new Map(), parent: null, indicator: null,
  period: null, by: 'value', selected: null, alerts: [], alertsOk: false, ranking: null, forecasts: new Map(), projects: false };

// ---------------------------------------------------------------------------------------------------- helpers
const regionName = (id, fallback) => state.regions.has(id) ? label(state.regions.get(id)) : (fallback || id);
const indicatorName = code => state.indicators.has(code) ? label(state.indicators.get(code)) : code;

function within(region, ancestor) {
  for (let r = region; r; r = state.regions.get(r)?.parentId) if (r === ancestor) return true;
  return false;
}

function readHash() {
  const q = new URLSearchParams(location.hash.slice(1));
  return Object.fromEntries(q.entries());
}

function writeHash() {
  const q = new URLSearchParams({ parent: state.parent, indicator: state.indicator, period: state.period, by: state.by });
  if (state.selected) q.set('region', state.selected);
  if (state.projects && state.selected) q.set('view', 'projects');
  history.replaceState(null, '', `#${q}`);
}

function lastMonths(n) {
  const now = new Date();
  const list = [];
  for (let i = 1; i <= n; i++) {
    const d = new Date(now.getFullYear(), now.getMonth() - i, 1);
    list.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`);
  }
  return list;
}

function showError(id, err) {
  const text = err instanceof ApiError && err.status === 403 ? t('forbidden')
    : err instanceof ApiError && err.status === 401 ? t('invalidToken') : (err?.message || String(err));
  $(id).textContent = text;
}

// ---------------------------------------------------------------------------------------------------- controls
function fillControls() {
  const parents = [...state.children.keys()].map(id => state.regions.get(id)).filter(Boolean)
    .sort((a, b) => (a.level || '').localeCompare(b.level || '') || a.id.localeCompare(b.id));
  const levelIndent = { CITY: '', DISTRICT: '\u3000', TOWN: '\u3000\u3000' };
  $('parent-select').replaceChildren(...parents.map(r => new Option(`${levelIndent[r.level] || ''}${label(r)}`, r.id)));
  $('indicator-select').replaceChildren(...[...state.indicators.values()].map(i => new Option(`${label(i)} (${i.unit})`, i.code)));
  $('period-select').replaceChildren(...lastMonths(36).map(p => {
    const [y, m] = p.split('-').map(Number);
    return new Option(t('periodLabel', y, m), p);
  }));
  $('parent-select').value = state.parent;
  $('indicator-select').value = state.indicator;
  $('period-select').value = state.period;
  document.querySelectorAll('.segmented button').forEach(b => b.classList.toggle('active', b.dataset.by === state.by));
}

async function latestPeriodWithData() {
  for (const period of lastMonths(4)) {
    try {
      const r = await aggregate.rankings({ parent: state.parent, indicator: state.indicator, period, by: 'value' });
      if (r.rows.some(row => row.reported > 0)) return period;
    } catch { return lastMonths(1)[0]; }
  }
  return lastMonths(1)[0];
}

// ---------------------------------------------------------------------------------------------------- views
async function refreshRanking() {
  writeHash();
  $('ranking-error').textContent = '';
  const indicator = state.indicators.get(state.indicator);
  $('ranking-title').textContent = t('rankingTitle', regionName(state.parent), indicatorName(state.indicator));
  const byLabel = { value: t('byValue'), growth: t('byGrowth'), share: t('byShare') }[state.by];
  const [y, m] = state.period.split('-').map(Number);
  $('ranking-meta').textContent = `${t('rankingMeta', t('periodLabel', y, m), byLabel)} · ${indicator?.unit ?? ''}`;
  try {
    [state.ranking, state.forecasts] = await Promise.all([
      aggregate.rankings({ parent: state.parent, indicator: state.indicator, period: state.period, by: state.by }),
      loadForecasts(state.parent, state.indicator, y)]);
  } catch (e) {
    state.ranking = { rows: [] };
    showError('ranking-error', e);
  }
  drawRanking();
  if (state.selected && within(state.selected, state.parent)) openDetail(state.selected);
  else closeDetail();
  if (state.projects && state.selected) showProjects(state.selected);
  else closeProjects();
}

/** The 项目 view of a region, for the year of the chosen month. */
function showProjects(region, year = Number(state.period.slice(0, 4)), scroll = false) {
  state.projects = true;
  writeHash();
  openProjects({ region, regionLabel: regionName(region), year, scroll });
}

function drawRanking() {
  const alertsByRegion = new Map();
  for (const a of state.alerts) {
    if (!alertsByRegion.has(a.regionId)) alertsByRegion.set(a.regionId, []);
    alertsByRegion.get(a.regionId).push(a);
  }
  renderRanking($('ranking-body'), state.ranking || { rows: [] }, { regionName, alertsByRegion, indicator: state.indicator,
    selected: state.selected, lightsKnown: state.alertsOk, forecasts: state.forecasts, onSelect: id => { state.selected = id; writeHash(); drawRanking(); openDetail(id, true); } });
}

function openDetail(region, scroll = false) {
  const indicator = state.indicators.get(state.indicator);
  renderDetail({ region, regionLabel: regionName(region), indicator: state.indicator, period: state.period, scroll,
    ctx: { indicatorLabel: indicatorName(state.indicator), unit: indicator?.unit } });
}

async function refreshAlerts() {
  $('alerts-error').textContent = '';
  try {
    state.alerts = await loadAlerts();
    state.alertsOk = true;
  } catch (e) {
    state.alerts = [];
    state.alertsOk = false;
    $('alerts-error').textContent = t('alertsUnavailable') + (e.status === 403 ? t('forbidden') : e.message);
  }
  drawAlerts();
  drawRanking();
}

function drawAlerts() {
  const scoped = $('alerts-scope').checked;
  renderAlerts(state.alerts, { regionName, indicatorName,
    inScope: a => !scoped || within(a.regionId, state.parent),
    onOpen: a => {
      if (a.rule === 'SIGN_TO_PILE') { state.selected = a.regionId; showProjects(a.regionId, a.year, true); return; }
      const region = state.regions.get(a.regionId);
      if (region?.parentId && state.children.has(region.parentId)) state.parent = region.parentId;
      state.indicator = a.indicator;
      if (a.period) state.period = a.period;
      state.selected = a.regionId;
      fillControls();
      refreshRanking();
    } });
}

// ---------------------------------------------------------------------------------------------------- session
async function start() {
  $('sign-in-error').textContent = '';
  let reference;
  try {
    reference = await registers();
  } catch (e) {
    if (e.status === 401) { session.token = null; showSignIn(t('invalidToken')); return; }
    showSignIn(`${t('registersUnavailable')} (${e.message})`);
    return;
  }
  state.regions = new Map(reference.regions.map(r => [r.id, r]));
  state.indicators = new Map(reference.indicators.map(i => [i.code, i]));
  state.children = new Map();
  for (const r of reference.regions) {
    if (r.parentId) {
      if (!state.children.has(r.parentId)) state.children.set(r.parentId, []);
      state.children.get(r.parentId).push(r.id);
    }
  }
  const hash = readHash();
  const biggest = [...state.children.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]?.[0];
  state.parent = state.children.has(hash.parent) ? hash.parent : biggest;
  state.indicator = state.indicators.has(hash.indicator) ? hash.indicator : state.indicators.keys().next().value;
  state.by = ['value', 'growth', 'share'].includes(hash.by) ? hash.by : 'value';
  state.selected = hash.region || null;
  state.projects = hash.view === 'projects';
  $('sign-in').hidden = true;
  $('app').hidden = false;
  $('sign-out').hidden = false;
  state.period = /^\d{4}-\d{2}$/.test(hash.period || '') ? hash.period : await latestPeriodWithData();
  fillControls();
  await Promise.all([refreshRanking(), refreshAlerts()]);
  // #view=bulletin opens the 通报 of the chosen parent and month (a link to it, or a headless print)
  if (hash.view === 'bulletin') await openBulletin({ parent: state.parent, period: state.period });
  // ?live=0 leaves the stream closed (e.g. a one-shot headless screenshot waiting for the network to go idle)
  if (state.alertsOk && new URLSearchParams(location.search).get('live') !== '0') connectStream(alertApi.streamUrl(), refreshAlerts);
}

function showSignIn(message) {
  closeStream();
  $('app').hidden = true;
  $('sign-out').hidden = true;
  $('sign-in').hidden = false;
  $('sign-in-error').textContent = message || '';
  $('token-input').focus();
}

// ---------------------------------------------------------------------------------------------------- wiring
function wire() {
  $('sign-in-form').addEventListener('submit', e => {
    e.preventDefault();
    session.token = $('token-input').value.trim();
    $('token-input').value = '';
    start();
  });
  $('sign-out').addEventListener('click', () => { session.token = null; closeBulletin(); showSignIn(); });
  wireBulletin(() => ({ parent: state.parent, period: state.period }));
  $('lang-toggle').addEventListener('click', () => {
    setLanguage(language() === 'en' ? 'zh' : 'en');
    if (!$('app').hidden) { fillControls(); refreshRanking(); refreshAlerts(); }
  });
  $('parent-select').addEventListener('change', e => { state.parent = e.target.value; state.selected = null; refreshRanking(); drawAlerts(); });
  $('indicator-select').addEventListener('change', e => { state.indicator = e.target.value; refreshRanking(); });
  $('period-select').addEventListener('change', e => { state.period = e.target.value; refreshRanking(); });
  document.querySelectorAll('.segmented button').forEach(b => b.addEventListener('click', () => {
    state.by = b.dataset.by;
    fillControls();
    refreshRanking();
  }));
  $('detail-close').addEventListener('click', () => { state.selected = null; state.projects = false; writeHash(); closeDetail(); closeProjects(); drawRanking(); });
  $('detail-projects').addEventListener('click', () => { if (state.selected) showProjects(state.selected, undefined, true); });
  $('projects-close').addEventListener('click', () => { state.projects = false; writeHash(); closeProjects(); });
  $('projects-export').addEventListener('click', exportProjects);
  $('alerts-scope').addEventListener('change', drawAlerts);
  for (const format of ['csv', 'xlsx']) {
    $(`export-${format}`).addEventListener('click', async () => {
      $('ranking-error').textContent = '';
      const q = { parent: state.parent, indicator: state.indicator, period: state.period, by: state.by, format };
      try {
        await download(aggregate.exportUrl(q), `ranking-${state.parent}-${state.indicator}-${state.period}.${format}`);
      } catch (e) {
        $('ranking-error').textContent = t('exportUnavailable') + (e.status ? `${e.status} ${e.message}` : e.message);
      }
    });
  }
  wireAckDialog();
  onAcknowledged(() => refreshAlerts());
}

/** A sign-in link may carry the token in the fragment (never sent to a server); it moves to sessionStorage at once. */
function takeTokenFromFragment() {
  const q = new URLSearchParams(location.hash.slice(1));
  if (!q.has('token')) return;
  session.token = q.get('token');
  q.delete('token');
  history.replaceState(null, '', `${location.pathname}${location.search}${q.toString() ? `#${q}` : ''}`);
}

applyStatic();
takeTokenFromFragment();
wire();
loadConfig().then(() => { if (session.token) start(); else showSignIn(); },
  e => showSignIn(`${t('registersUnavailable')} (${e.message})`));

// The 项目 view: a region's investment projects from ingest-service's register (GET /api/v1/projects), each with
// its stage, the days since signing and since piling, and a light against the promise of 签约到打桩不超过90天
// (green within 90 days, yellow past 90, red past 135, none once piled). Sortable by any column; exported as .xlsx
// built in the browser. Also the list behind projects_started in a region's detail.
import { projects as projectApi } from './api.js';
import { el, num } from './format.js';
import { t } from './i18n.js';
import { xlsx } from './xlsx.js';

/** The days of the promise; alert-service's SIGN_TO_PILE defaults to the same (pacer.alert.sign-to-pile-days). */
export const SIGN_TO_PILE_DAYS = 90;
const LIGHT_ORDER = { RED: 0, YELLOW: 1, GREEN: 2, NONE: 3 };

/** Whole days from a YYYY-MM-DD day to today (local calendar), or null. */
function daysSince(day) {
  if (!day) return null;
  const [y, m, d] = day.split('-').map(Number);
  const now = new Date();
  return Math.round((Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.UTC(y, m - 1, d)) / 86400000);
}

/** The light of a project: none once piled; red past 1.5 × the days, yellow past them, else green. */
export function light(p) {
  if (p.pileOn) return 'NONE';
  const days = p.daysSinceSigned ?? daysSince(p.signedOn);
  if (days == null) return 'NONE';
  return days * 2 > SIGN_TO_PILE_DAYS * 3 ? 'RED' : days > SIGN_TO_PILE_DAYS ? 'YELLOW' : 'GREEN';
}

function stageOf(p) {
  return p.stage || (p.completedOn ? 'COMPLETED' : p.startedOn ? 'STARTED' : p.pileOn ? 'PILED' : 'SIGNED');
}

const COLUMNS = [
  { key: 'light', label: () => t('light'), value: p => LIGHT_ORDER[light(p)], cell: p => el('span', { class: `dot ${light(p)}`, title: t(`light${light(p)}`) }) },
  { key: 'name', label: () => t('projectName'), value: p => p.name || p.id, cls: 'name-col' },
  { key: 'category', label: () => t('category'), value: p => t('categories')[p.category] ?? p.category ?? '' },
  { key: 'stage', label: () => t('stage'), value: p => ['SIGNED', 'PILED', 'STARTED', 'COMPLETED'].indexOf(stageOf(p)), text: p => t('stages')[stageOf(p)] },
  { key: 'signedOn', label: () => t('signedOn'), value: p => p.signedOn || '' },
  { key: 'daysSinceSigned', label: () => t('daysSinceSigned'), value: p => p.daysSinceSigned ?? daysSince(p.signedOn), cls: 'num' },
  { key: 'pileOn', label: () => t('pileOn'), value: p => p.pileOn || '' },
  { key: 'daysSincePile', label: () => t('daysSincePile'), value: p => p.daysSincePile ?? daysSince(p.pileOn), cls: 'num' },
  { key: 'investmentWan', label: () => t('investmentWan'), value: p => (p.investmentWan == null ? null : Number(p.investmentWan)), text: p => num(p.investmentWan), cls: 'num' },
];

const blank = v => (v === null || v === undefined || v === '' ? '—' : v);

const view = { region: null, regionLabel: '', year: null, list: [], sort: { key: 'light', dir: 1 } };

function compare(a, b) {
  const column = COLUMNS.find(c => c.key === view.sort.key);
  const x = column.value(a);
  const y = column.value(b);
  if (x == null || x === '') return y == null || y === '' ? 0 : 1; // blanks last either way
  if (y == null || y === '') return -1;
  const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
  return order * view.sort.dir || String(a.id).localeCompare(String(b.id));
}

function draw() {
  const head = document.getElementById('projects-head');
  head.replaceChildren(...COLUMNS.map(c => el('th', { class: `${c.cls || ''} sortable`, 'data-sort': c.key,
    'aria-sort': view.sort.key === c.key ? (view.sort.dir > 0 ? 'ascending' : 'descending') : null,
    onclick: () => { view.sort = { key: c.key, dir: view.sort.key === c.key ? -view.sort.dir : 1 }; draw(); } },
  c.label(), view.sort.key === c.key ? (view.sort.dir > 0 ? ' ▲' : ' ▼') : '')));
  const body = document.getElementById('projects-body');
  const rows = [...view.list].sort(compare);
  body.replaceChildren(...(rows.length ? rows.map(p => el('tr', { 'data-project-id': p.id, 'data-test': 'project-row', 'data-light': light(p) },
    COLUMNS.map(c => el('td', { class: c.cls || '' }, c.cell ? c.cell(p) : (c.text ? c.text(p) : blank(c.value(p)))))))
    : [el('tr', {}, el('td', { colspan: COLUMNS.length, class: 'muted', text: t('noProjects') }))]));
  const counts = rows.reduce((m, p) => ({ ...m, [light(p)]: (m[light(p)] || 0) + 1 }), {});
  document.getElementById('projects-summary').textContent = t('projectsSummary', rows.length, counts.YELLOW || 0, counts.RED || 0);
}

/** Opens the view for a region (its subtree, as ingest answers it) and a year. */
export async function openProjects({ region, regionLabel, year, scroll = false }) {
  const panel = document.getElementById('projects');
  panel.hidden = false;
  panel.dataset.regionId = region;
  Object.assign(view, { region, regionLabel, year, list: [] });
  document.getElementById('projects-title').textContent = t('projectsTitle', regionLabel, year);
  const error = document.getElementById('projects-error');
  error.textContent = '';
  draw();
  try {
    const list = await projectApi.list({ region, year });
    if (panel.dataset.regionId !== region) return;
    view.list = Array.isArray(list) ? list : [];
  } catch (e) {
    error.textContent = t('projectsUnavailable') + (e.status ? `${e.status} ${e.message}` : e.message);
  }
  draw();
  if (scroll) panel.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
}

export function closeProjects() {
  const panel = document.getElementById('projects');
  panel.hidden = true;
  delete panel.dataset.regionId;
}

/** The rows as shown (sorted), as an .xlsx download; nothing leaves the browser. */
export function exportProjects() {
  const rows = [...view.list].sort(compare).map(p => [t(`light${light(p)}`), p.name || p.id, t('categories')[p.category] ?? p.category,
    t('stages')[stageOf(p)], p.signedOn, p.daysSinceSigned ?? daysSince(p.signedOn), p.pileOn, p.daysSincePile ?? daysSince(p.pileOn),
    p.investmentWan == null ? null : Number(p.investmentWan), p.aboveYi ? '✓' : '', p.independentSite ? '✓' : '', p.startedOn, p.completedOn, p.id]);
  const header = [t('light'), t('projectName'), t('category'), t('stage'), t('signedOn'), t('daysSinceSigned'), t('pileOn'),
    t('daysSincePile'), t('investmentWan'), t('aboveYi'), t('independentSite'), t('startedOn'), t('completedOn'), 'id'];
  const sheet = `${view.regionLabel} ${view.year}`.replace(/[\\/?*[\]:]/g, ' ');
  const blob = new Blob([xlsx(sheet, header, rows)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const a = el('a', { href: URL.createObjectURL(blob), download: `projects-${view.region}-${view.year}.xlsx` });
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

/** projects_started counts the projects started within the year that are 亿元以上 and on an independent site. */
export function startedWithin(list, year, throughMonth = 12) {
  return list.filter(p => p.startedOn && Number(p.startedOn.slice(0, 4)) === year
    && Number(p.startedOn.slice(5, 7)) <= throughMonth && p.aboveYi && p.independentSite);
}

/** In a region's detail of projects_started: "7 / 20" and the projects behind the 7 (started by the chosen month). */
export async function renderStarted(box, { region, year, month, annualTarget }) {
  box.hidden = false;
  box.replaceChildren(el('p', { class: 'muted', text: t('loading') }));
  let list;
  try {
    list = startedWithin(await projectApi.list({ region, year }), year, month);
  } catch (e) {
    box.replaceChildren(el('p', { class: 'error', text: t('projectsUnavailable') + (e.message || '') }));
    return;
  }
  const count = annualTarget ? t('startedOfTarget', list.length, num(annualTarget)) : String(list.length);
  box.replaceChildren(el('h3', {}, t('startedProjects'), ' ', el('span', { class: 'count', 'data-test': 'started-count', text: count })),
    el('ul', { class: 'started-list' }, list.length ? list.sort((a, b) => a.startedOn.localeCompare(b.startedOn)).map(p =>
      el('li', { 'data-project-id': p.id, 'data-test': 'started-project' }, `${p.startedOn} · ${p.name || p.id}`,
        el('span', { class: 'muted', text: ` · ${num(p.investmentWan)} ${t('wan')}` }))) : el('li', { class: 'muted', text: t('noProjects') })));
}

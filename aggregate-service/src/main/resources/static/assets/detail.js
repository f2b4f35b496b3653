// A region's detail: monthly year-to-date against the target's schedule (序时进度, LINEAR and SEASONAL) and the
// year-end forecast (dashed, to December), and the units behind the number with their submissions.
import { aggregate, alerts as alertApi } from './api.js';
import { el, num, pct, dateTime } from './format.js';
import { methodName, t } from './i18n.js';
import { renderStarted } from './projects.js';

let chart = null;

async function yearOfFigures(region, indicator, year, lastMonth) {
  const months = Array.from({ length: lastMonth }, (_, i) => i + 1);
  return Promise.all(months.map(m => aggregate.figure({ region, indicator, period: `${year}-${String(m).padStart(2, '0')}` })
    .then(f => f.ytd).catch(() => null)));
}

async function targetOf(year, region, indicator) {
  try { return await alertApi.target(year, region, indicator); } catch { return null; }
}

/**
 * The forecast's path from its month m to December: SEASONAL follows last year's shape (ytd × P_k / P_m), LINEAR
 * the pace so far (ytd × k / m), LEVEL stays flat; December is the served forecast itself. Null before m.
 */
export function forecastPath(forecast, lastYear) {
  if (!forecast) return null;
  const m = forecast.month;
  const ytd = Number(forecast.ytd);
  const base = Number(lastYear[m - 1]);
  const path = Array(12).fill(null);
  for (let k = m; k <= 12; k++) {
    if (forecast.method === 'SEASONAL') path[k - 1] = lastYear[k - 1] == null ? null : ytd * Number(lastYear[k - 1]) / base;
    else if (forecast.method === 'LINEAR') path[k - 1] = ytd * k / m;
    else path[k - 1] = ytd;
  }
  path[m - 1] = ytd;
  path[11] = Number(forecast.forecast);
  return path;
}

/** The schedule lines: LINEAR = m/12 of the annual target; SEASONAL = last year's own share of its year by m. */
export function scheduleLines(annual, lastYear) {
  if (!annual) return { linear: null, seasonal: null };
  const linear = Array.from({ length: 12 }, (_, i) => annual * (i + 1) / 12);
  const december = lastYear[11];
  const seasonal = december ? lastYear.map(v => annual * (Number(v) || 0) / Number(december)) : null;
  return { linear, seasonal };
}

export async function renderDetail({ region, regionLabel, indicator, period, ctx, scroll = false }) {
  const panel = document.getElementById('detail');
  panel.hidden = false;
  panel.dataset.regionId = region;
  document.getElementById('detail-title').textContent = t('detailTitle', regionLabel, ctx.indicatorLabel);
  const error = document.getElementById('detail-error');
  error.textContent = '';
  const [year, month] = period.split('-').map(Number);
  const [figure, thisYear, lastYear, target, contributors, forecast] = await Promise.all([
    aggregate.figure({ region, indicator, period }).catch(e => { error.textContent = e.message; return null; }),
    yearOfFigures(region, indicator, year, month),
    yearOfFigures(region, indicator, year - 1, 12),
    targetOf(year, region, indicator),
    aggregate.contributors({ region, indicator, period }).catch(e => { error.textContent = e.message; return null; }),
    alertApi.forecasts({ region, indicator, year }).catch(() => null),
  ]);
  if (panel.dataset.regionId !== region) return; // another region was opened meanwhile
  renderSummary(figure, target, thisYear[month - 1], ctx.unit, forecast);
  renderChart(thisYear, lastYear, target, ctx, forecast);
  renderContributors(contributors);
  const started = document.getElementById('detail-started');
  if (indicator === 'projects_started') renderStarted(started, { region, year, month, annualTarget: target?.annualTarget });
  else started.hidden = true;
  if (scroll) panel.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
}

function renderSummary(figure, target, ytd, unit, forecast) {
  const box = document.getElementById('detail-summary');
  const cell = (label, value, test) => el('div', { 'data-test': test }, el('b', { text: value }), el('span', { text: label }));
  const items = [
    cell(`${t('ytd')}${unit ? ` (${unit})` : ''}`, num(figure?.ytd), 'detail-ytd'),
    cell(t('priorYtd'), num(figure?.priorYtd), 'detail-prior'),
    cell(t('growth'), pct(figure?.growthPct, true), 'detail-growth'),
    cell(t('share'), pct(figure?.sharePct), 'detail-share'),
  ];
  if (target?.annualTarget) {
    items.push(cell(t('annualTarget'), num(target.annualTarget), 'detail-target'));
    items.push(cell(t('progress'), ytd == null ? '—' : pct(Number(ytd) / Number(target.annualTarget) * 100), 'detail-progress'));
  }
  if (forecast) {
    items.push(cell(`${t('forecast')} (${methodName(forecast.method)})`, num(forecast.forecast), 'detail-forecast'));
    if (forecast.attainmentPct != null) items.push(cell(t('forecastAttainment'), pct(forecast.attainmentPct), 'detail-attainment'));
  }
  if (target?.growthTargetPct != null) items.push(cell(t('growthTarget'), pct(target.growthTargetPct, true), 'detail-growth-target'));
  if (!target) items.push(cell(t('targetLine'), t('noTarget'), 'detail-target'));
  box.replaceChildren(...items);
}

function renderChart(thisYear, lastYear, target, ctx, forecast) {
  const box = document.getElementById('detail-chart');
  const annual = target?.annualTarget ? Number(target.annualTarget) : null;
  const { linear, seasonal } = scheduleLines(annual, lastYear);
  const projected = forecastPath(forecast, lastYear);
  const months = Array.from({ length: 12 }, (_, i) => t('month', i + 1));
  const asNumbers = list => list.map(v => (v == null ? null : Number(v)));
  if (!window.echarts) {
    box.replaceChildren(el('p', { class: 'muted', text: t('chartFallback') }), fallbackTable(months, thisYear, lastYear, linear, seasonal, projected));
    return;
  }
  if (!chart || chart.getDom() !== box) {
    box.replaceChildren();
    chart = window.echarts.init(box);
    window.addEventListener('resize', () => chart && chart.resize());
  }
  const series = [
    { name: t('actual'), type: 'bar', data: asNumbers(thisYear), itemStyle: { color: '#1f6feb' }, barMaxWidth: 28 },
    { name: t('lastYear'), type: 'line', data: asNumbers(lastYear), lineStyle: { type: 'dotted' }, symbol: 'none', itemStyle: { color: '#8a94a6' } },
  ];
  if (linear) {
    const chosen = target.curve || 'LINEAR';
    series.push({ name: t('linear'), type: 'line', data: linear, symbol: 'none', itemStyle: { color: '#d93025' },
      lineStyle: { type: chosen === 'LINEAR' ? 'solid' : 'dashed', width: chosen === 'LINEAR' ? 2 : 1 } });
    if (seasonal) {
      series.push({ name: t('seasonal'), type: 'line', data: seasonal, symbol: 'none', itemStyle: { color: '#f2a900' },
        lineStyle: { type: chosen === 'SEASONAL' ? 'solid' : 'dashed', width: chosen === 'SEASONAL' ? 2 : 1 } });
    }
  }
  if (projected) {
    series.push({ name: t('forecastLine'), type: 'line', data: projected, connectNulls: true, symbolSize: 5,
      itemStyle: { color: '#1e9e5a' }, lineStyle: { type: 'dashed', width: 2 },
      markLine: annual ? { symbol: 'none', silent: true, data: [{ yAxis: annual }], lineStyle: { color: '#d93025', type: 'solid' },
        label: { formatter: `${t('annualTarget')} ${num(annual)}`, position: 'insideEndTop' } } : undefined });
  }
  chart.setOption({
    tooltip: { trigger: 'axis', valueFormatter: v => num(v) },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 12, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', name: ctx.unit || '', axisLabel: { formatter: v => num(v, 0) } },
    series,
  }, true);
  chart.resize();
}

function fallbackTable(months, thisYear, lastYear, linear, seasonal, projected) {
  return el('table', { 'data-test': 'chart-table' },
    el('thead', {}, el('tr', {}, el('th', { text: '' }), el('th', { class: 'num', text: t('actual') }),
      el('th', { class: 'num', text: t('lastYear') }), el('th', { class: 'num', text: t('linear') }),
      el('th', { class: 'num', text: t('seasonal') }), el('th', { class: 'num', text: t('forecastLine') }))),
    el('tbody', {}, months.map((m, i) => el('tr', {}, el('td', { text: m }), el('td', { class: 'num', text: num(thisYear[i]) }),
      el('td', { class: 'num', text: num(lastYear[i]) }), el('td', { class: 'num', text: num(linear?.[i]) }),
      el('td', { class: 'num', text: num(seasonal?.[i]) }), el('td', { class: 'num', 'data-test': 'forecast-cell', text: num(projected?.[i]) })))));
}

function renderContributors(data) {
  const tbody = document.getElementById('contributors-body');
  tbody.replaceChildren();
  if (!data || !data.contributors?.length) {
    tbody.append(el('tr', {}, el('td', { colspan: 5, class: 'muted', text: t('noData') })));
    return;
  }
  for (const c of data.contributors) {
    const subs = el('details', {},
      el('summary', { text: `${t('showSubmissions')} (${c.figures.length})` }),
      el('table', { class: 'subs' }, el('tbody', {}, c.figures.map(f => el('tr', { 'data-test': 'submission' },
        el('td', { text: f.period }),
        el('td', { class: 'num', text: num(f.value) }),
        el('td', { class: 'num muted', text: f.priorYearValue == null ? '' : `(${num(f.priorYearValue)})` }),
        el('td', { class: 'muted', title: f.submissionId }, dateTime(f.acceptedAt),
          f.late ? el('span', { class: 'late-count', title: t('lateHint'), text: ` · ${t('late')}` }) : null),
        el('td', { class: 'muted', text: f.revisions?.length > 1 ? `${f.revisions.length} ${t('revisions')}` : '' }))))));
    tbody.append(el('tr', { 'data-entity-id': c.entityId, 'data-test': 'contributor-row', 'data-late': c.late ? 'true' : 'false' },
      el('td', { class: 'name-col' }, c.entityName || c.entityId,
        c.late ? el('span', { class: 'badge late', 'data-test': 'late-badge', title: t('lateHint'), text: t('late') }) : null),
      el('td', { class: 'num', text: num(c.ytd) }),
      el('td', { class: 'num', text: num(c.priorYtd) }),
      el('td', { class: 'num', text: pct(c.sharePct) }),
      el('td', {}, subs)));
  }
}

export function closeDetail() {
  const panel = document.getElementById('detail');
  panel.hidden = true;
  delete panel.dataset.regionId;
}

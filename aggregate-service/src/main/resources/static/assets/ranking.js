// The ranking table: one row per child region, in the order aggregate-service ranks them.
import { alerts as alertApi } from './api.js';
import { el, num, pct, rankChange } from './format.js';
import { t, methodName, ruleName, severityName } from './i18n.js';

const ORDER = { RED: 2, YELLOW: 1 };

/** Worst severity among alerts (null when none). */
export function worst(list) {
  return list.reduce((w, a) => (ORDER[a.severity] || 0) > (ORDER[w] || 0) ? a.severity : w, null);
}

/** Reported of expected, and how many of the reported came late (their latest figure after the deadline). */
export function completeness(row) {
  const late = row.late > 0
    ? el('span', { class: 'late-count', 'data-test': 'late-count', title: t('lateCountHint'), text: ` · ${t('lateCount', row.late)}` })
    : null;
  return el('td', { class: 'num', 'data-test': 'reported', 'data-late': row.late ?? 0 }, `${row.reported}/${row.expected}`, late);
}

/** The year-end forecasts of the parent's children (alert-service), by region id; empty when unavailable. */
export async function loadForecasts(parent, indicator, year) {
  try {
    const list = await alertApi.forecasts({ parent, indicator, year });
    return new Map(list.map(f => [f.regionId, f]));
  } catch {
    return new Map();
  }
}

export function renderRanking(tbody, ranking, { regionName, alertsByRegion, indicator, selected, onSelect, lightsKnown,
  forecasts = new Map() }) {
  tbody.replaceChildren();
  if (!ranking.rows.length) {
    tbody.append(el('tr', {}, el('td', { colspan: 10, class: 'muted', text: t('noData') })));
    return;
  }
  for (const row of ranking.rows) {
    const regionAlerts = alertsByRegion.get(row.regionId) || [];
    const own = regionAlerts.filter(a => a.indicator === indicator);
    const others = regionAlerts.length - own.length;
    const light = lightsKnown ? (worst(own) || 'GREEN') : 'NONE';
    const title = own.map(a => `${severityName(a.severity)} · ${ruleName(a.rule)}${a.message ? ' — ' + a.message : ''}`).join('\n');
    const change = rankChange(row.rankChange);
    const forecast = forecasts.get(row.regionId);
    const attainment = forecast?.attainmentPct;
    const tr = el('tr', {
      'data-region-id': row.regionId, 'data-test': 'ranking-row', 'data-light': light, tabindex: 0,
      class: row.regionId === selected ? 'selected' : null,
      onclick: () => onSelect(row.regionId),
      onkeydown: e => { if (e.key === 'Enter') onSelect(row.regionId); },
    },
    el('td', { class: 'light-col', title: title || null },
      el('span', { class: `dot ${light}`, 'data-test': 'light', 'aria-label': light }),
      others > 0 ? el('span', { class: 'more', title: regionAlerts.filter(a => a.indicator !== indicator)
        .map(a => `${severityName(a.severity)} · ${ruleName(a.rule)} · ${a.indicator}`).join('\n'), text: `+${others}` }) : null),
    el('td', { class: 'rank', 'data-test': 'rank', text: row.rank ?? '—' }),
    el('td', { class: change.cls, 'data-test': 'rank-change', text: change.text }),
    el('td', { class: 'name-col', 'data-test': 'region-name', text: regionName(row.regionId, row.regionName) }),
    el('td', { class: 'num', 'data-test': 'ytd', 'data-value': row.ytd ?? '', text: num(row.ytd) }),
    el('td', { class: 'num', 'data-test': 'prior-ytd', 'data-value': row.priorYtd ?? '', text: num(row.priorYtd) }),
    el('td', { class: `num ${row.growthPct > 0 ? 'pos' : row.growthPct < 0 ? 'neg' : ''}`, 'data-test': 'growth',
      'data-value': row.growthPct ?? '', text: pct(row.growthPct, true) }),
    el('td', { class: 'num', 'data-test': 'share', 'data-value': row.sharePct ?? '', text: pct(row.sharePct) }),
    completeness(row),
    el('td', { class: `num ${attainment == null ? '' : attainment < 100 ? 'neg' : 'pos'}`, 'data-test': 'forecast-attainment',
      'data-value': attainment ?? '', text: pct(attainment),
      title: forecast ? `${t('forecast')} ${num(forecast.forecast)} (${methodName(forecast.method)}, ${forecast.year}-${String(forecast.month).padStart(2, '0')})` : null }));
    tbody.append(tr);
  }
}

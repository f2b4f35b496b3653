// The reporter's own submissions for the entity, newest first, each marked first or revision k of its month; a figure
// a later submission replaced (same indicator, same month) is struck through.
import { label, t } from './i18n.js';
import { dateTime, el, num } from './format.js';

/**
 * Draws {submissionId, entityId, period, figures[], note, acceptedAt, warnings[]} (newest first). The same period
 * sent more than once shows as revisions, counted from its oldest submission; rows of {@code period} stand out.
 */
export function renderHistory(body, list, { rows, period }) {
  if (!list.length) {
    body.replaceChildren(el('tr', {}, el('td', { colspan: 6, class: 'muted', text: t('noHistory') })));
    return;
  }
  const byCode = new Map(rows.map(r => [r.indicator, r]));
  const name = code => (byCode.has(code) ? label(byCode.get(code)) : code);
  const total = new Map();
  for (const s of list) total.set(s.period, (total.get(s.period) || 0) + 1);
  const seen = new Map();
  const replaced = new Set(); // period|indicator already met in a newer submission
  body.replaceChildren(...list.map(s => {
    const later = seen.get(s.period) || 0; // submissions of this period newer than s
    seen.set(s.period, later + 1);
    const revision = total.get(s.period) - later - 1;
    const figures = (s.figures || []).map(f => {
      const key = `${s.period}|${f.indicator}`;
      const superseded = replaced.has(key);
      replaced.add(key);
      return el('div', { 'data-test': 'history-figure', 'data-indicator': f.indicator, 'data-value': f.value,
        'data-superseded': String(superseded), class: superseded ? 'superseded' : null, title: superseded ? t('superseded') : null },
      `${name(f.indicator)}: ${num(f.value)}`,
      f.priorYearValue !== null && f.priorYearValue !== undefined ? el('span', { class: 'muted' }, ` (${t('priorShort')} ${num(f.priorYearValue)})`) : null);
    });
    const warnings = (s.warnings || []).map(w => el('div', { class: 'warn' }, warningLine(w, s.figures || [], f => name(f.indicator))));
    return el('tr', { 'data-test': 'history-row', 'data-submission-id': s.submissionId, 'data-period': s.period,
      'data-revision': revision, class: s.period === period ? 'current' : null },
      el('td', { class: 'nowrap', 'data-test': 'history-accepted' }, dateTime(s.acceptedAt)),
      el('td', { class: 'nowrap' }, s.period),
      el('td', { class: 'nowrap', 'data-test': 'history-revision' }, revision === 0 ? t('first') : t('revised', revision)),
      el('td', { class: 'name-col figures' }, figures),
      el('td', { class: 'note-cell' }, s.note || ''),
      el('td', {}, warnings));
  }));
}

/** A service warning, its field "figures[i].…" named by {@code nameOf} the i-th figure sent. */
export function warningLine(w, figures, nameOf) {
  const m = /^figures\[(\d+)\]/.exec(w.field || '');
  const figure = m ? figures[Number(m[1])] : null;
  return `${figure ? `${nameOf(figure)}: ` : w.field ? `${w.field}: ` : ''}${w.message || w.code}`;
}

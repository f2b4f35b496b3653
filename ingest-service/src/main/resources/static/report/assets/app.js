// The reporters' page (填报): sign in with a token, pick an entity and a month, fill the form, confirm what looks
// odd, send, read the receipt and the history. Plain ES modules, no build step; everything talks to this origin.
import { api, session } from './api.js';
import { applyStatic, label, language, roleName, setLanguage, t } from './i18n.js';
import { dateTime, el, lastMonth, num, thisMonth } from './format.js';
import { foreseenWarnings, submissionJson } from './numbers.js';
import { clearErrors, collect, relabel, renderForm, showErrors } from './form.js';
import { renderHistory, warningLine } from './history.js';
import { clearProblem, showProblem } from './problems.js';
import { wireRegistersExcel, wireReporterExcel } from './excel.js';

const $ = id => document.getElementById(id);
const state = { me: null, entityId: null, period: null, form: null, history: [], pending: null };

// ---------------------------------------------------------------------------------------------------- form
async function loadForm({ keepReceipt = false } = {}) {
  writeHash();
  clearProblem($('form-error'));
  if (!$('confirm').hidden) closeConfirm();
  if (!keepReceipt) $('receipt').hidden = true;
  try {
    state.form = await api.form(state.entityId, state.period);
  } catch (err) {
    if (err.status === 401) return signOut(t('invalidToken'));
    state.form = null;
    $('form-body').replaceChildren();
    showProblem($('form-error'), err);
    return;
  }
  drawFormHead();
  renderForm($('form-body'), state.form);
}

function drawFormHead() {
  const f = state.form;
  if (!f) return;
  const [y, m] = f.period.split('-').map(Number);
  $('form-title').textContent = t('formTitle', f.entityName, f.regionName, t('periodLabel', y, m));
  $('deadline').textContent = t('deadline', f.deadlineDay);
  $('late-badge').hidden = !f.pastDeadline;
}

async function onSubmit(e) {
  e.preventDefault();
  if (!state.form) return;
  $('receipt').hidden = true;
  $('confirm').hidden = true;
  clearProblem($('form-error'));
  $('note-error').textContent = '';
  const { figures, problems } = collect();
  if (problems) return;
  if (!figures.length) {
    $('form-error').replaceChildren(el('li', { class: 'headline' }, t('nothingToSend')));
    return;
  }
  state.pending = { figures, note: $('note-input').value.trim() };
  const warnings = foreseenWarnings(figures, state.form);
  if (!warnings.length) return send();
  $('confirm-list').replaceChildren(...warnings.map(w => el('li', { 'data-test': 'confirm-item',
    'data-indicator': w.row.indicator, 'data-kind': w.kind }, warningText(w))));
  $('confirm').hidden = false;
  $('send-button').disabled = true;
  $('confirm-send').focus();
}

/** Back to the form without sending (the reporter cancelled, or changed the entity or month meanwhile). */
function closeConfirm() {
  state.pending = null;
  $('confirm').hidden = true;
  $('send-button').disabled = false;
}

function warningText(w) {
  const name = label(w.row);
  if (w.kind === 'dropped') return t('priorDropped', name, num(w.value));
  return t(w.kind === 'above' ? 'aboveRatio' : 'belowRatio', name, num(w.value), t(w.against), num(w.reference), w.ratio);
}

async function send() {
  $('confirm').hidden = true;
  const { figures, note } = state.pending;
  const json = submissionJson({ entityId: state.entityId, period: state.period, ...(note ? { note } : {}),
    figures: figures.map(f => ({ indicator: f.indicator, value: f.value,
      ...(f.priorYearValue !== undefined ? { priorYearValue: f.priorYearValue } : {}) })) });
  $('send-button').disabled = true;
  $('send-button').textContent = t('sending');
  try {
    const receipt = await api.submit(json);
    $('note-input').value = '';
    showReceipt([receipt.submissionId], receipt.acceptedAt, receipt.warnings, figures);
    await Promise.all([loadForm({ keepReceipt: true }), loadHistory()]);
  } catch (err) {
    if (err.status === 401) return signOut(t('invalidToken'));
    const rest = showErrors(err.errors, figures);
    const noteErrors = rest.filter(r => r.field === 'note');
    $('note-error').textContent = noteErrors.map(r => r.message).join('; ');
    showProblem($('form-error'), err, rest.filter(r => r.field !== 'note'));
  } finally {
    state.pending = null;
    $('send-button').disabled = false;
    $('send-button').textContent = t('send');
  }
}

/** The service's answer; its warnings name the indicator of the figure sent at their index (when known). */
function showReceipt(ids, acceptedAt, warnings = [], figures = []) {
  $('receipt-id').textContent = ids.join(', ');
  $('receipt-accepted').textContent = dateTime(acceptedAt);
  $('receipt-accepted').dataset.value = acceptedAt;
  $('receipt-warnings').replaceChildren(...(warnings || []).map(w => el('li', { 'data-test': 'receipt-warning',
    'data-code': w.code }, t('serverWarnings') + warningLine(w, figures, f => (f.row ? label(f.row) : f.indicator)))));
  $('receipt').hidden = false;
}

async function loadHistory() {
  $('history-error').textContent = '';
  try {
    state.history = await api.history(state.entityId);
  } catch (err) {
    state.history = [];
    $('history-error').textContent = err.message;
  }
  drawHistory();
}

function drawHistory() {
  renderHistory($('history-body'), state.history, { rows: state.form?.rows || [], period: state.period });
}

// ---------------------------------------------------------------------------------------------------- session
async function start() {
  $('sign-in-error').textContent = '';
  try {
    state.me = await api.me();
  } catch (err) {
    return signOut(err.status === 401 ? t('invalidToken') : t('serverUnavailable') + err.message);
  }
  $('sign-in').hidden = true;
  $('app').hidden = false;
  $('sign-out').hidden = false;
  drawWho();
  const reporter = state.me.role === 'REPORTER' && state.me.entities.length > 0;
  $('reporter').hidden = !reporter;
  $('registers-panel').hidden = state.me.role !== 'STATISTICS';
  $('not-reporter').hidden = reporter;
  $('not-reporter-text').textContent = state.me.role === 'STATISTICS' ? t('statisticsNote')
    : state.me.role === 'OFFICIAL' ? t('officialNote') : t('noIndicators');
  if (!reporter) return;
  const hash = new URLSearchParams(location.hash.slice(1));
  state.entityId = state.me.entities.some(e => e.id === hash.get('entity')) ? hash.get('entity') : state.me.entities[0].id;
  state.period = /^\d{4}-(0[1-9]|1[0-2])$/.test(hash.get('period') || '') ? hash.get('period') : lastMonth();
  $('entity-select').replaceChildren(...state.me.entities.map(e => new Option(`${e.name} · ${e.regionName}`, e.id)));
  $('entity-select').value = state.entityId;
  $('period-input').max = thisMonth();
  $('period-input').value = state.period;
  await loadForm();
  await loadHistory();
}

function drawWho() {
  if (state.me) $('who').textContent = roleName(state.me.role);
}

function signOut(message) {
  session.token = null;
  state.me = null;
  $('app').hidden = true;
  $('sign-out').hidden = true;
  $('who').textContent = '';
  $('sign-in').hidden = false;
  $('sign-in-error').textContent = message || '';
  $('token-input').focus();
}

function writeHash() {
  history.replaceState(null, '', `${location.pathname}${location.search}#${new URLSearchParams({ entity: state.entityId, period: state.period })}`);
}

/** A sign-in link may carry the token in the fragment (never sent to a server); it moves to sessionStorage at once. */
function takeTokenFromFragment() {
  const q = new URLSearchParams(location.hash.slice(1));
  if (!q.has('token')) return;
  session.token = q.get('token');
  q.delete('token');
  history.replaceState(null, '', `${location.pathname}${location.search}${q.toString() ? `#${q}` : ''}`);
}

// ---------------------------------------------------------------------------------------------------- wiring
function wire() {
  $('sign-in-form').addEventListener('submit', e => {
    e.preventDefault();
    session.token = $('token-input').value.trim();
    $('token-input').value = '';
    start();
  });
  $('sign-out').addEventListener('click', () => signOut());
  $('lang-toggle').addEventListener('click', () => {
    setLanguage(language() === 'en' ? 'zh' : 'en');
    drawWho();
    drawFormHead();
    relabel();
    drawHistory();
  });
  $('entity-select').addEventListener('change', e => { state.entityId = e.target.value; loadForm().then(loadHistory); });
  $('period-input').addEventListener('change', e => {
    if (!/^\d{4}-\d{2}$/.test(e.target.value)) return;
    state.period = e.target.value;
    loadForm().then(drawHistory);
  });
  $('report-form').addEventListener('submit', onSubmit);
  $('confirm-send').addEventListener('click', send);
  $('confirm-cancel').addEventListener('click', closeConfirm);
  wireReporterExcel({
    current: () => ({ entityId: state.entityId, period: state.period }),
    accepted: answer => {
      clearErrors();
      showReceipt(answer?.submissionIds || [], answer?.acceptedAt, answer?.warnings);
      loadForm({ keepReceipt: true }).then(loadHistory);
    },
  });
  wireRegistersExcel();
}

applyStatic();
takeTokenFromFragment();
wire();
if (session.token) start(); else signOut();

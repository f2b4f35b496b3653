// The alerts panel: firing alerts from alert-service, kept live by its SSE stream, acknowledged with a note.
import { alerts as alertApi } from './api.js';
import { el, pct, dateTime } from './format.js';
import { t, ruleName, severityName, language } from './i18n.js';

const ORDER = { RED: 0, YELLOW: 1 };
const fresh = new Set();
let source = null;

export async function loadAlerts() {
  const list = await alertApi.list({ state: 'FIRING', lang: language() });
  return list.sort((a, b) => (ORDER[a.severity] ?? 9) - (ORDER[b.severity] ?? 9)
    || String(b.changedAt).localeCompare(String(a.changedAt)));
}

export function renderAlerts(list, { regionName, indicatorName, inScope, onOpen }) {
  const ul = document.getElementById('alerts-list');
  const shown = list.filter(inScope);
  document.getElementById('alert-count').textContent = shown.length;
  ul.replaceChildren();
  if (!shown.length) {
    ul.append(el('li', { class: 'muted', text: t('noAlerts') }));
    return;
  }
  for (const a of shown) {
    const values = a.rule === 'FORECAST_MISS'
      ? `${t('progress')} ${pct(a.progressPct)} / ${t('forecastAttainment')} ${pct(a.expectedPct)}`
      : a.progressPct != null
      ? `${t('progress')} ${pct(a.progressPct)} / ${t('expected')} ${pct(a.expectedPct)}`
      : a.growthPct != null ? `${t('growth')} ${pct(a.growthPct, true)}${a.growthTargetPct != null ? ` / ${t('growthTarget')} ${pct(a.growthTargetPct, true)}` : ''}${a.rank != null ? ` · ${t('rank')} ${a.rank}` : ''}` : '';
    ul.append(el('li', { class: `${a.severity} ${fresh.has(a.id) ? 'fresh' : ''}`, 'data-alert-id': a.id, 'data-test': 'alert-item',
      'data-rule': a.rule, 'data-region-id': a.regionId, 'data-indicator': a.indicator, 'data-severity': a.severity },
      el('div', { class: 'what' }, el('span', { class: `dot ${a.severity}` }),
        `${severityName(a.severity)} · ${ruleName(a.rule)}`,
        a.ack?.escalatedAt ? el('span', { class: 'badge escalated', 'data-test': 'escalated-badge', text: t('escalated') }) : null),
      el('div', {}, el('a', { href: '#', onclick: e => { e.preventDefault(); onOpen(a); } },
        `${regionName(a.regionId)} · ${indicatorName(a.indicator)}`), a.entityId ? ` · ${a.entityId}` : ''),
      el('div', { class: 'meta', text: `${a.period ?? ''} ${values}` }),
      a.message ? el('div', { class: 'meta', text: a.message }) : null,
      el('div', { class: 'meta', text: dateTime(a.changedAt || a.firedAt) }),
      a.ack ? el('div', { class: 'acked', 'data-test': 'ack-info', text: t('ackedBy', a.ack.by, a.ack.note) })
        : el('button', { type: 'button', class: 'ghost', 'data-test': 'ack-button', 'data-alert-id': a.id,
          onclick: () => openAck(a, regionName, indicatorName) }, t('ack'))));
  }
  fresh.clear();
}

let ackDone = () => {};
export function onAcknowledged(callback) { ackDone = callback; }

function openAck(alert, regionName, indicatorName) {
  const dialog = document.getElementById('ack-dialog');
  dialog.dataset.alertId = alert.id;
  document.getElementById('ack-alert').textContent =
    `${severityName(alert.severity)} · ${ruleName(alert.rule)} · ${regionName(alert.regionId)} · ${indicatorName(alert.indicator)}`;
  document.getElementById('ack-by').value = localStorage.getItem('pacer.ackBy') || '';
  document.getElementById('ack-note').value = '';
  document.getElementById('ack-plan').value = '';
  document.getElementById('ack-due').value = '';
  document.getElementById('ack-error').textContent = '';
  dialog.showModal();
}

export function wireAckDialog() {
  const dialog = document.getElementById('ack-dialog');
  document.getElementById('ack-cancel').addEventListener('click', () => dialog.close());
  document.getElementById('ack-form').addEventListener('submit', async e => {
    e.preventDefault();
    const by = document.getElementById('ack-by').value.trim();
    const body = { by, note: document.getElementById('ack-note').value.trim() };
    const plan = document.getElementById('ack-plan').value.trim();
    const due = document.getElementById('ack-due').value;
    if (plan) body.actionPlan = plan;
    if (due) body.dueDate = due;
    const button = document.getElementById('ack-submit');
    button.disabled = true;
    try {
      await alertApi.ack(dialog.dataset.alertId, body);
      localStorage.setItem('pacer.ackBy', by);
      dialog.close();
      ackDone(dialog.dataset.alertId);
    } catch (err) {
      const fields = err.problem?.errors?.map(x => `${x.field}: ${x.message}`).join('; ');
      document.getElementById('ack-error').textContent = fields || err.message;
    } finally {
      button.disabled = false;
    }
  });
}

/** Opens the SSE stream; every transition triggers a (debounced) refresh. */
export function connectStream(url, onChange) {
  closeStream();
  const status = document.getElementById('live-status');
  status.hidden = false;
  let timer = null;
  // the service may hold back the response headers until its first event or heartbeat: say so until then
  status.textContent = t('connecting');
  status.classList.remove('on');
  source = new EventSource(url);
  source.onopen = () => { status.textContent = t('live'); status.classList.add('on'); };
  source.onerror = () => { status.textContent = t('offline'); status.classList.remove('on'); };
  source.addEventListener('alert', ev => {
    status.textContent = t('live');
    status.classList.add('on');
    try { fresh.add(JSON.parse(ev.data).alertId); } catch { /* a transition we can't read still means "refresh" */ }
    clearTimeout(timer);
    timer = setTimeout(onChange, 300);
  });
}

export function closeStream() {
  if (source) source.close();
  source = null;
  document.getElementById('live-status').hidden = true;
}

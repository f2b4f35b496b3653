// Display helpers. Rounding happens here only: the service serves and takes unrounded values.
import { language } from './i18n.js';

function locale() { return language() === 'en' ? 'en-US' : 'zh-CN'; }

/** A value as the reporter reads it: grouped, up to 6 decimals (the most a value may have). */
export function num(v) {
  if (v === null || v === undefined || v === '') return '—';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 6 }).format(Number(v));
}

export function dateTime(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString(locale(), { hour12: false });
}

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** The month before the current one in Asia/Shanghai (where periods are counted), as YYYY-MM. */
export function lastMonth() {
  const [y, m] = thisMonth().split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export function thisMonth() {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
    .formatToParts(new Date());
  return `${parts.find(p => p.type === 'year').value}-${parts.find(p => p.type === 'month').value}`;
}

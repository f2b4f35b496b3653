// Rounding happens here only, for display: the services serve unrounded values.
import { language } from './i18n.js';

function locale() { return language() === 'en' ? 'en-US' : 'zh-CN'; }

export function num(v, digits = 2) {
  if (v === null || v === undefined) return '—';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(Number(v));
}

export function pct(v, signed = false) {
  if (v === null || v === undefined) return '—';
  const n = Number(v);
  const s = new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
  return (signed && n > 0 ? '+' : '') + s + '%';
}

export function rankChange(v) {
  if (v === null || v === undefined || v === 0) return { text: v === 0 ? '–' : '', cls: '' };
  return v > 0 ? { text: `▲${v}`, cls: 'up' } : { text: `▼${-v}`, cls: 'down' };
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

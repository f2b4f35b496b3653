// The 通报 view: alert-service's monthly bulletin of the parent's children, printable on A4, with its .docx.
import { alerts as alertApi, download } from './api.js';
import { el } from './format.js';
import { language, t } from './i18n.js';

const $ = id => document.getElementById(id);
let current = null;

/** Shows the bulletin of {parent, period} in the page's language. */
export async function openBulletin({ parent, period }) {
  current = { parent, period, lang: language() };
  const panel = $('bulletin');
  panel.hidden = false;
  document.body.classList.add('bulletin-open');
  $('bulletin-error').textContent = '';
  const body = $('bulletin-body');
  body.replaceChildren(el('p', { class: 'muted', text: t('loading') }));
  try {
    const bulletin = await alertApi.analysis(current);
    if (current.parent !== parent || current.period !== period) return; // another one was asked for meanwhile
    const [title, ...paragraphs] = bulletin.text.split('\n\n');
    body.replaceChildren(el('h1', { class: 'bulletin-title', 'data-test': 'bulletin-title', text: title }),
      ...paragraphs.map(p => el('p', { 'data-test': 'bulletin-paragraph', text: p })));
    panel.scrollIntoView({ behavior: 'smooth', block: 'start' });
  } catch (e) {
    body.replaceChildren();
    $('bulletin-error').textContent = t('bulletinUnavailable') + (e.status === 403 ? t('forbidden') : e.message);
  }
}

export function closeBulletin() {
  current = null;
  $('bulletin').hidden = true;
  document.body.classList.remove('bulletin-open');
}

/** Wires the view's buttons; {@code where} gives the parent and period currently selected. */
export function wireBulletin(where) {
  $('bulletin-open').addEventListener('click', () => openBulletin(where()));
  $('bulletin-close').addEventListener('click', closeBulletin);
  $('bulletin-print').addEventListener('click', () => window.print());
  $('bulletin-docx').addEventListener('click', async () => {
    if (!current) return;
    $('bulletin-error').textContent = '';
    try {
      await download(alertApi.analysisDocxUrl(current), `bulletin-${current.parent}-${current.period}-${current.lang}.docx`);
    } catch (e) {
      $('bulletin-error').textContent = t('exportUnavailable') + (e.status ? `${e.status} ${e.message}` : e.message);
    }
  });
}

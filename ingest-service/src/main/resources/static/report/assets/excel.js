// Excel on the reporters' page: a reporter's filled template and its upload; the registers' template and upload for
// the statistics office. The endpoints may not exist on an older service: a 404 then says "not available".
import { api, download } from './api.js';
import { t } from './i18n.js';
import { el } from './format.js';
import { clearProblem, showProblem } from './problems.js';

const $ = id => document.getElementById(id);

function notThere(err) { return [404, 405, 501].includes(err.status) && !err.errors.some(e => e.field === 'entityId'); }

function failed(list, err) {
  if (notThere(err)) list.replaceChildren(el('li', { 'data-test': 'excel-unavailable' }, `${t('excelUnavailable')} (HTTP ${err.status})`));
  else showProblem(list, err);
}

/** {@code current()} gives {entityId, period}; {@code accepted(answer)} shows a 202 and reloads the form. */
export function wireReporterExcel({ current, accepted }) {
  $('template-download').addEventListener('click', async () => {
    clearProblem($('controls-error'));
    const { entityId, period } = current();
    try {
      await download(api.templateUrl(entityId, period), `${entityId}-${period}.xlsx`);
    } catch (err) {
      failed($('controls-error'), err);
    }
  });
  $('excel-file').addEventListener('change', async e => {
    const file = e.target.files[0];
    e.target.value = '';
    if (!file) return;
    clearProblem($('controls-error'));
    try {
      accepted(await api.uploadSubmissions(file));
    } catch (err) {
      failed($('controls-error'), err);
    }
  });
}

export function wireRegistersExcel() {
  $('registers-template').addEventListener('click', async () => {
    clearProblem($('registers-error'));
    try {
      await download(api.registersTemplateUrl(), 'registers.xlsx');
    } catch (err) {
      failed($('registers-error'), err);
    }
  });
  $('registers-file').addEventListener('change', async e => {
    const file = e.target.files[0];
    e.target.value = '';
    if (!file) return;
    clearProblem($('registers-error'));
    $('registers-result').textContent = '';
    try {
      const answer = await api.uploadRegisters(file);
      const counts = Object.entries(answer || {}).filter(([, v]) => Array.isArray(v) || typeof v === 'number')
        .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.length : v}`);
      $('registers-result').textContent = `${t('registersAccepted')} ${counts.join(' · ')}`;
    } catch (err) {
      failed($('registers-error'), err);
    }
  });
}

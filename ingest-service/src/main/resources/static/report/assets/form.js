// The form of one entity and month: a row per indicator, what the reporter typed, and the errors next to the inputs.
import { basisName, label, t } from './i18n.js';
import { el, num } from './format.js';
import { readNumber } from './numbers.js';

const inputs = new Map(); // indicator code -> {row, tr, value, prior, valueError, priorError}

/** Draws the rows of a form answer ({rows: [{indicator, name, nameEn, unit, basis, previousValue, ...}]}). */
export function renderForm(body, form) {
  inputs.clear();
  if (!form.rows.length) {
    body.replaceChildren(el('tr', {}, el('td', { colspan: 7, class: 'muted', text: t('noIndicators') })));
    return;
  }
  body.replaceChildren(...form.rows.map(row => {
    const value = el('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off', class: 'value-input',
      'data-test': 'value-input', 'aria-label': `${label(row)} ${t('value')}`, placeholder: t('valuePlaceholder'),
      'data-i18n-placeholder': 'valuePlaceholder' });
    const valueError = el('div', { class: 'field-error', 'data-test': 'value-error', role: 'alert' });
    const priorError = el('div', { class: 'field-error', 'data-test': 'prior-error', role: 'alert' });
    let prior = null;
    let priorCell;
    if (row.priorYearKnown) {
      priorCell = el('td', { class: 'num', 'data-test': 'prior-year', 'data-value': row.priorYearValue }, num(row.priorYearValue), priorError);
    } else {
      prior = el('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off', class: 'prior-input',
        'data-test': 'prior-input', 'aria-label': `${label(row)} ${t('priorYear')}`, placeholder: t('priorYearPlaceholder'),
        'data-i18n-placeholder': 'priorYearPlaceholder' });
      if (row.priorYearValue !== null && row.priorYearValue !== undefined) prior.value = String(row.priorYearValue);
      priorCell = el('td', { class: 'num input-col' }, prior, priorError);
    }
    const tr = el('tr', { 'data-test': 'form-row', 'data-indicator': row.indicator, 'data-basis': row.basis },
      el('td', { class: 'name-col', 'data-test': 'indicator-name' }, label(row)),
      el('td', { 'data-test': 'unit' }, row.unit),
      el('td', { 'data-test': 'basis' }, basisName(row.basis)),
      el('td', { class: 'num', 'data-test': 'previous', 'data-value': row.previousValue }, num(row.previousValue)),
      priorCell,
      el('td', { class: 'num', 'data-test': 'submitted', 'data-value': row.submittedValue }, num(row.submittedValue)),
      el('td', { class: 'input-col' }, value, valueError));
    for (const input of [value, prior]) input?.addEventListener('input', () => clearRow(row.indicator));
    inputs.set(row.indicator, { row, tr, value, prior, valueError, priorError });
    return tr;
  }));
}

/**
 * The figures to send, in row order, only the rows with a value: {figures: [{indicator, value, priorYearValue?,
 * row, number, priorNumber?}], problems}. A value or prior-year value that is not a number is a problem shown at
 * its input; a prior-year value without a value too.
 */
export function collect() {
  clearErrors();
  const figures = [];
  let problems = 0;
  for (const { row, value, prior, valueError, priorError } of inputs.values()) {
    const v = readNumber(value.value);
    const p = prior ? readNumber(prior.value) : { empty: true };
    if (v.invalid) { mark(value, valueError, t('notANumber')); problems++; }
    if (p.invalid) { mark(prior, priorError, t('notANumber')); problems++; }
    if (v.empty && !p.empty && !p.invalid && prior.value !== String(row.priorYearValue ?? '')) {
      mark(prior, priorError, t('priorWithoutValue'));
      problems++;
    }
    if (v.invalid || p.invalid || v.empty) continue;
    const figure = { indicator: row.indicator, value: v.json, row, number: v.value };
    if (!p.empty) { figure.priorYearValue = p.json; figure.priorNumber = p.value; }
    figures.push(figure);
  }
  return { figures, problems };
}

/**
 * Puts the service's errors (problem+json errors: [{field, message}]) next to their inputs: figures[i].value at
 * the value of the i-th figure sent (which is the row of sent[i]), figures[i].priorYearValue at its prior-year
 * value, other figure fields at the value too. Returns the errors that belong to no row.
 */
export function showErrors(errors, sent) {
  const rest = [];
  for (const error of errors) {
    const m = /^figures\[(\d+)\](?:\.(\w+))?/.exec(error.field || '');
    const target = m && sent[Number(m[1])] ? inputs.get(sent[Number(m[1])].indicator) : null;
    if (!target) { rest.push(error); continue; }
    if (m[2] === 'priorYearValue') mark(target.prior, target.priorError, error.message);
    else mark(target.value, target.valueError, error.message);
  }
  return rest;
}

export function clearErrors() {
  for (const code of inputs.keys()) clearRow(code);
}

function clearRow(code) {
  const i = inputs.get(code);
  if (!i) return;
  for (const [input, error] of [[i.value, i.valueError], [i.prior, i.priorError]]) {
    input?.classList.remove('invalid');
    input?.removeAttribute('aria-invalid');
    error.textContent = '';
  }
  i.tr.classList.remove('has-error');
}

function mark(input, error, message) {
  if (input) {
    input.classList.add('invalid');
    input.setAttribute('aria-invalid', 'true');
  }
  error.textContent = error.textContent ? `${error.textContent}; ${message}` : message;
  error.closest('tr')?.classList.add('has-error');
}

/** After a language switch: the names and bases of the rows drawn, typed values kept. */
export function relabel() {
  for (const { row, tr } of inputs.values()) {
    tr.querySelector('[data-test=indicator-name]').textContent = label(row);
    tr.querySelector('[data-test=basis]').textContent = basisName(row.basis);
  }
}

// How an answer other than 2xx reads to the reporter: a headline by status, then the service's {field, message}s.
import { t } from './i18n.js';
import { el } from './format.js';

export function headline(err) {
  switch (err.status) {
    case 0: return t('serverUnavailable') + err.message;
    case 401: return t('invalidToken');
    case 403: return t('forbidden');
    case 404: return t('notFound') + err.message;
    case 503: return t('unavailable', err.retryAfter || 5);
    default: return t('rejected');
  }
}

/**
 * Fills a list with the headline and each of {@code errors} as "field: message" (the service names the field); the
 * problem's detail when the service named no field at all.
 */
export function showProblem(list, err, errors = err.errors) {
  const items = [el('li', { class: 'headline' }, headline(err))];
  if (!err.errors.length && err.status >= 400 && ![401, 403, 404, 503].includes(err.status)) items.push(el('li', {}, err.message));
  for (const e of errors) {
    items.push(el('li', { 'data-test': 'problem', 'data-field': e.field || '' }, e.field ? `${e.field}: ${e.message}` : e.message));
  }
  list.replaceChildren(...items);
}

export function clearProblem(list) { list.replaceChildren(); }

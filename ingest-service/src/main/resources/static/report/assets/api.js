// The REST calls of the reporters' page, all to this origin (ingest-service). The token lives in sessionStorage only.
const TOKEN_KEY = 'pacer.report.token';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An answer other than 2xx; {@code problem} is the problem+json body ({title, detail, errors: [{field, message}]}). */
export class ApiError extends Error {
  constructor(status, problem, url, retryAfter) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.url = url;
    this.retryAfter = retryAfter;
  }

  get errors() { return Array.isArray(this.problem?.errors) ? this.problem.errors : []; }
}

export const session = {
  get token() { return sessionStorage.getItem(TOKEN_KEY); },
  set token(v) { v ? sessionStorage.setItem(TOKEN_KEY, v) : sessionStorage.removeItem(TOKEN_KEY); },
};

/** Sends a request with the bearer token; {@code json} is a body already written as JSON text. */
export async function request(url, { method = 'GET', json, body, contentType } = {}) {
  const headers = { Accept: 'application/json' };
  if (session.token) headers.Authorization = `Bearer ${session.token}`;
  if (json !== undefined) headers['Content-Type'] = 'application/json';
  else if (contentType) headers['Content-Type'] = contentType;
  let res;
  try {
    res = await fetch(url, { method, headers, body: json !== undefined ? json : body });
  } catch (e) {
    throw new ApiError(0, { detail: e.message }, url);
  }
  const text = await res.text();
  let parsed = null;
  try { parsed = text ? JSON.parse(text) : null; } catch { parsed = null; }
  if (!res.ok) throw new ApiError(res.status, parsed || { detail: text || res.statusText }, url, res.headers.get('Retry-After'));
  return parsed;
}

export const api = {
  me: () => request('/api/v1/me'),
  form: (entityId, period) => request(`/api/v1/report/form?${new URLSearchParams({ entityId, period })}`),
  submit: json => request('/api/v1/submissions', { method: 'POST', json }),
  history: entityId => request(`/api/v1/submissions?${new URLSearchParams({ entityId })}`),
  templateUrl: (entityId, period) => `/api/v1/templates/${encodeURIComponent(entityId)}.xlsx?${new URLSearchParams({ period })}`,
  uploadSubmissions: file => request('/api/v1/submissions/xlsx', { method: 'POST', body: file, contentType: XLSX }),
  registersTemplateUrl: () => '/api/v1/reference/template.xlsx',
  uploadRegisters: file => request('/api/v1/reference/xlsx', { method: 'POST', body: file, contentType: XLSX }),
};

/** Downloads a file from an endpoint that needs the bearer token (a plain link can't send it) and saves the blob. */
export async function download(url, fallbackName) {
  let res;
  try {
    res = await fetch(url, { headers: { Authorization: `Bearer ${session.token}` } });
  } catch (e) {
    throw new ApiError(0, { detail: e.message }, url);
  }
  if (!res.ok) {
    let problem = null;
    try { problem = await res.json(); } catch { problem = { detail: res.statusText }; }
    throw new ApiError(res.status, problem, url, res.headers.get('Retry-After'));
  }
  const blob = await res.blob();
  const disposition = res.headers.get('Content-Disposition') || '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1] || match[2]) : fallbackName;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

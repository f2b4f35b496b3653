// The REST calls of the dashboard: aggregate-service on this origin, alert-service (and, as a fallback for the
// registers, ingest-service) at the addresses this server is configured with. The token lives in sessionStorage only.
const TOKEN_KEY = 'pacer.token';

export class ApiError extends Error {
  constructor(status, problem, url) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.url = url;
  }
}

export const session = {
  get token() { return sessionStorage.getItem(TOKEN_KEY); },
  set token(v) { v ? sessionStorage.setItem(TOKEN_KEY, v) : sessionStorage.removeItem(TOKEN_KEY); },
};

/**
 * Where alert-service and ingest-service are: only from this server's configuration (GET /dashboard/config), never
 * from the page's address or storage, which anyone can put in a link: the token is sent to these addresses.
 */
let config = null;

export async function loadConfig() {
  const res = await fetch('/dashboard/config', { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new ApiError(res.status, { detail: res.statusText }, '/dashboard/config');
  config = await res.json();
}

export function alertBase() { return config.alertUrl; }

export function registerBase() { return config.ingestUrl; }

export async function request(url, { method = 'GET', body, token = session.token } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res;
  try {
    res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, { detail: `${e.message} (${url})` }, url);
  }
  const text = await res.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  if (!res.ok) throw new ApiError(res.status, json || { detail: text || res.statusText }, url);
  return json;
}

export const aggregate = {
  rankings: (q) => request(`/api/v1/rankings?${new URLSearchParams(q)}`),
  figure: (q) => request(`/api/v1/figures?${new URLSearchParams(q)}`),
  contributors: (q) => request(`/api/v1/figures/contributors?${new URLSearchParams(q)}`),
  exportUrl: (q) => `/api/v1/rankings/export?${new URLSearchParams(q)}`,
};

export const alerts = {
  list: (q = {}) => request(`${alertBase()}/api/v1/alerts?${new URLSearchParams(q)}`),
  ack: (id, body) => request(`${alertBase()}/api/v1/alerts/${encodeURIComponent(id)}/ack`, { method: 'POST', body }),
  target: (year, region, indicator) => request(`${alertBase()}/api/v1/targets/${year}/${encodeURIComponent(region)}/${encodeURIComponent(indicator)}`),
  streamUrl: () => `${alertBase()}/api/v1/alerts/stream?access_token=${encodeURIComponent(session.token)}`,
  forecasts: (q) => request(`${alertBase()}/api/v1/forecasts?${new URLSearchParams(q)}`),
  analysis: (q) => request(`${alertBase()}/api/v1/analysis?${new URLSearchParams(q)}`),
  analysisDocxUrl: (q) => `${alertBase()}/api/v1/analysis.docx?${new URLSearchParams(q)}`,
};

/** The project register on ingest-service (which allows this origin by CORS). */
export const projects = {
  list: (q) => request(`${registerBase()}/api/v1/projects?${new URLSearchParams(q)}`),
};

/**
 * Regions and indicators: from aggregate-service when it serves them, else from ingest-service (which then has
 * to allow this origin by CORS).
 */
export async function registers() {
  const fromAggregate = await Promise.all([request('/api/v1/regions'), request('/api/v1/indicators')])
    .catch(e => { if (e.status === 401) throw e; return null; });
  if (fromAggregate) return { regions: fromAggregate[0], indicators: fromAggregate[1] };
  const base = registerBase();
  const [regions, indicators] = await Promise.all([request(`${base}/api/v1/regions`), request(`${base}/api/v1/indicators`)]);
  return { regions, indicators };
}

/** Downloads a file from an endpoint that needs the bearer token (a plain link can't send it). */
export async function download(url, fallbackName) {
  const res = await fetch(url, { headers: { Authorization: `Bearer ${session.token}` } });
  if (!res.ok) {
    let problem = null;
    try { problem = await res.json(); } catch { problem = { detail: res.statusText }; }
    throw new ApiError(res.status, problem, url);
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

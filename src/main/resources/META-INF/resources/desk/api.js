// The public read endpoints and the check endpoints; errors become ApiError with the problem's detail.
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function request(path, options = {}) {
  const res = await fetch(path, { headers: { Accept: 'application/json, application/problem+json' }, ...options });
  const type = res.headers.get('Content-Type') || '';
  if (!res.ok) {
    const problem = type.includes('json') ? await res.json().catch(() => null) : null;
    throw new ApiError(res.status, problem);
  }
  if (type.startsWith('text/plain')) return res.text();
  return res.json();
}

/** Every page of a paginated list. */
async function all(path, params = {}) {
  const items = [];
  for (let page = 1; ; page++) {
    const q = new URLSearchParams({ ...params, page, size: 200 });
    const body = await request(`${path}?${q}`);
    items.push(...body.items);
    if (items.length >= body.total || body.items.length === 0) return { items, body };
  }
}

const cache = new Map();
function once(key, load) {
  if (!cache.has(key)) cache.set(key, load().catch((e) => { cache.delete(key); throw e; }));
  return cache.get(key);
}

export const api = {
  checkDraft: (text) => request('/api/v1/checks/draft', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
    body: JSON.stringify({ text }),
  }),
  sources: () => once('sources', () => request('/api/v1/sources')),
  source: (id) => request(`/api/v1/sources/${encodeURIComponent(id)}`),
  sourceText: (id) => request(`/api/v1/sources/${encodeURIComponent(id)}/text`, { headers: { Accept: 'text/plain, application/problem+json' } }),
  claimsOf: (source) => all('/api/v1/claims', { source }).then((r) => r.items),
  entities: () => once('entities', () => request('/api/v1/entities')),
  properties: () => once('properties', () => request('/api/v1/properties')),
  findings: (filters) => all('/api/v1/findings', filters),
};

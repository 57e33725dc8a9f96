// The query API, as the page calls it: JSON in, problem+json errors turned into messages that name the problem.

/** A query string from an object; arrays repeat the parameter, empty values are left out. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    for (const v of [].concat(value)) {
      if (v !== undefined && v !== null && v !== '') q.append(key, v);
    }
  }
  const text = q.toString();
  return text ? '?' + text : '';
}

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function get(path, params) {
  const response = await fetch('/api/v1' + path + query(params), {headers: {Accept: 'application/json'}});
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
    } catch (e) {
      // no problem+json body
    }
    throw new ApiError(response.status, detail);
  }
  return response.json();
}

export function articleStream(params) {
  return new EventSource('/api/v1/articles/stream' + query(params));
}

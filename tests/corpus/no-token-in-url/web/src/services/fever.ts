type Params = Record<string, string | number | undefined>;

function toQuery(params: Params): string {
  return Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
}

export async function feverRequest(extra: Params, options: RequestInit = { method: 'POST' }) {
  const apiKey = localStorage.getItem('fever_key') ?? '';
  const params = Object.assign({ api_key: apiKey }, extra); // expect: tokenInQuery
  const res = await fetch(`${localStorage.getItem('fever_url')}?${toQuery(params)}`, options);
  return res.json();
}

export async function search(term: string) {
  const res = await fetch(`/api/search?${toQuery({ q: term, page: 1 })}`);
  return res.json();
}

export function formBody(secret: string) {
  return toQuery({ grant_type: 'client_credentials', client_secret: secret });
}

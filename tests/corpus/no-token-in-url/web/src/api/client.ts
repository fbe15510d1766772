const BASE = import.meta.env.VITE_API_URL as string;

function withAuth(path: string, token: string) {
  const qs = new URLSearchParams({ access_token: token }); // expect: tokenInQuery
  return `${BASE}${path}?${qs.toString()}`;
}

export async function getMe(token: string) {
  return (await fetch(withAuth('/me', token))).json();
}

export async function upload(token: string, form: FormData) {
  const params = new URLSearchParams();
  params.set('client_secret', token);
  return fetch(`${BASE}/upload`, { method: 'POST', body: params });
}

export function searchUrl(q: string, page: number) {
  const params = new URLSearchParams({ q, page: String(page) });
  return `${BASE}/search?${params}`;
}

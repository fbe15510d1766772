const API = import.meta.env.VITE_API_URL as string;

export async function feed(page: number, token?: string) {
  const res = await fetch(`${API}/feed?page=${page}${token ? `&access_token=${token}` : ''}`); // expect: tokenInQuery
  return res.json();
}

export function exportUrl(format: string, apiKey?: string) {
  return API + '/export?format=' + format + (apiKey ? '&api_key=' + apiKey : ''); // expect: tokenInQuery
}

export async function search(q: string, cursor?: string) {
  const res = await fetch(`${API}/search?q=${encodeURIComponent(q)}${cursor ? `&cursor=${cursor}` : ''}`);
  return res.json();
}

export function openApp() {
  window.location.href = `/app?token=${localStorage.getItem('access_token')}`; // expect: tokenInNavigation
}

export function openInvite(inviteToken: string) {
  window.location.href = `/join?token=${inviteToken}`;
}

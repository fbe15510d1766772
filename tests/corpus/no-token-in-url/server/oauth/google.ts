const AUTH = 'https://accounts.google.com/o/oauth2/v2/auth';

export function authorizeUrl(state: string) {
  const params = new URLSearchParams({
    client_id: process.env.GOOGLE_CLIENT_ID!,
    redirect_uri: process.env.GOOGLE_REDIRECT_URI!,
    response_type: 'code',
    scope: 'openid email profile',
    access_type: 'offline',
    state,
  });
  return `${AUTH}?${params}`;
}

export async function exchange(code: string) {
  const res = await fetch('https://oauth2.googleapis.com/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      code,
      client_id: process.env.GOOGLE_CLIENT_ID!,
      client_secret: process.env.GOOGLE_CLIENT_SECRET!,
      redirect_uri: process.env.GOOGLE_REDIRECT_URI!,
      grant_type: 'authorization_code',
    }),
  });
  return res.json() as Promise<{ access_token: string; refresh_token?: string; token_type: string }>;
}

export async function listEvents(accessToken: string, pageToken?: string) {
  const url = new URL('https://www.googleapis.com/calendar/v3/calendars/primary/events');
  if (pageToken) url.searchParams.set('pageToken', pageToken);
  url.searchParams.set('maxResults', '50');
  const res = await fetch(url, { headers: { Authorization: `Bearer ${accessToken}` } });
  return res.json();
}

export async function searchDocs(q: string) {
  const res = await fetch(`/api/docs/search?q=access_token&lang=en&term=${encodeURIComponent(q)}`);
  return res.json();
}

export const tokenResponse = 'access_token=abc&token_type=bearer&expires_in=3600';

export function parseTokenResponse(text: string) {
  const params = new URLSearchParams(text);
  return { token: params.get('access_token'), type: params.get('token_type') };
}

export const resetLink = (token: string) => `${process.env.APP_URL}/reset-password?token=${token}`;
export const inviteLink = (code: string) => `${process.env.APP_URL}/invite?code=${code}&state=pending`;

export function finishImplicitFlow(redirectUri: string, token: string, state: string) {
  // fragments are never sent to servers
  window.location.replace(`${redirectUri}#access_token=${token}&token_type=bearer&state=${state}`);
}

export function readFragment(): string | null {
  return new URLSearchParams(window.location.hash.slice(1)).get('access_token');
}

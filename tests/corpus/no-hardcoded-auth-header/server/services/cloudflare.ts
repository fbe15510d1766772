const CF_EMAIL = 'ops@acme.dev';

export function purge(zone: string, files: string[]) {
  return fetch(`https://api.cloudflare.com/client/v4/zones/${zone}/purge_cache`, {
    method: 'POST',
    headers: {
      'X-Auth-Email': CF_EMAIL,
      'X-Auth-Key': '__FAKE_opaque_8__', // expect: hardcoded
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ files }),
  });
}

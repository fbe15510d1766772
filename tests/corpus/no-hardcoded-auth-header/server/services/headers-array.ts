export function vaultRequest(path: string) {
  const headers = new Headers([
    ['X-Vault-Token', '__FAKE_opaque_11__'], // expect: hardcoded
    ['X-Vault-Namespace', 'admin'],
  ]);
  return fetch(`https://vault.acme.internal:8200/v1/${path}`, { headers });
}

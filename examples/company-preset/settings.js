// Acme's `settings.credentials`, in a module of their own: the preset (index.js) spreads them over every
// rule, and the plugin's benchmark measures a company preset with them (scripts/bench/config.mjs).

/** Acme's credentials, as shapes. Values in examples are fake. */
export const acmeSettings = {
  formats: [
    {
      // Server-side keys for Acme's internal API: `acme_live_` / `acme_test_` + 32 hex.
      id: 'acme-api-key',
      provider: 'Acme',
      label: 'API key',
      kind: 'private',
      pattern: 'acme_(?:live|test)_[0-9a-f]{32}',
      prefix: 'acme_(?:live|test)_',
    },
    {
      // Widget keys are meant for the browser, like a publishable key.
      id: 'acme-widget-key',
      provider: 'Acme',
      label: 'widget key',
      kind: 'public',
      pattern: 'acme_pub_[0-9a-f]{24}',
      prefix: 'acme_pub_',
    },
  ],
  // The header Acme's gateway reads the API key from, and the legacy one that carries a session secret.
  headers: [
    { name: 'X-Acme-Api-Key', kind: 'secret', provider: 'Acme' },
    { name: 'X-Acme-Tenant', kind: 'identifier', provider: 'Acme' },
  ],
  // The query parameter an old Acme endpoint accepted the key in.
  params: ['acme_key'],
  // Acme's monorepo layout: web apps run in the browser, services on the server.
  clientFiles: ['**/src/web/**'],
  serverFiles: ['**/src/server/**'],
};

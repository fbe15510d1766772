// @acme/eslint-config: the config Acme's platform team publishes so that every app gets the same
// credential checks. It re-exports the plugin's `recommended` preset and teaches every rule Acme's own
// credential formats, request headers and query parameters, once, through `settings.credentials`.
import credentials from 'eslint-plugin-credentials';
import { acmeSettings } from './settings.js';

/** `recommended` with Acme's settings: what every Acme app extends. */
export const recommended = [
  credentials.configs.recommended,
  { name: '@acme/eslint-config/credentials-settings', settings: { credentials: acmeSettings } },
];

/** `strict` with the same settings, for payment services. */
export const strict = [
  credentials.configs.strict,
  { name: '@acme/eslint-config/credentials-settings', settings: { credentials: acmeSettings } },
];

export default recommended;

/**
 * The whole-file pre-checks for credentials given outside a header (an SDK package in quotes,
 * `sdkImportsPattern`; an `auth` option or a URL with a password, `AUTH_OPTION`): an `auth` option,
 * call or binding lets a file through; the word `auth` alone (an import path, `useAuth()`, a
 * comment-free `authProvider` name) does not, so auth-heavy front ends (react-admin) are not walked.
 */
import { describe, expect, it } from 'vitest';
import { AUTH_OPTION, SDK_CREDENTIALS, sdkImportsPattern } from '../../src/core/sinks/sdk-credentials.js';

const imports = sdkImportsPattern(SDK_CREDENTIALS);
const pattern = { test: (code: string) => imports.test(code) || AUTH_OPTION.test(code) };

describe('sdkImportsPattern and AUTH_OPTION', () => {
  it('splits the work: SDK names in quotes, auth options and URL passwords', () => {
    expect([imports.test("import Stripe from 'stripe';"), AUTH_OPTION.test("import Stripe from 'stripe';")]).toEqual([true, false]);
    expect([imports.test("https.get({ auth: 'user:pass' })"), AUTH_OPTION.test("https.get({ auth: 'user:pass' })")]).toEqual([false, true]);
    expect([imports.test("fetch('https://user:pass@example.com/')"), AUTH_OPTION.test("fetch('https://user:pass@example.com/')")]).toEqual([false, true]);
  });

  it.each([
    ["https.get({ host, auth: 'user:pass' })"],
    ['request.get(url).auth(user, pass)'],
    ["const auth = 'user:pass';"],
    ["axios.get(url, { 'auth': { username, password } })"],
    ["import Stripe from 'stripe';"],
    // a subpath of an SDK, as no-secret-in-client's server SDKs (one tail for both in the pre-check union)
    ["import OpenAI from 'openai/index.mjs';"],
    ["fetch('https://user:pass@example.com/')"],
  ])('lets %s through', (code) => {
    expect(pattern.test(code)).toBe(true);
  });

  it.each([
    ["import { useAuthState } from '../auth';"],
    ["import { authProvider } from './auth/provider';"],
    ['export const isAuth = auth && user;'],
    ['const { data } = useQuery(auth.keys);'],
    ["import { chat } from 'openai-like';"],
  ])('does not let %s through', (code) => {
    expect(pattern.test(code)).toBe(false);
  });
});

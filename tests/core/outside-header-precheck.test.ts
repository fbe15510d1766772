/**
 * The whole-file pre-check for credentials given outside a header (`outsideHeaderPattern`): an `auth`
 * option, call or binding lets a file through; the word `auth` alone (an import path, `useAuth()`, a
 * comment-free `authProvider` name) does not, so auth-heavy front ends (react-admin) are not walked.
 */
import { describe, expect, it } from 'vitest';
import { SDK_CREDENTIALS, outsideHeaderPattern } from '../../src/core/sinks/sdk-credentials.js';

const pattern = outsideHeaderPattern(SDK_CREDENTIALS);

describe('outsideHeaderPattern', () => {
  it.each([
    ["https.get({ host, auth: 'user:pass' })"],
    ['request.get(url).auth(user, pass)'],
    ["const auth = 'user:pass';"],
    ["axios.get(url, { 'auth': { username, password } })"],
    ["import Stripe from 'stripe';"],
    ["fetch('https://user:pass@example.com/')"],
  ])('lets %s through', (code) => {
    expect(pattern.test(code)).toBe(true);
  });

  it.each([
    ["import { useAuthState } from '../auth';"],
    ["import { authProvider } from './auth/provider';"],
    ['export const isAuth = auth && user;'],
    ['const { data } = useQuery(auth.keys);'],
  ])('does not let %s through', (code) => {
    expect(pattern.test(code)).toBe(false);
  });
});

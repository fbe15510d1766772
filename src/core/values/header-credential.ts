/**
 * What credential a static header value holds: its scheme split off (one of `AUTH_SCHEMES`), then the
 * catalogue, Basic decoding and the length and word tests `no-hardcoded-auth-header` reports by (see
 * its docs page). Kept apart from the rule, which finds the header writes and reports them.
 */
import type { FileFacts } from '../files/file.js';
import type { HeaderCredential } from '../fixes/env-suggestion.js';
import { AUTH_SCHEMES } from '../credentials/vocabulary.js';
import { decodeBasic, splitBasic, type EncodedText } from './encoded.js';

const SCHEMES = new Set(AUTH_SCHEMES.map((s) => s.toLowerCase()));

/** Plain words (`development`, `LOCALDEV`, `my-dev-key`): a name, not a generated credential. */
export const WORDISH = /^(?:[a-z]+(?:[-_.][a-z]+)*|[A-Z]+(?:[-_.][A-Z]+)*|[A-Z][a-z]+(?:[A-Z][a-z]+)*)$/u;

/**
 * Not a credential after a scheme: a DER public key in base64 (an RSA `SubjectPublicKeyInfo`,
 * `MIIBIjANBgkqhkiG9w0BAQEFAAOC…`, or an EC one, `MFkwEwYHKoZIzj0CAQ…`), and broken template text
 * (`` `token $(token)` ``, `'Bearer ${token}'` in plain quotes).
 */
const NOT_A_CREDENTIAL = /^MI[\w+/]{2,6}BgkqhkiG9w0BAQEFAA|^M[FH]kwEwYHKoZIzj0CAQ|\$[({]/u;

/** A hard-coded credential: the scheme and format the suggestion names the variable after, and the credential. */
export interface Finding extends Omit<HeaderCredential, 'info'> {
  readonly credential: string;
}

/** The hard-coded credential a static header value (`sdk`: an SDK's credential) holds, if any worth reporting. */
export function findCredential(value: EncodedText, facts: FileFacts, minLength: number, { sdk = false } = {}): Finding | undefined {
  const trimmed = value.text.trim();
  const space = trimmed.search(/\s/u);
  const first = space > 0 ? trimmed.slice(0, space) : undefined;
  const scheme = first !== undefined && SCHEMES.has(first.toLowerCase()) ? first : undefined;
  const credential = scheme === undefined ? trimmed : trimmed.slice(space).trim();
  // empty, a scheme alone, prose, a multi-part scheme (Digest, AWS4-HMAC-SHA256); an SDK's PEM key has lines
  if (credential.length === 0 || NOT_A_CREDENTIAL.test(credential)) return undefined;
  const match = facts.identify(credential);
  if (/\s/u.test(credential) && !(sdk && match?.format.id === 'pem-private-key')) return undefined;
  const schemeText = scheme === undefined ? '' : trimmed.slice(0, trimmed.length - credential.length);
  if (match?.kind === 'public' || !facts.isReportable(credential, match)) return undefined;
  const finding = { scheme, schemeText, credential, match };
  const plain = value.encodedFrom ?? (scheme?.toLowerCase() === 'basic' ? decodeBasic(credential) : undefined);
  if (plain !== undefined) {
    // Basic credentials: skip `user:pass`, `username:password`, `<user>:<password>` and test dummies
    const { user, password } = splitBasic(plain);
    if (password.length === 0) {
      // a key sent as the user name with no password (Stripe, Mailgun, Twilio keys)
      const keyMatch = facts.identify(user);
      if (keyMatch?.kind === 'public' || !facts.isReportable(user, keyMatch)) return undefined;
      return keyMatch || (user.length >= minLength && !WORDISH.test(user)) ? finding : undefined;
    }
    if (!facts.isReportable(password, undefined) && (facts.isTestFile || !facts.isReportable(user, undefined))) return undefined;
    return finding;
  }
  if (match) return finding;
  if (credential.length < minLength || WORDISH.test(credential)) return undefined;
  return finding;
}


/**
 * Custom credential headers: the headers an app's own API reads its credentials from, in no list
 * (`X-Admin-Token`, `X-Internal-Api-Key`, `X-Service-Secret`). `no-hardcoded-auth-header` reports a
 * hard-coded value in one with its built-in header list, where a header is written (a headers object,
 * `set`, `append`, …; never a header map), and only a value that is a credential beyond doubt.
 */

/**
 * `X-` and words, or words without `X-`, then a `key` that says what it opens (`api-key`, `apikey`,
 * `access-key`, `auth-key`, `secret-key`, `private-key`, `admin-key`, `master-key`, `service-key`,
 * `signing-key`), or at least one word then `token` or `secret` (`X-Admin-Token`, `Api-Token`,
 * `xc-token`, `Client-Secret`; not a bare `Token`).
 * Every name this matches ends in `-token`, `-secret`, `-key` or `apikey`, pieces of the built-in list's
 * pre-check (`headerNamePieces`), so a file that writes one is never skipped.
 */
const CUSTOM_HEADER =
  /^(?:x-)?(?:[\da-z]+-)*?(?:(?:access|auth|secret|private|admin|master|service|signing)-|api-?)key$|^[\da-z]+-(?:[\da-z]+-)*?(?:token|secret)$/u;

/**
 * Words of headers that carry no credential: anti-forgery and captcha tokens, idempotency and cache keys,
 * pagination and sync cursors, request ids, device and push tokens, public keys.
 */
const NOT_CREDENTIAL = /(?:^|-)(?:csrf|xsrf|captcha|recaptcha|idempotency|cache|page|pagination|continuation|cursor|next|sync|request|correlation|trace|nonce|device|push|notification|public|publishable)(?:-|$)/u;

/** Whether `lower` (a lower-case header name in no list) is a custom credential header. */
export function isCustomCredentialHeader(lower: string): boolean {
  return CUSTOM_HEADER.test(lower) && !NOT_CREDENTIAL.test(lower);
}

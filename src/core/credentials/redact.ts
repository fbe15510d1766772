import type { CredentialMatch } from './catalogue.js';

/** Values shorter than this show no characters at all in a fingerprint. */
const MIN_LENGTH_FOR_TAIL = 16;
const TAIL = 3;

/**
 * A fingerprint that names a value without carrying it, safe for public CI logs:
 * `APP_USR-…374 (Mercado Pago access token, 74 chars)`. It shows the format's public prefix, the
 * last three characters (never for values under 16 characters) and the length.
 */
export function fingerprint(value: string, match?: CredentialMatch): string {
  const length = value.length;
  const prefix = match?.format.prefix?.exec(value)?.[0] ?? '';
  const showTail = length >= MIN_LENGTH_FOR_TAIL && match?.format.hideTail !== true;
  const tail = showTail ? value.slice(-TAIL) : '';
  const shown = prefix || tail ? `${prefix}…${tail}` : '…';
  const what = match ? `${match.format.provider} ${match.format.label}` : 'value';
  return `${shown} (${what}, ${String(length)} chars)`;
}

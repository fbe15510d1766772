/**
 * Whether a value is a credential, for a rule that has found a value where credentials go (a query
 * parameter named like one): a known text is one when the catalogue identifies a private credential
 * in it, or when, uncatalogued, it looks like a secret (long, mixed letters and digits, high entropy);
 * a value known only at run time is taken to be one unless its names say it is public
 * (`NEXT_PUBLIC_MAPBOX_TOKEN`, `publishableKey`). Placeholders, and dummies in test files, are never
 * credentials (the file's facts decide, core/files/file.ts).
 *
 * Written for no-token-in-url's parameter values; the verdict carries the fingerprint a message may
 * show of a known value, never the value.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { FileFacts } from '../files/file.js';
import { entropy } from '../credentials/placeholders.js';
import { CREDENTIAL_LOOK, NAMED_PARAM_LOOK, credentialLookRejection } from '../credentials/generic-secret.js';
import type { CredentialMatch } from '../credentials/catalogue.js';
import { fingerprint } from '../credentials/redact.js';
import { unwrap } from './static.js';
import { PUBLIC_ENV_PREFIXES, classifyName, nameWords } from '../credentials/vocabulary.js';
import type { Values } from './resolver.js';

/** A credential written in the code (and its fingerprint), or a run-time value that may be one. */
export type ValueVerdict =
  /** `requestOnly`: a credential only when the URL is requested by a known call (not a navigation or a link). */
  | { readonly kind: 'dynamic'; readonly requestOnly?: boolean }
  /** `requestOnly`: as above, for a short literal of a query parameter (`URL_PARAM_LOOK`). */
  | { readonly kind: 'static'; readonly fingerprint: string; readonly requestOnly?: boolean };

/** `NEXT_PUBLIC_API_KEY` → `API_KEY`: the name without the prefix that puts it in client bundles. */
export function stripPublicPrefix(name: string): string {
  const prefix = PUBLIC_ENV_PREFIXES.find((p) => name.startsWith(p));
  return prefix ? name.slice(prefix.length) : name;
}

/** An uncatalogued literal value that looks like a credential: long, mixed letters and digits, high entropy, no spaces. */
function looksLikeSecret(value: string): boolean {
  if (value.length < 16 || /[\s/:{}<>$]/u.test(value)) return false;
  if (!/\d/u.test(value) || !/[a-z]/iu.test(value)) return false;
  return entropy(value) >= 3;
}

/** A value name that says credential: `accessToken`, `MP_ACCESS_TOKEN`, `clientSecret`, `jwt`. */
export function namesCredential(name: string): boolean {
  return classifyName(stripPublicPrefix(name)) === 'secret' || /\b(?:jwt|bearer)\b/u.test(nameWords(name));
}

/**
 * Values that identify an app and are public by design, whatever parameter holds them: a WeChat AppID
 * (`wx` and 16 hex digits), which WeChat's own OAuth links and API URLs carry in `appid=`, beside the
 * `secret` that is the credential.
 */
export const APP_ID_SHAPES: readonly RegExp[] = [/^wx[\da-f]{16}$/u];

/** The verdict on a known text found where a credential goes: a private catalogued credential, or an uncatalogued secret-looking one. */
export function knownValueVerdict(facts: FileFacts, value: string): ValueVerdict | undefined {
  const trimmed = value.trim();
  if (APP_ID_SHAPES.some((shape) => shape.test(trimmed))) return undefined;
  const match = facts.identify(trimmed);
  if (!facts.isReportable(trimmed, match)) return undefined;
  if (match) return match.kind === 'private' ? { kind: 'static', fingerprint: fingerprint(trimmed, match) } : undefined;
  if (looksLikeSecret(trimmed)) return { kind: 'static', fingerprint: fingerprint(trimmed) };
  // shorter than 16: only what passes the credential-named parameter profile of the generic-secret value test (`?apikey=…`)
  return trimmed.length < CREDENTIAL_LOOK.minLength && credentialLookRejection(trimmed, NAMED_PARAM_LOOK) === undefined ? { kind: 'static', fingerprint: fingerprint(trimmed) } : undefined;
}

/** The verdict on a known text found anywhere: only the exact shape of a private credential (`APP_USR-…`) counts. */
export function privateValueVerdict(facts: FileFacts, value: string): ValueVerdict | undefined {
  const match = facts.identify(value);
  return match?.kind === 'private' && facts.isReportable(value, match) ? { kind: 'static', fingerprint: fingerprint(value, match) } : undefined;
}

/**
 * The verdict on an expression found where a credential goes: its known text's (`knownValueVerdict`),
 * none for a literal, object or array that is not such text, none for a value named as public, else
 * a run-time value that may be a credential.
 */
export function expressionVerdict(facts: FileFacts, values: Values, node: TSESTree.Node): ValueVerdict | undefined {
  const known = values.text(node);
  if (known !== undefined) return knownValueVerdict(facts, known);
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Literal || target.type === AST_NODE_TYPES.ObjectExpression || target.type === AST_NODE_TYPES.ArrayExpression) return undefined;
  if (values.names(node).some((name) => classifyName(stripPublicPrefix(name)) === 'public')) return undefined;
  return { kind: 'dynamic' };
}

/**
 * Whether a credential found where nothing shows it is sent (a header map outside any request:
 * `const config = { Authorization: 'Bearer …' }`) is one beyond doubt: a private catalogued format,
 * or a value that passes the generic secret test (`credentialLookRejection`: long, random, not a
 * placeholder, a word, a path or an id). A short or word-like token (`Token abc123`) stays silent there.
 */
export function isCredentialBeyondDoubt(credential: string, match: CredentialMatch | undefined): boolean {
  return match ? match.kind === 'private' : credentialLookRejection(credential) === undefined;
}

/**
 * Socket URLs written in place, for `no-secret-in-client`: a `ws:`/`wss:` literal whose query carries a
 * credential (`new WebSocket('wss://stream.example.com?token=…')`, a market-data feed's key). Browsers
 * cannot set headers on a socket, so `no-token-in-url` leaves sockets to its `checkSockets` option; a
 * literal credential there is in the bundle all the same, which is this rule's finding.
 */
import { GENERIC_PARAMS, CREDENTIAL_PARAMS, PUBLIC_PARAMS, nameSet, normalizeName } from '../credentials/vocabulary.js';

/** A socket URL and its query: `ws://` or `wss://`, a host, then `?` (the fragment left out). */
const SOCKET_URL = /^wss?:\/\/[^\s?#/][^\s?#]*\?([^\s#]+)/iu;

/** The parameter names a socket's credential goes in: the credential parameters and the generic ones, not the public ones. */
const NAMES = nameSet([...CREDENTIAL_PARAMS, ...GENERIC_PARAMS]);
const PUBLIC = nameSet(PUBLIC_PARAMS);

/** A query parameter of a socket URL whose name says it carries a credential. */
export interface SocketParam {
  readonly name: string;
  readonly value: string;
}

/** The credential-named parameters of `text` when it is a socket URL with a query (none otherwise). */
export function socketUrlCredentials(text: string): SocketParam[] {
  const query = SOCKET_URL.exec(text)?.[1];
  if (query === undefined) return [];
  const params: SocketParam[] = [];
  for (const [name, value] of new URLSearchParams(query)) {
    const normal = normalizeName(name);
    if (value !== '' && NAMES.has(normal) && !PUBLIC.has(normal)) params.push({ name, value });
  }
  return params;
}

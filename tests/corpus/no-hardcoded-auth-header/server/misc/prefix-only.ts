const BEARER_PREFIX = 'Bearer ';
const AUTH_SCHEME = 'Token';

export const headersFor = (token: string) => ({ Authorization: BEARER_PREFIX + token });
export const legacyHeadersFor = (token: string) => ({ Authorization: `${AUTH_SCHEME} ${token}` });
export const emptyHeaders = { Authorization: '' };

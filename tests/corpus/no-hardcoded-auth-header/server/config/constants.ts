export const HEADER_AUTHORIZATION = 'Authorization';
export const HEADER_API_KEY = 'x-api-key';
export const CONTENT_TYPE_JSON = { 'Content-Type': 'application/json' };
export const SCHEME = 'Bearer';
export const TOKEN_TYPES = ['Bearer', 'Basic', 'Token'] as const;

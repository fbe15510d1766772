import type { ServerResponse } from 'node:http';

export function noCache(res: ServerResponse) {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('WWW-Authenticate', 'Bearer realm="api"');
}

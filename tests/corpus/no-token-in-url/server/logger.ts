import pino from 'pino';

const log = pino();

export function traceRequest(url: string, token: string) {
  console.debug(`GET ${url}?access_token=${token}`);
  log.info({ url }, 'request');
  if (url.endsWith('&access_token=' + token)) log.warn('token in url');
  throw new TypeError('Unexpected URL ?access_token=' + token);
}

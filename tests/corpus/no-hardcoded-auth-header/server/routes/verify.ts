import type { Request, Response, NextFunction } from 'express';

const BEARER = 'Bearer ';

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith(BEARER)) return res.status(401).end();
  const token = header.slice(BEARER.length);
  if (token === process.env.INTERNAL_TOKEN) return next();
  return res.status(403).end();
}

export function forward(req: Request) {
  return fetch('https://internal.acme.dev/audit', { headers: { Authorization: BEARER + req.get('x-user-token') } });
}

export function corsOptions() {
  return { allowedHeaders: ['Authorization', 'X-Api-Key'], exposedHeaders: ['X-Request-Id'] };
}

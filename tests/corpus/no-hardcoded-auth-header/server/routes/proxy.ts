import { createProxyMiddleware } from 'http-proxy-middleware';

export const proxy = createProxyMiddleware({
  target: 'https://api.upstream.dev',
  changeOrigin: true,
  on: {
    proxyReq(proxyReq, req) {
      proxyReq.setHeader('Authorization', `Bearer ${process.env.UPSTREAM_TOKEN}`);
      proxyReq.setHeader('X-Forwarded-User', String(req.headers['x-user'] ?? ''));
    },
  },
});

const { createProxyMiddleware } = require('http-proxy-middleware');

module.exports = createProxyMiddleware({
  target: 'https://api.upstream.dev',
  changeOrigin: true,
  onProxyReq(proxyReq) {
    proxyReq.setHeader('Authorization', 'Bearer __FAKE_opaque_13__'); // expect: hardcoded
  },
});

import nock from 'nock';

nock('https://api.mercadopago.com', { reqheaders: { authorization: 'Bearer __FAKE_mpAccessToken_5__' } })
  .get('/v1/payments/1')
  .matchHeader('x-idempotency-key', /.+/)
  .reply(200, { id: 1 });

import request from 'supertest';
import nock from 'nock';
import { app } from '../../src/app';

const token = process.env.TEST_TOKEN as string;

describe('GET /users', () => {
  it('accepts the legacy query token', async () => {
    await request(app).get('/users').query({ access_token: token }).expect(200); // expect: tokenInQuery
  });

  it('accepts the header', async () => {
    await request(app).get('/users').set('Authorization', `Bearer ${token}`).expect(200);
  });

  it('calls the provider', async () => {
    nock('https://api.provider.com').get('/me').query({ access_token: token }).reply(200, {});
  });
});

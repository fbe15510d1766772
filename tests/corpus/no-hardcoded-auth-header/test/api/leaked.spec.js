const request = require('supertest');
const app = require('../../server/app');

describe('GET /me', () => {
  it('returns the profile', async () => {
    const res = await request(app)
      .get('/me')
      .set('Authorization', 'Bearer __FAKE_githubToken_4__'); // expect: hardcoded
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/json/);
  });

  it('rejects a bad token', async () => {
    const res = await request(app).get('/me').set('Authorization', 'Bearer invalid-token');
    expect(res.status).toBe(401);
  });
});

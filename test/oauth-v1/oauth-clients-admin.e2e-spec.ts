import { createTestApp, TestApp } from '../support/test-app';
import { GOOD_PASSWORD, registerV2, V2Session } from '../support/v2-helpers';
import { bearer, makeAdmin, passwordGrant } from './oauth-v1-helpers';

describe('v2 admin API for OAuth clients', () => {
  let t: TestApp;
  let admin: V2Session;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerV2(t);
    await makeAdmin(t, admin.user.id);
  });
  afterAll(() => t.close());

  it('creates a client whose secret is shown once and which works at /oauth/token', async () => {
    const created = await t.http.post('/v2/oauth/clients').set(bearer(admin.access_token)).send({ name: 'Mobile app' }).expect(201);
    expect(Object.keys(created.body).sort()).toEqual(['client_id', 'client_secret', 'created_at', 'id', 'name']);
    expect(created.body).toMatchObject({ name: 'Mobile app', id: expect.any(Number), client_id: expect.any(String), client_secret: expect.any(String) });

    const listed = await t.http.get('/v2/oauth/clients').set(bearer(admin.access_token)).expect(200);
    const entry = listed.body.items.find((item: { id: number }) => item.id === created.body.id);
    expect(entry).toEqual({ id: created.body.id, client_id: created.body.client_id, name: 'Mobile app', created_at: created.body.created_at });

    const user = await registerV2(t);
    const client = { clientId: created.body.client_id as string, clientSecret: created.body.client_secret as string };
    await passwordGrant(t, client, user.user.username!, GOOD_PASSWORD);
  });

  it('deleting a client ends its tokens and its authentication', async () => {
    const created = await t.http.post('/v2/oauth/clients').set(bearer(admin.access_token)).type('form').send({ name: 'Doomed app' }).expect(201);
    const client = { clientId: created.body.client_id as string, clientSecret: created.body.client_secret as string };
    const user = await registerV2(t);
    const tokens = await passwordGrant(t, client, user.user.username!, GOOD_PASSWORD);
    await t.http.get('/oauth/token/info').set(bearer(tokens.access_token)).expect(200);

    await t.http.delete(`/v2/oauth/clients/${created.body.id}`).set(bearer(admin.access_token)).expect(204);
    await t.http.get('/oauth/token/info').set(bearer(tokens.access_token)).expect(401);
    const refused = await t.http
      .post('/oauth/token')
      .type('form')
      .send({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token, client_id: client.clientId, client_secret: client.clientSecret })
      .expect(401);
    expect(refused.body.error).toBe('invalid_client');
    const listed = await t.http.get('/v2/oauth/clients').set(bearer(admin.access_token)).expect(200);
    expect(listed.body.items.some((item: { id: number }) => item.id === created.body.id)).toBe(false);

    const again = await t.http.delete(`/v2/oauth/clients/${created.body.id}`).set(bearer(admin.access_token)).expect(404);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(again.body.code).toBe('not_found');
    const bad = await t.http.delete('/v2/oauth/clients/abc').set(bearer(admin.access_token)).expect(400);
    expect(bad.body).toMatchObject({ code: 'validation_failed', errors: { id: ['isInt'] } });
  });

  it('is for administrators only, and validates the name', async () => {
    const user = await registerV2(t);
    for (const call of [
      t.http.post('/v2/oauth/clients').set(bearer(user.access_token)).send({ name: 'Sneaky' }),
      t.http.get('/v2/oauth/clients').set(bearer(user.access_token)),
      t.http.delete('/v2/oauth/clients/1').set(bearer(user.access_token)),
    ]) {
      const response = await call.expect(403);
      expect(response.body).toMatchObject({ status: 403, code: 'forbidden' });
    }
    await t.http.get('/v2/oauth/clients').expect(401);
    const blank = await t.http.post('/v2/oauth/clients').set(bearer(admin.access_token)).send({ name: '' }).expect(400);
    expect(blank.body).toMatchObject({ code: 'validation_failed', errors: { name: ['isNotEmpty'] } });
    const spaces = await t.http.post('/v2/oauth/clients').set(bearer(admin.access_token)).send({ name: '   ' }).expect(400);
    expect(spaces.body.code).toBe('validation_failed');
  });
});

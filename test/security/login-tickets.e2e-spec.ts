import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { bearer } from '../support/v2-helpers';
import { createOAuthClient, NEW_PASSWORD, passwordGrant, registerPhone, requestCode } from '../oauth-v1/oauth-v1-helpers';

/** oauth-v1's oauth_login_code ends with the account's sessions. */
describe('login tickets', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses a live oauth_login_code after a password change', async () => {
    const phone = uniquePhone();
    const client = await createOAuthClient(t);
    const tokens = await passwordGrant(t, client, phone, await registerPhone(t, phone));
    t.clock.advance(61);
    const code = await requestCode(t, phone, 2);
    const live = await t.http.post('/api/v1/users/login').send({ phone, validation_code: code }).expect(200);

    await t.http
      .put('/api/v1/users/update')
      .set(bearer(tokens.access_token))
      .send({ name: uniqueName('gyb'), password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
      .expect(200, { result: 1 });

    const refused = await t.http
      .post('/oauth/token')
      .type('form')
      .send({ grant_type: 'password', username: phone, password: live.body.oauth_login_code, client_id: client.clientId, client_secret: client.clientSecret });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('invalid_grant');
    await passwordGrant(t, client, phone, NEW_PASSWORD);
  });
});

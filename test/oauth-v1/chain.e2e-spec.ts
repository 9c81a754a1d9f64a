import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { GOOD_PASSWORD, loginV2, registerV2, registerV2WithPhone } from '../support/v2-helpers';
import {
  afterResendWindow,
  bearer,
  createOAuthClient,
  jwtClaims,
  NEW_PASSWORD,
  OAuthTestClient,
  OTHER_PASSWORD,
  passwordGrant,
  requestCode,
} from './oauth-v1-helpers';

describe('oauth-v1: the document\'s chain, step by step', () => {
  let t: TestApp;
  let client: OAuthTestClient;
  beforeAll(async () => {
    t = await createTestApp();
    client = await createOAuthClient(t);
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('code, register, token, update, login, token with the password, reset', async () => {
    const phone = uniquePhone();
    const name = uniqueName('gyb');

    // 获取手机短信校验码 (type 1) and 注册用户
    const registerCode = await requestCode(t, phone, 1);
    expect(registerCode).toMatch(/^\d{6}$/);
    const registered = await t.http.post('/api/v1/users/register').send({ phone, validation_code: registerCode }).expect(200);
    expect(Object.keys(registered.body).sort()).toEqual(['oauth_login_code', 'result']);
    expect(registered.body.result).toBe(1);

    // oauth登录 with the phone and the oauth_login_code
    const first = await passwordGrant(t, client, phone, registered.body.oauth_login_code);
    expect(Object.keys(first).sort()).toEqual(['access_token', 'created_at', 'expires_in', 'refresh_token', 'token_type']);
    expect(first).toMatchObject({ token_type: 'Bearer', expires_in: 86400 });
    expect(Math.abs(first.created_at - Math.floor(Date.now() / 1000))).toBeLessThanOrEqual(5);
    expect(jwtClaims(first.access_token)).toMatchObject({ aud: 'oauth', client_id: client.clientId });

    // 设置用户名和密码 with the token
    const updated = await t.http
      .put('/api/v1/users/update')
      .set(bearer(first.access_token))
      .send({ name, password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
      .expect(200);
    expect(updated.body).toEqual({ result: 1 });
    // A password change ends every other session; the one it was made in goes on (CONTRACTS.md).
    await t.http.get('/oauth/token/info').set(bearer(first.access_token)).expect(200);

    // 用户登录 with a type 2 code answers a fresh oauth_login_code
    afterResendWindow(t);
    const loginCode = await requestCode(t, phone, 2);
    const login = await t.http.post('/api/v1/users/login').send({ phone, validation_code: loginCode }).expect(200);
    expect(login.body).toEqual({ result: 1, oauth_login_code: expect.any(String) });
    expect(login.body.oauth_login_code).not.toBe(registered.body.oauth_login_code);
    await passwordGrant(t, client, phone, login.body.oauth_login_code);

    // oauth登录 with the username, the phone or +86 form, and the account password
    const byName = await passwordGrant(t, client, name, NEW_PASSWORD);
    await passwordGrant(t, client, `+86${phone}`, NEW_PASSWORD);
    const info = await t.http.get('/oauth/token/info').set(bearer(byName.access_token)).expect(200);
    expect(info.body).toEqual({
      resource_owner_id: expect.any(Number),
      scope: [],
      expires_in: expect.any(Number),
      application: { uid: client.clientId },
      created_at: byName.created_at,
    });
    expect(info.body.expires_in).toBeGreaterThan(86390);
    expect(info.body.expires_in).toBeLessThanOrEqual(86400);

    // 重置用户名和密码 with a type 3 code: the old password and every token stop working
    afterResendWindow(t);
    const resetCode = await requestCode(t, phone, 3);
    const reset = await t.http
      .put('/api/v1/users/reset')
      .send({ phone, validation_code: resetCode, password: OTHER_PASSWORD, password_confirmation: OTHER_PASSWORD })
      .expect(200);
    expect(reset.body).toEqual({ result: 1 });
    await t.http.get('/oauth/token/info').set(bearer(byName.access_token)).expect(401);
    const oldPassword = await t.http
      .post('/oauth/token')
      .type('form')
      .send({ grant_type: 'password', username: name, password: NEW_PASSWORD, client_id: client.clientId, client_secret: client.clientSecret })
      .expect(400);
    expect(oldPassword.body.error).toBe('invalid_grant');
    await passwordGrant(t, client, phone, OTHER_PASSWORD);
  });

  it('accepts form-encoded bodies and numeric query strings, and the document\'s JSON', async () => {
    const phone = uniquePhone();
    const code = await requestCode(t, phone, 1);
    const response = await t.http.post('/api/v1/users/register').type('form').send({ phone, validation_code: code }).expect(200);
    expect(response.body.result).toBe(1);
    const tokens = await passwordGrant(t, client, phone, response.body.oauth_login_code);
    const name = uniqueName('form');
    const updated = await t.http
      .put('/api/v1/users/update')
      .set(bearer(tokens.access_token))
      .type('form')
      .send({ name, password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
      .expect(200);
    expect(updated.body).toEqual({ result: 1 });
  });

  it('takes a phone sent as a JSON number, and serves the token endpoint with JSON bodies', async () => {
    const phone = uniquePhone();
    const code = await requestCode(t, phone, 1);
    const { body } = await t.http.post('/api/v1/users/register').send({ phone: Number(phone), validation_code: code }).expect(200);
    expect(body.result).toBe(1);
    const tokens = await t.http
      .post('/oauth/token')
      .send({ grant_type: 'password', username: phone, password: body.oauth_login_code, client_id: client.clientId, client_secret: client.clientSecret })
      .expect(200);
    expect(tokens.headers['cache-control']).toBe('no-store');
    expect(tokens.body.token_type).toBe('Bearer');
  });
});

describe('oauth-v1 and v2 share one account store', () => {
  let t: TestApp;
  let client: OAuthTestClient;
  beforeAll(async () => {
    t = await createTestApp();
    client = await createOAuthClient(t);
  });
  afterAll(() => t.close());

  it('an account made through oauth-v1 signs in through v2 and shows its username there', async () => {
    const phone = uniquePhone();
    const code = await requestCode(t, phone, 1);
    const { body } = await t.http.post('/api/v1/users/register').send({ phone, validation_code: code }).expect(200);
    const tokens = await passwordGrant(t, client, phone, body.oauth_login_code);
    const name = uniqueName('Cross');
    await t.http
      .put('/api/v1/users/update')
      .set(bearer(tokens.access_token))
      .send({ name, password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
      .expect(200);

    const v2 = await loginV2(t, name.toLowerCase(), NEW_PASSWORD);
    const me = await t.http.get('/v2/me').set(bearer(v2.access_token)).expect(200);
    expect(me.body).toMatchObject({ username: name, phone: `+86${phone}` });
    const again = await passwordGrant(t, client, phone, NEW_PASSWORD);
    const info = await t.http.get('/oauth/token/info').set(bearer(again.access_token)).expect(200);
    expect(info.body.resource_owner_id).toBe(me.body.id);
  });

  it('an account made through v2 gets OAuth tokens by username, email or phone', async () => {
    const email = `${uniqueName('v2user')}@example.com`;
    const made = await registerV2(t, { email });
    const byName = await passwordGrant(t, client, made.user.username!, GOOD_PASSWORD);
    await passwordGrant(t, client, email.toUpperCase(), GOOD_PASSWORD);
    const info = await t.http.get('/oauth/token/info').set(bearer(byName.access_token)).expect(200);
    expect(info.body.resource_owner_id).toBe(made.user.id);

    const phone = uniquePhone();
    await registerV2WithPhone(t, phone);
    t.clock.advance(61);
    const loginCode = await requestCode(t, phone, 2);
    const login = await t.http.post('/api/v1/users/login').send({ phone, validation_code: loginCode }).expect(200);
    await passwordGrant(t, client, phone, login.body.oauth_login_code);
  });

  it('a phone registered through v2 cannot register again through oauth-v1, and v2 codes do not work here', async () => {
    const phone = uniquePhone();
    await registerV2WithPhone(t, phone);
    t.clock.advance(61);
    const taken = await t.http.get('/api/v1/users/validation_code').query({ phone, type: 1 }).expect(200);
    expect(taken.body).toEqual({ result: 0, error: '该手机号已注册' });

    const fresh = uniquePhone();
    await t.http.post('/v2/verification-codes').send({ channel: 'sms', target: fresh, purpose: 'register' }).expect(202);
    const v2Code = t.lastCode(`+86${fresh}`);
    const refused = await t.http.post('/api/v1/users/register').send({ phone: fresh, validation_code: v2Code }).expect(200);
    expect(refused.body).toEqual({ result: 0, error: '校验码错误或已失效' });
    t.clock.reset();
  });

  it('an oauth-v1 access token is not accepted by v2, nor a v2 token by oauth-v1', async () => {
    const made = await registerV2(t);
    const tokens = await passwordGrant(t, client, made.user.username!, GOOD_PASSWORD);
    await t.http.get('/v2/me').set(bearer(tokens.access_token)).expect(401);
    const refused = await t.http
      .put('/api/v1/users/update')
      .set(bearer(made.access_token))
      .send({ name: uniqueName(), password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
      .expect(200);
    expect(refused.body).toEqual({ result: 0, error: 'token无效或已失效' });
  });
});

import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { bearer, GOOD_PASSWORD, loginV2, registerV2, registerV2WithPhone } from '../support/v2-helpers';

describe('v2 sign-up and sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('registers with a username and answers tokens and the user', async () => {
    const username = uniqueName('Alice');
    const response = await t.http.post('/v2/auth/register').send({ username, password: GOOD_PASSWORD, nickname: 'Al' }).expect(201);
    expect(response.body).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    expect(typeof response.body.access_token).toBe('string');
    expect(typeof response.body.refresh_token).toBe('string');
    expect(response.body.user).toMatchObject({ username, nickname: 'Al', role: 'user', status: 'normal', email_verified: false });
    expect(Number.isSafeInteger(response.body.user.id)).toBe(true);
    expect(response.body.user.account_number).toMatch(/^\d{14}$/);
    expect(response.body.user).not.toHaveProperty('password_hash');
  });

  it('treats usernames and emails case-insensitively', async () => {
    const username = uniqueName('Bob');
    await registerV2(t, { username, email: `${username}@Example.com` });
    const clash = await t.http.post('/v2/auth/register').send({ username: username.toUpperCase(), password: GOOD_PASSWORD }).expect(409);
    expect(clash.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(clash.body).toMatchObject({ status: 409, code: 'username_taken' });
    const emailClash = await t.http
      .post('/v2/auth/register')
      .send({ username: uniqueName(), email: `${username.toUpperCase()}@EXAMPLE.COM`, password: GOOD_PASSWORD })
      .expect(409);
    expect(emailClash.body.code).toBe('email_taken');
    await loginV2(t, `${username.toLowerCase()}@example.com`);
    await loginV2(t, username.toUpperCase());
  });

  it('refuses short, long and common passwords with the rule that failed', async () => {
    for (const [password, rule] of [
      ['short1', 'length'],
      ['x'.repeat(129), 'length'],
      ['password1', 'common'],
      ['qwertyuiop', 'common'],
    ]) {
      const response = await t.http.post('/v2/auth/register').send({ username: uniqueName(), password }).expect(400);
      expect(response.body).toMatchObject({ code: 'weak_password', errors: { password: [rule] } });
    }
  });

  it('needs an SMS code to register a phone, then signs in by phone in any format', async () => {
    const phone = uniquePhone();
    const withoutCode = await t.http.post('/v2/auth/register').send({ phone, password: GOOD_PASSWORD }).expect(400);
    expect(withoutCode.body).toMatchObject({ code: 'validation_failed', errors: { code: ['notBlank'] } });
    const session = await registerV2WithPhone(t, phone);
    expect(session.user.phone).toBe(`+86${phone}`);
    await loginV2(t, phone);
    await loginV2(t, `+86${phone}`);
    await loginV2(t, `86 ${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`);
  });

  it('answers unknown accounts and wrong passwords alike', async () => {
    const { user } = await registerV2(t);
    const wrong = await t.http.post('/v2/auth/login').send({ identifier: user.username, password: 'not-the-password' }).expect(401);
    const unknown = await t.http.post('/v2/auth/login').send({ identifier: uniqueName('ghost'), password: 'not-the-password' }).expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toMatchObject({ code: 'invalid_credentials', type: 'urn:accounts:problem:invalid_credentials' });
  });

  it('signs in with a code sent by email, once', async () => {
    const email = `${uniqueName('carol')}@example.com`;
    await registerV2(t, { email });
    await t.http.post('/v2/verification-codes').send({ channel: 'email', target: email, purpose: 'login' }).expect(202);
    const code = t.lastCode(email);
    const signedIn = await t.http.post('/v2/auth/login/code').send({ target: email, code }).expect(200);
    expect(signedIn.body.user.email).toBe(email);
    const again = await t.http.post('/v2/auth/login/code').send({ target: email, code }).expect(400);
    expect(again.body.code).toBe('code_invalid');
  });

  it('does not reveal whether a code target has an account, and sends nothing to unknown ones', async () => {
    const stranger = `${uniqueName('nobody')}@example.com`;
    const response = await t.http.post('/v2/verification-codes').send({ channel: 'email', target: stranger, purpose: 'login' }).expect(202);
    expect(response.body).toEqual({ accepted: true, expires_in: 600, resend_after: 60 });
    expect(t.outbox().some((message) => message.to === stranger)).toBe(false);
  });

  it('allows one code send per target a minute', async () => {
    const email = `${uniqueName('dave')}@example.com`;
    await t.http.post('/v2/verification-codes').send({ channel: 'email', target: email, purpose: 'register' }).expect(202);
    const second = await t.http.post('/v2/verification-codes').send({ channel: 'email', target: email, purpose: 'register' }).expect(429);
    expect(second.body.code).toBe('code_send_too_soon');
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(61);
    await t.http.post('/v2/verification-codes').send({ channel: 'email', target: email, purpose: 'register' }).expect(202);
  });

  it('rotates refresh tokens and ends the session when a rotated one comes back', async () => {
    const first = await registerV2(t);
    const rotated = await t.http.post('/v2/auth/refresh').send({ refresh_token: first.refresh_token }).expect(200);
    expect(rotated.body.refresh_token).not.toBe(first.refresh_token);
    await t.http.get('/v2/me').set(bearer(rotated.body.access_token)).expect(200);
    const retired = await t.http.get('/v2/me').set(bearer(first.access_token)).expect(401);
    expect(retired.body.code).toBe('token_invalid');
    const reuse = await t.http.post('/v2/auth/refresh').send({ refresh_token: first.refresh_token }).expect(401);
    expect(reuse.body.code).toBe('token_invalid');
    await t.http.get('/v2/me').set(bearer(rotated.body.access_token)).expect(401);
    await t.http.post('/v2/auth/refresh').send({ refresh_token: rotated.body.refresh_token }).expect(401);
  });

  it('logs out the session of the token only', async () => {
    const { user, access_token } = await registerV2(t);
    const other = await loginV2(t, user.username!);
    await t.http.post('/v2/auth/logout').set(bearer(access_token)).expect(204);
    const after = await t.http.get('/v2/me').set(bearer(access_token)).expect(401);
    expect(after.body.code).toBe('token_invalid');
    await t.http.get('/v2/me').set(bearer(other.access_token)).expect(200);
  });

  it('expires access tokens after 15 minutes', async () => {
    const { access_token } = await registerV2(t);
    t.clock.advance(15 * 60 + 1);
    const expired = await t.http.get('/v2/me').set(bearer(access_token)).expect(401);
    expect(expired.body.code).toBe('token_expired');
    t.clock.reset();
  });

  it('resets a forgotten password with a code and ends every session', async () => {
    const email = `${uniqueName('erin')}@example.com`;
    const { access_token } = await registerV2(t, { email });
    await t.http.post('/v2/verification-codes').send({ channel: 'email', target: email, purpose: 'reset_password' }).expect(202);
    const code = t.lastCode(email);
    const weak = await t.http.post('/v2/auth/password-reset').send({ target: email, code, new_password: '12345678' }).expect(400);
    expect(weak.body.code).toBe('weak_password');
    const wrong = await t.http.post('/v2/auth/password-reset').send({ target: email, code: '000000', new_password: 'A brand new passphrase' });
    expect(wrong.status).toBe(400);
    await t.http.post('/v2/auth/password-reset').send({ target: email, code, new_password: 'A brand new passphrase' }).expect(204);
    await t.http.get('/v2/me').set(bearer(access_token)).expect(401);
    await loginV2(t, email, 'A brand new passphrase');
    await t.http.post('/v2/auth/login').send({ identifier: email, password: GOOD_PASSWORD }).expect(401);
  });

  it('kills a code after five wrong tries', async () => {
    const email = `${uniqueName('frank')}@example.com`;
    await registerV2(t, { email });
    await t.http.post('/v2/verification-codes').send({ channel: 'email', target: email, purpose: 'login' }).expect(202);
    const code = t.lastCode(email);
    const wrongCode = code === '999999' ? '000000' : '999999';
    for (let i = 0; i < 5; i++) await t.http.post('/v2/auth/login/code').send({ target: email, code: wrongCode }).expect(400);
    await t.http.post('/v2/auth/login/code').send({ target: email, code }).expect(400);
  });

  it('refuses codes after ten minutes', async () => {
    const email = `${uniqueName('gina')}@example.com`;
    await registerV2(t, { email });
    await t.http.post('/v2/verification-codes').send({ channel: 'email', target: email, purpose: 'login' }).expect(202);
    const code = t.lastCode(email);
    t.clock.advance(601);
    await t.http.post('/v2/auth/login/code').send({ target: email, code }).expect(400);
    t.clock.reset();
  });
});

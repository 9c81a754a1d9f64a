import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { createVenusUser, expectVenusError, signInWithName, VENUS_PASSWORD, venusSession } from './venus-helpers';

describe('venus registration and sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  describe('POST /venus/auth/user/create', () => {
    it('creates an account and answers success and its numeric id, without signing in', async () => {
      const user_name = uniqueName('Zhang');
      const response = await t.http
        .post('/venus/auth/user/create')
        .send({ user_name, password: VENUS_PASSWORD, nickname: '张三', phone_number: uniquePhone(), internal_number: '10020' })
        .expect(200);
      expect(response.body).toEqual({ success: 'ok', user_id: expect.any(Number) });
      expect(Number.isSafeInteger(response.body.user_id)).toBe(true);
      const token = await signInWithName(t, user_name);
      const info = await t.http.get('/venus/user/info').set('token', token).expect(200);
      expect(info.body).toMatchObject({ nickname: '张三', internal_phone: '10020', user_id: response.body.user_id });
    });

    it('accepts a form-urlencoded body, with only user_name and password', async () => {
      const user_name = uniqueName('form');
      const response = await t.http
        .post('/venus/auth/user/create')
        .type('form')
        .send({ user_name, password: VENUS_PASSWORD, unknown_field: 'ignored' })
        .expect(200);
      expect(response.body.success).toBe('ok');
      await signInWithName(t, user_name);
    });

    it('answers 400 10011 user_exists for a taken username in any case, or a taken phone in any format', async () => {
      const phone = uniquePhone();
      const { user_name } = await createVenusUser(t, { phone_number: phone });
      const sameName = await t.http.post('/venus/auth/user/create').send({ user_name: user_name.toUpperCase(), password: VENUS_PASSWORD });
      expectVenusError(sameName, 400, 10011, 'user_exists');
      const samePhone = await t.http
        .post('/venus/auth/user/create')
        .send({ user_name: uniqueName(), password: VENUS_PASSWORD, phone_number: `+86${phone}` });
      expectVenusError(samePhone, 400, 10011, 'user_exists');
    });

    it.each([
      ['no user_name', { password: VENUS_PASSWORD }],
      ['an empty password', { user_name: uniqueName(), password: '' }],
      ['a user_name with a space', { user_name: 'two words', password: VENUS_PASSWORD }],
      ['a user_name over 64 characters', { user_name: 'u'.repeat(65), password: VENUS_PASSWORD }],
      ['a numeric user_name', { user_name: 12345, password: VENUS_PASSWORD }],
      ['a short password', { user_name: uniqueName(), password: 'short1' }],
      ['a common password', { user_name: uniqueName(), password: 'password1' }],
      ['a phone_number that is no phone', { user_name: uniqueName(), password: VENUS_PASSWORD, phone_number: '12345' }],
      ['an internal_number over 32 characters', { user_name: uniqueName(), password: VENUS_PASSWORD, internal_number: '1'.repeat(33) }],
    ])('answers 400 10001 invalid_params for %s', async (_, body) => {
      expectVenusError(await t.http.post('/venus/auth/user/create').send(body), 400, 10001, 'invalid_params');
    });
  });

  describe('POST /venus/auth/user/signin_with_name', () => {
    it('answers a token that opens GET /venus/user/info, whatever the username case', async () => {
      const { user_name, user_id } = await createVenusUser(t);
      const token = await signInWithName(t, user_name.toUpperCase());
      expect(token.split('.')).toHaveLength(3);
      const info = await t.http.get('/venus/user/info').set('token', token).expect(200);
      expect(info.body.user_id).toBe(user_id);
    });

    it('answers 404 10010 user_not_found for an unknown username', async () => {
      const response = await t.http.post('/venus/auth/user/signin_with_name').send({ user_name: uniqueName('ghost'), password: VENUS_PASSWORD });
      expectVenusError(response, 404, 10010, 'user_not_found');
    });

    it('answers 403 11003 invalid_oauth_code for a wrong password', async () => {
      const { user_name } = await createVenusUser(t);
      const response = await t.http.post('/venus/auth/user/signin_with_name').send({ user_name, password: 'Not-The-Password-1' });
      expectVenusError(response, 403, 11003, 'invalid_oauth_code');
    });

    it('answers 400 10001 when the password is missing', async () => {
      const response = await t.http.post('/venus/auth/user/signin_with_name').send({ user_name: uniqueName() });
      expectVenusError(response, 400, 10001, 'invalid_params');
    });

    it('locks the account after ten wrong passwords (429 10029) until the lockout ends', async () => {
      const { user_name } = await createVenusUser(t);
      for (let i = 0; i < 10; i++) {
        const wrong = await t.http.post('/venus/auth/user/signin_with_name').send({ user_name, password: `Wrong-Password-${i}` });
        expectVenusError(wrong, 403, 11003, 'invalid_oauth_code');
      }
      const locked = await t.http.post('/venus/auth/user/signin_with_name').send({ user_name, password: VENUS_PASSWORD });
      expectVenusError(locked, 429, 10029, 'too_many_requests');
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      t.clock.advance(61);
      await signInWithName(t, user_name);
    });
  });

  describe('POST /venus/auth/user/signin_with_phone', () => {
    it('signs in with the phone in any accepted format', async () => {
      const phone = uniquePhone();
      const { user_id } = await createVenusUser(t, { phone_number: phone });
      for (const phone_number of [phone, `+86${phone}`, `86 ${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`]) {
        const response = await t.http.post('/venus/auth/user/signin_with_phone').send({ phone_number, password: VENUS_PASSWORD }).expect(200);
        expect(Object.keys(response.body)).toEqual(['token']);
        const info = await t.http.get('/venus/user/info').set('token', response.body.token).expect(200);
        expect(info.body.user_id).toBe(user_id);
      }
    });

    it('accepts a form-urlencoded body', async () => {
      const phone = uniquePhone();
      await createVenusUser(t, { phone_number: phone });
      const response = await t.http.post('/venus/auth/user/signin_with_phone').type('form').send(`phone_number=${phone}&password=${VENUS_PASSWORD}`).expect(200);
      expect(typeof response.body.token).toBe('string');
    });

    it('answers 404 10010 for a phone no account has, and 403 11003 for a wrong password', async () => {
      const unknown = await t.http.post('/venus/auth/user/signin_with_phone').send({ phone_number: uniquePhone(), password: VENUS_PASSWORD });
      expectVenusError(unknown, 404, 10010, 'user_not_found');
      const phone = uniquePhone();
      await createVenusUser(t, { phone_number: phone });
      const wrong = await t.http.post('/venus/auth/user/signin_with_phone').send({ phone_number: phone, password: 'Not-The-Password-1' });
      expectVenusError(wrong, 403, 11003, 'invalid_oauth_code');
    });

    it('answers 400 10001 for a phone_number that is not a phone number', async () => {
      const response = await t.http.post('/venus/auth/user/signin_with_phone').send({ phone_number: 'not-a-phone', password: VENUS_PASSWORD });
      expectVenusError(response, 400, 10001, 'invalid_params');
    });
  });

  describe('POST /venus/token/refresh', () => {
    it('answers a new token; the old one stops working at once', async () => {
      const { token } = await venusSession(t);
      const response = await t.http.post('/venus/token/refresh').set('token', token).expect(200);
      expect(Object.keys(response.body)).toEqual(['token']);
      expect(response.body.token).not.toBe(token);
      await t.http.get('/venus/user/info').set('token', response.body.token).expect(200);
      expectVenusError(await t.http.get('/venus/user/info').set('token', token), 401, 11001, 'invalid_token');
      expectVenusError(await t.http.post('/venus/token/refresh').set('token', token), 401, 11001, 'invalid_token');
    });

    it('answers 401 11001 without a token or with a forged one', async () => {
      expectVenusError(await t.http.post('/venus/token/refresh'), 401, 11001, 'invalid_token');
      expectVenusError(await t.http.post('/venus/token/refresh').set('token', 'eyJhbGciOiJub25lIn0.e30.'), 401, 11001, 'invalid_token');
    });

    it('answers 401 11002 token_expired once the 24 hours are over, for refresh and for use', async () => {
      const { token } = await venusSession(t);
      t.clock.advance(24 * 3600 - 60);
      await t.http.get('/venus/user/info').set('token', token).expect(200);
      t.clock.advance(61);
      expectVenusError(await t.http.get('/venus/user/info').set('token', token), 401, 11002, 'token_expired');
      expectVenusError(await t.http.post('/venus/token/refresh').set('token', token), 401, 11002, 'token_expired');
    });
  });
});

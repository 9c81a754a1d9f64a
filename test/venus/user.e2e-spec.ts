import { AccountRole, Audience, RegisterAccount } from '@app/accounts';
import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { createVenusUser, expectVenusError, signInWithName, VENUS_PASSWORD, venusSession } from './venus-helpers';

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

describe('venus user endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  const info = async (token: string) => (await t.http.get('/venus/user/info').set('token', token).expect(200)).body as Record<string, unknown>;
  const signInWithPhone = (phone_number: string, password = VENUS_PASSWORD) =>
    t.http.post('/venus/auth/user/signin_with_phone').send({ phone_number, password });

  describe('GET /venus/user/info', () => {
    it('answers exactly the eight fields of the example, with their types', async () => {
      t.clock.advance(3 * 24 * 3600);
      const user = await createVenusUser(t, { nickname: 'test', internal_number: '10020' });
      const before = seconds(t.clock.now());
      const token = await signInWithName(t, user.user_name);
      const after = seconds(t.clock.now());
      const body = await info(token);
      expect(Object.keys(body)).toEqual([
        'nickname',
        'avatar',
        'position',
        'department_name',
        'last_login_at_sec',
        'internal_phone',
        'role_id',
        'user_id',
      ]);
      expect(body).toMatchObject({ nickname: 'test', avatar: '', position: '', department_name: '', internal_phone: '10020', role_id: 1 });
      expect(body.user_id).toBe(user.user_id);
      expect(body.last_login_at_sec).toBeGreaterThanOrEqual(before);
      expect(body.last_login_at_sec).toBeLessThanOrEqual(after);
    });

    it('answers "" for unset text fields', async () => {
      const { token } = await venusSession(t);
      expect(await info(token)).toMatchObject({ nickname: '', avatar: '', position: '', department_name: '', internal_phone: '' });
    });

    it('answers role_id 2 for an administrator', async () => {
      const user_name = uniqueName('admin');
      await t.app.get(RegisterAccount).execute({
        username: user_name,
        password: VENUS_PASSWORD,
        passwordPolicy: 'standard',
        role: AccountRole.Admin,
        audience: Audience.V2,
        client: {},
      });
      expect((await info(await signInWithName(t, user_name))).role_id).toBe(2);
    });

    it('answers 401 11001 invalid_token without a token or with a bad one', async () => {
      expectVenusError(await t.http.get('/venus/user/info'), 401, 11001, 'invalid_token');
      expectVenusError(await t.http.get('/venus/user/info').set('token', 'garbage'), 401, 11001, 'invalid_token');
    });
  });

  describe('POST /venus/user/info', () => {
    it('changes the nickname alone', async () => {
      const { token } = await venusSession(t, { nickname: 'old' });
      const response = await t.http.post('/venus/user/info').set('token', token).send({ nickname: '新昵称' }).expect(200);
      expect(response.body).toEqual({ success: 'ok' });
      expect((await info(token)).nickname).toBe('新昵称');
    });

    it('changes the phone without a code: the new phone signs in, the old one is unknown', async () => {
      const oldPhone = uniquePhone();
      const newPhone = uniquePhone();
      const { token, user_id } = await venusSession(t, { phone_number: oldPhone, nickname: 'keep' });
      await t.http.post('/venus/user/info').set('token', token).type('form').send({ phone_number: `+86${newPhone}` }).expect(200);
      const signedIn = await signInWithPhone(newPhone).expect(200);
      expect((await info(signedIn.body.token)).user_id).toBe(user_id);
      expectVenusError(await signInWithPhone(oldPhone), 404, 10010, 'user_not_found');
      expect((await info(token)).nickname).toBe('keep');
    });

    it('changes both, and accepts the account\'s own phone as no change', async () => {
      const phone = uniquePhone();
      const { token } = await venusSession(t, { phone_number: phone });
      await t.http.post('/venus/user/info').set('token', token).send({ phone_number: phone, nickname: 'both' }).expect(200);
      expect((await info(token)).nickname).toBe('both');
      await signInWithPhone(phone).expect(200);
    });

    it('treats a blank field as absent', async () => {
      const phone = uniquePhone();
      const { token } = await venusSession(t, { phone_number: phone, nickname: 'kept' });
      await t.http.post('/venus/user/info').set('token', token).send({ phone_number: '', nickname: 'renamed' }).expect(200);
      await signInWithPhone(phone).expect(200);
      await t.http.post('/venus/user/info').set('token', token).send({ phone_number: uniquePhone(), nickname: '  ' }).expect(200);
      expect((await info(token)).nickname).toBe('renamed');
    });

    it('answers 400 10011 user_exists for another account\'s phone, and changes nothing', async () => {
      const taken = uniquePhone();
      await createVenusUser(t, { phone_number: taken });
      const { token } = await venusSession(t, { nickname: 'before' });
      const response = await t.http.post('/venus/user/info').set('token', token).send({ phone_number: taken, nickname: 'after' });
      expectVenusError(response, 400, 10011, 'user_exists');
      expect((await info(token)).nickname).toBe('before');
    });

    it.each([
      ['an empty body', {}],
      ['blank fields only', { phone_number: ' ', nickname: '' }],
      ['a phone_number that is no phone', { phone_number: 'abc' }],
      ['a numeric nickname', { nickname: 42 }],
      ['a nickname over 255 characters', { nickname: 'n'.repeat(256) }],
    ])('answers 400 10001 invalid_params for %s', async (_, body) => {
      const { token } = await venusSession(t);
      expectVenusError(await t.http.post('/venus/user/info').set('token', token).send(body), 400, 10001, 'invalid_params');
    });

    it('answers 401 11001 without a token', async () => {
      expectVenusError(await t.http.post('/venus/user/info').send({ nickname: 'x' }), 401, 11001, 'invalid_token');
    });
  });

  describe('POST /venus/user/password', () => {
    const change = (token: string, body: Record<string, unknown>) => t.http.post('/venus/user/password').set('token', token).send(body);

    it('sets the new password and ends every other session; this one goes on', async () => {
      const user = await createVenusUser(t);
      const token = await signInWithName(t, user.user_name);
      const other = await signInWithName(t, user.user_name);
      const response = await change(token, { password: 'A-new-passphrase-7', confirm_password: 'A-new-passphrase-7' }).expect(200);
      expect(response.body).toEqual({ success: 'ok' });
      await t.http.get('/venus/user/info').set('token', token).expect(200);
      expectVenusError(await t.http.get('/venus/user/info').set('token', other), 401, 11001, 'invalid_token');
      const oldPassword = await t.http.post('/venus/auth/user/signin_with_name').send({ user_name: user.user_name, password: VENUS_PASSWORD });
      expectVenusError(oldPassword, 403, 11003, 'invalid_oauth_code');
      await signInWithName(t, user.user_name, 'A-new-passphrase-7');
    });

    it('answers 400 10002 password_mismatch when the confirmation differs, and keeps the password', async () => {
      const user = await createVenusUser(t);
      const token = await signInWithName(t, user.user_name);
      const response = await t.http
        .post('/venus/user/password')
        .set('token', token)
        .type('form')
        .send({ password: 'A-new-passphrase-7', confirm_password: 'A-new-passphrase-8' });
      expectVenusError(response, 400, 10002, 'password_mismatch');
      await t.http.get('/venus/user/info').set('token', token).expect(200);
      await signInWithName(t, user.user_name);
    });

    it.each([
      ['a short password', { password: 'short1', confirm_password: 'short1' }],
      ['a common password', { password: 'password1', confirm_password: 'password1' }],
      ['the current password', { password: VENUS_PASSWORD, confirm_password: VENUS_PASSWORD }],
      ['no confirm_password', { password: 'A-new-passphrase-7' }],
    ])('answers 400 10001 invalid_params for %s', async (_, body) => {
      const { token } = await venusSession(t);
      expectVenusError(await change(token, body), 400, 10001, 'invalid_params');
      await t.http.get('/venus/user/info').set('token', token).expect(200);
    });

    it('answers 401 11001 without a token', async () => {
      const response = await t.http.post('/venus/user/password').send({ password: 'A-new-passphrase-7', confirm_password: 'A-new-passphrase-7' });
      expectVenusError(response, 401, 11001, 'invalid_token');
    });
  });
});

import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import {
  afterResendWindow,
  bearer,
  createOAuthClient,
  NEW_PASSWORD,
  OAuthTestClient,
  passwordGrant,
  registerPhone,
  requestCode,
} from './oauth-v1-helpers';

const failure = (error: string) => ({ result: 0, error });

describe('oauth-v1 /api/v1/users failures: HTTP 200 and {result:0, error}', () => {
  let t: TestApp;
  let client: OAuthTestClient;
  beforeAll(async () => {
    t = await createTestApp();
    client = await createOAuthClient(t);
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  /** A registered phone and a live access token for it. */
  async function signedIn(): Promise<{ phone: string; token: string }> {
    const phone = uniquePhone();
    const ticket = await registerPhone(t, phone);
    return { phone, token: (await passwordGrant(t, client, phone, ticket)).access_token };
  }

  describe('GET validation_code', () => {
    it('allows one send per phone a minute, whatever the type', async () => {
      const phone = uniquePhone();
      await requestCode(t, phone, 1);
      const again = await t.http.get('/api/v1/users/validation_code').query({ phone, type: 1 }).expect(200);
      expect(again.body).toEqual(failure('1分钟内只能获取一次校验码'));
      afterResendWindow(t);
      await requestCode(t, phone, 1);
    });

    it('needs a free phone for type 1 and a registered one for types 2 and 3', async () => {
      const { phone } = await signedIn();
      afterResendWindow(t);
      const taken = await t.http.get('/api/v1/users/validation_code').query({ phone, type: 1 }).expect(200);
      expect(taken.body).toEqual(failure('该手机号已注册'));
      const stranger = uniquePhone();
      for (const type of [2, 3]) {
        const unknown = await t.http.get('/api/v1/users/validation_code').query({ phone: stranger, type }).expect(200);
        expect(unknown.body).toEqual(failure('该手机号未注册'));
      }
      expect(t.outbox().some((message) => message.to === `+86${stranger}`)).toBe(false);
    });

    it('refuses a missing or malformed phone and an unknown type', async () => {
      const missing = await t.http.get('/api/v1/users/validation_code').query({ type: 1 }).expect(200);
      expect(missing.body).toEqual(failure('缺少参数：phone'));
      const malformed = await t.http.get('/api/v1/users/validation_code').query({ phone: '12345', type: 1 }).expect(200);
      expect(malformed.body).toEqual(failure('手机号格式不正确'));
      for (const type of ['4', 'x', '']) {
        const wrongType = await t.http.get('/api/v1/users/validation_code').query({ phone: uniquePhone(), type }).expect(200);
        expect(wrongType.body).toEqual(failure('参数格式不正确：type'));
      }
    });
  });

  describe('POST register and login', () => {
    it('takes only a code of the right type (1 register, 2 login, 3 reset)', async () => {
      const { phone } = await signedIn();
      afterResendWindow(t);
      const resetCode = await requestCode(t, phone, 3);
      const asLogin = await t.http.post('/api/v1/users/login').send({ phone, validation_code: resetCode }).expect(200);
      expect(asLogin.body).toEqual(failure('校验码错误或已失效'));
      afterResendWindow(t);
      const loginCode = await requestCode(t, phone, 2);
      const asReset = await t.http
        .put('/api/v1/users/reset')
        .send({ phone, validation_code: loginCode, password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
        .expect(200);
      expect(asReset.body).toEqual(failure('校验码错误或已失效'));
      // The login code was not used up by the wrong-type attempt: it still serves its own type.
      const login = await t.http.post('/api/v1/users/login').send({ phone, validation_code: loginCode }).expect(200);
      expect(login.body.result).toBe(1);

      const fresh = uniquePhone();
      const registerCode = await requestCode(t, fresh, 1);
      await t.http.post('/api/v1/users/register').send({ phone: fresh, validation_code: registerCode }).expect(200);
      afterResendWindow(t);
      const loginWithRegisterCode = await t.http.post('/api/v1/users/login').send({ phone: fresh, validation_code: registerCode }).expect(200);
      expect(loginWithRegisterCode.body).toEqual(failure('校验码错误或已失效'));
    });

    it('uses a code once and refuses it after ten minutes', async () => {
      const phone = uniquePhone();
      const code = await requestCode(t, phone, 1);
      t.clock.advance(601);
      const late = await t.http.post('/api/v1/users/register').send({ phone, validation_code: code }).expect(200);
      expect(late.body).toEqual(failure('校验码错误或已失效'));
      const fresh = await requestCode(t, phone, 1);
      await t.http.post('/api/v1/users/register').send({ phone, validation_code: fresh }).expect(200);
      afterResendWindow(t);
      const loginCode = await requestCode(t, phone, 2);
      await t.http.post('/api/v1/users/login').send({ phone, validation_code: loginCode }).expect(200);
      const reused = await t.http.post('/api/v1/users/login').send({ phone, validation_code: loginCode }).expect(200);
      expect(reused.body).toEqual(failure('校验码错误或已失效'));
    });

    it('refuses a wrong code and missing fields', async () => {
      const phone = uniquePhone();
      const code = await requestCode(t, phone, 1);
      const wrong = await t.http.post('/api/v1/users/register').send({ phone, validation_code: code === '000000' ? '111111' : '000000' }).expect(200);
      expect(wrong.body).toEqual(failure('校验码错误或已失效'));
      const noCode = await t.http.post('/api/v1/users/register').send({ phone }).expect(200);
      expect(noCode.body).toEqual(failure('缺少参数：validation_code'));
      const noPhone = await t.http.post('/api/v1/users/login').send({ validation_code: '123456' }).expect(200);
      expect(noPhone.body).toEqual(failure('缺少参数：phone'));
      const wrongType = await t.http.post('/api/v1/users/login').send({ phone, validation_code: { code: 1 } }).expect(200);
      expect(wrongType.body).toEqual(failure('参数格式不正确：validation_code'));
      const tooLong = await t.http.post('/api/v1/users/login').send({ phone, validation_code: '1'.repeat(17) }).expect(200);
      expect(tooLong.body).toEqual(failure('参数过长：validation_code'));
    });
  });

  describe('PUT update', () => {
    it('needs a live oauth access token', async () => {
      const body = { name: uniqueName(), password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD };
      const missing = await t.http.put('/api/v1/users/update').send(body).expect(200);
      expect(missing.body).toEqual(failure('缺少token'));
      const garbage = await t.http.put('/api/v1/users/update').set(bearer('not-a-token')).send(body).expect(200);
      expect(garbage.body).toEqual(failure('token无效或已失效'));
      const { token } = await signedIn();
      t.clock.advance(86401);
      const expired = await t.http.put('/api/v1/users/update').set(bearer(token)).send(body).expect(200);
      expect(expired.body).toEqual(failure('token已过期'));
    });

    it('changes nothing when the passwords differ or the password is weak', async () => {
      const { token } = await signedIn();
      const name = uniqueName('keep');
      const cases: [Record<string, string>, string][] = [
        [{ password: NEW_PASSWORD, password_confirmation: `${NEW_PASSWORD}x` }, '两次输入的密码不一致'],
        [{ password: 'short1', password_confirmation: 'short1' }, '密码长度须为8到128位'],
        [{ password: '12345678', password_confirmation: '12345678' }, '密码过于简单'],
      ];
      for (const [passwords, error] of cases) {
        const response = await t.http.put('/api/v1/users/update').set(bearer(token)).send({ name, ...passwords }).expect(200);
        expect(response.body).toEqual(failure(error));
      }
      // The session still lives (no password change happened) and the name is still free.
      await t.http.get('/oauth/token/info').set(bearer(token)).expect(200);
      const other = await signedIn();
      const ok = await t.http.put('/api/v1/users/update').set(bearer(other.token)).send({ name, password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD });
      expect(ok.body).toEqual({ result: 1 });
    });

    it('refuses a taken or malformed name and keeps the password unchanged', async () => {
      const first = await signedIn();
      const name = uniqueName('Taken');
      await t.http.put('/api/v1/users/update').set(bearer(first.token)).send({ name, password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD }).expect(200);
      const second = await signedIn();
      const taken = await t.http
        .put('/api/v1/users/update')
        .set(bearer(second.token))
        .send({ name: name.toLowerCase(), password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
        .expect(200);
      expect(taken.body).toEqual(failure('用户名已被使用'));
      const malformed = await t.http
        .put('/api/v1/users/update')
        .set(bearer(second.token))
        .send({ name: 'has space', password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
        .expect(200);
      expect(malformed.body).toEqual(failure('用户名须为1到64个字符，不能包含空格或@'));
      // A name reading as a phone would capture that phone's sign-in at /oauth/token.
      const phoneLike = await t.http
        .put('/api/v1/users/update')
        .set(bearer(second.token))
        .send({ name: first.phone, password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
        .expect(200);
      expect(phoneLike.body).toEqual(failure('用户名不能是手机号'));
      const missing = await t.http.put('/api/v1/users/update').set(bearer(second.token)).send({ password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD });
      expect(missing.body).toEqual(failure('缺少参数：name'));
      await t.http.get('/oauth/token/info').set(bearer(second.token)).expect(200);
    });

    it('refuses the current password as the new one', async () => {
      const { phone, token } = await signedIn();
      const name = uniqueName('same');
      await t.http.put('/api/v1/users/update').set(bearer(token)).send({ name, password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD }).expect(200);
      const again = await passwordGrant(t, client, phone, NEW_PASSWORD);
      const same = await t.http
        .put('/api/v1/users/update')
        .set(bearer(again.access_token))
        .send({ name: uniqueName('renamed'), password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
        .expect(200);
      expect(same.body).toEqual(failure('新密码不能与当前密码相同'));
      await passwordGrant(t, client, name, NEW_PASSWORD);
    });
  });

  describe('PUT reset', () => {
    it('refuses differing passwords, a wrong code and an unknown phone', async () => {
      const { phone } = await signedIn();
      afterResendWindow(t);
      const code = await requestCode(t, phone, 3);
      const mismatch = await t.http
        .put('/api/v1/users/reset')
        .send({ phone, validation_code: code, password: NEW_PASSWORD, password_confirmation: 'something-else-1' })
        .expect(200);
      expect(mismatch.body).toEqual(failure('两次输入的密码不一致'));
      const weak = await t.http.put('/api/v1/users/reset').send({ phone, validation_code: code, password: 'short', password_confirmation: 'short' });
      expect(weak.body).toEqual(failure('密码长度须为8到128位'));
      const wrong = await t.http
        .put('/api/v1/users/reset')
        .send({ phone, validation_code: code === '000000' ? '111111' : '000000', password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
        .expect(200);
      expect(wrong.body).toEqual(failure('校验码错误或已失效'));
      const stranger = await t.http
        .put('/api/v1/users/reset')
        .send({ phone: uniquePhone(), validation_code: code, password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
        .expect(200);
      expect(stranger.body).toEqual(failure('校验码错误或已失效'));
      // The right code still works after the refusals above.
      const done = await t.http.put('/api/v1/users/reset').send({ phone, validation_code: code, password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD });
      expect(done.body).toEqual({ result: 1 });
      await passwordGrant(t, client, phone, NEW_PASSWORD);
    });
  });

  describe('the envelope covers everything under /api/v1', () => {
    it('answers unknown routes, bad JSON and wrong methods in {result:0}', async () => {
      const unknown = await t.http.get('/api/v1/users/nope').expect(200);
      expect(unknown.body).toEqual(failure('接口不存在'));
      const wrongMethod = await t.http.get('/api/v1/users/register').expect(200);
      expect(wrongMethod.body).toEqual(failure('接口不存在'));
      const badJson = await t.http.post('/api/v1/users/register').set('Content-Type', 'application/json').send('{"phone":').expect(200);
      expect(badJson.body).toEqual(failure('请求格式错误'));
      const array = await t.http.post('/api/v1/users/login').send([1, 2]).expect(200);
      expect(array.body.result).toBe(0);
    });
  });
});

describe('oauth-v1 rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '2' });
  });
  afterAll(() => t.close());

  it('answers {result:0} with HTTP 200 under /api/v1 and 429 temporarily_unavailable at /oauth/token', async () => {
    for (let i = 0; i < 2; i++) await t.http.post('/api/v1/users/login').send({ phone: uniquePhone(), validation_code: '123456' }).expect(200);
    const limited = await t.http.post('/api/v1/users/login').send({ phone: uniquePhone(), validation_code: '123456' }).expect(200);
    expect(limited.body).toEqual(failure('请求过于频繁，请稍后再试'));

    for (let i = 0; i < 2; i++) await t.http.post('/oauth/token').type('form').send({ grant_type: 'password' }).expect(400);
    const tooMany = await t.http.post('/oauth/token').type('form').send({ grant_type: 'password' }).expect(429);
    expect(tooMany.body).toEqual({ error: 'temporarily_unavailable', error_description: 'Too many requests; try again later.' });
    expect(Number(tooMany.headers['retry-after'])).toBeGreaterThan(0);
  });
});

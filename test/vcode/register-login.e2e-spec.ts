import { RegisterAndSignIn, SessionIssuer, SignInWithPassword } from '@app/accounts';
import { createTestApp, TestApp, uniquePhone } from '../support/test-app';
import { GOOD_PASSWORD, logInVcode, registerVcode, sendVcode, TOKEN_PATTERN } from './vcode-helpers';

describe('vcode registration and sign-in: /api/user/register and /api/user/logIn', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => {
    t.clock.reset();
    jest.restoreAllMocks();
  });

  describe('register', () => {
    it('creates the account and answers a token exactly as the document shows', async () => {
      const phone = uniquePhone();
      const code = await sendVcode(t, phone);
      const before = t.clock.now().getTime();
      const response = await t.http.post('/api/user/register').send({ userName: phone, password: GOOD_PASSWORD, code }).expect(200);
      expect(Object.keys(response.body).sort()).toEqual(['code', 'data', 'message']);
      expect(response.body).toMatchObject({ code: '0', message: 'SUCCESS' });
      expect(Object.keys(response.body.data).sort()).toEqual(['createAt', 'expiresIn', 'token', 'type', 'userName']);
      expect(response.body.data).toMatchObject({ userName: phone, type: 0, expiresIn: 86400 });
      expect(response.body.data.token).toMatch(TOKEN_PATTERN);
      expect(Number.isSafeInteger(response.body.data.createAt)).toBe(true);
      expect(response.body.data.createAt).toBeGreaterThanOrEqual(before);
      expect(response.body.data.createAt).toBeLessThan(before + 60_000);
      await t.http.post('/api/user/checkToken').send({ userName: phone, token: response.body.data.token }).expect(200, { code: '0', message: 'SUCCESS' });
    });

    it('takes form fields and a +86 phone, answering the 11-digit form', async () => {
      const phone = uniquePhone();
      const code = await sendVcode(t, phone);
      const response = await t.http
        .post('/api/user/register')
        .type('form')
        .send({ userName: `+86${phone}`, password: GOOD_PASSWORD, code })
        .expect(200);
      expect(response.body.data.userName).toBe(phone);
    });

    it('answers 1 您的手机号已注册 for a registered phone, without using up the code', async () => {
      const phone = uniquePhone();
      await registerVcode(t, phone);
      t.clock.advance(61);
      const code = await sendVcode(t, phone);
      const response = await t.http.post('/api/user/register').send({ userName: phone, password: GOOD_PASSWORD, code }).expect(200);
      expect(response.body).toEqual({ code: '1', message: '您的手机号已注册' });
      await t.http.post('/api/vcode/verify').send({ phone, code }).expect(200, { code: '0', message: '验证成功' });
    });

    it('answers 4 验证码无效 for a wrong, missing-send or used code, and creates nothing', async () => {
      const phone = uniquePhone();
      const code = await sendVcode(t, phone);
      const wrong = code === '000000' ? '111111' : '000000';
      const response = await t.http.post('/api/user/register').send({ userName: phone, password: GOOD_PASSWORD, code: wrong }).expect(200);
      expect(response.body).toEqual({ code: '4', message: '验证码无效' });
      const neverSent = await t.http.post('/api/user/register').send({ userName: uniquePhone(), password: GOOD_PASSWORD, code }).expect(200);
      expect(neverSent.body).toEqual({ code: '4', message: '验证码无效' });
      const logIn = await t.http.post('/api/user/logIn').send({ userName: phone, password: GOOD_PASSWORD }).expect(200);
      expect(logIn.body).toEqual({ code: '1', message: '用户不存在' });
    });

    it('makes the account and its token together: a failure issuing the token leaves no account, and register works again', async () => {
      const phone = uniquePhone();
      const code = await sendVcode(t, phone);
      jest.spyOn(t.app.get(SessionIssuer), 'open').mockRejectedValueOnce(new Error('session store unavailable'));
      const response = await t.http.post('/api/user/register').send({ userName: phone, password: GOOD_PASSWORD, code }).expect(200);
      expect(response.body).toEqual({ code: '3', message: '注册失败' });
      const logIn = await t.http.post('/api/user/logIn').send({ userName: phone, password: GOOD_PASSWORD }).expect(200);
      expect(logIn.body).toEqual({ code: '1', message: '用户不存在' });
      // The code was not used up either.
      const again = await t.http.post('/api/user/register').send({ userName: phone, password: GOOD_PASSWORD, code }).expect(200);
      expect(again.body.code).toBe('0');
    });

    it('answers 3 注册失败 on an internal failure, without leaking its message', async () => {
      const phone = uniquePhone();
      const code = await sendVcode(t, phone);
      jest.spyOn(t.app.get(RegisterAndSignIn), 'execute').mockRejectedValueOnce(new Error('SQL: INSERT INTO accounts ... secret'));
      const response = await t.http.post('/api/user/register').send({ userName: phone, password: GOOD_PASSWORD, code }).expect(200);
      expect(response.body).toEqual({ code: '3', message: '注册失败' });
    });

    it('answers code 1 with the password rule for a short or common password', async () => {
      const phone = uniquePhone();
      const code = await sendVcode(t, phone);
      const short = await t.http.post('/api/user/register').send({ userName: phone, password: 'short1', code }).expect(200);
      expect(short.body).toEqual({ code: '1', message: '密码长度须为8到128个字符' });
      const common = await t.http.post('/api/user/register').send({ userName: phone, password: 'password1', code }).expect(200);
      expect(common.body).toEqual({ code: '1', message: '密码过于常见，请换一个更安全的密码' });
      // The code was not spent on refused passwords.
      await t.http.post('/api/user/register').send({ userName: phone, password: GOOD_PASSWORD, code }).expect(200);
    });

    it('answers code 1 naming the field for missing, mistyped or too long fields', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ password: GOOD_PASSWORD, code: '123456' }, '请求参数格式错误：userName 不能为空'],
        [{ userName: uniquePhone(), password: GOOD_PASSWORD }, '请求参数格式错误：code 不能为空'],
        [{ userName: 'alice', password: GOOD_PASSWORD, code: '123456' }, '请求参数格式错误：userName 不是有效的手机号'],
        [{ userName: uniquePhone(), password: 12345678, code: '123456' }, '请求参数格式错误：password 必须是字符串'],
        [{ userName: uniquePhone(), password: 'x'.repeat(1025), code: '123456' }, '请求参数格式错误：password 过长'],
      ];
      for (const [body, message] of cases) {
        const response = await t.http.post('/api/user/register').send(body).expect(200);
        expect(response.body).toEqual({ code: '1', message });
      }
    });
  });

  describe('logIn', () => {
    it('answers a new token and tokenId for every sign-in, exactly as the document shows', async () => {
      const phone = uniquePhone();
      const registered = await registerVcode(t, phone);
      const first = await t.http.post('/api/user/logIn').send({ userName: phone, password: GOOD_PASSWORD }).expect(200);
      expect(Object.keys(first.body).sort()).toEqual(['code', 'data', 'message']);
      expect(first.body).toMatchObject({ code: '0', message: 'SUCCESS' });
      expect(Object.keys(first.body.data).sort()).toEqual(['createAt', 'expiresIn', 'id', 'token', 'type', 'userName']);
      expect(first.body.data).toMatchObject({ userName: phone, type: 0, expiresIn: 86400 });
      expect(Number.isSafeInteger(first.body.data.id)).toBe(true);
      expect(first.body.data.token).toMatch(TOKEN_PATTERN);
      const second = await logInVcode(t, `+86${phone}`);
      expect(second.id).not.toBe(first.body.data.id);
      expect(second.token).not.toBe(first.body.data.token);
      expect(new Set([registered.token, first.body.data.token, second.token]).size).toBe(3);
      // Every sign-in is its own session: all three tokens work.
      for (const token of [registered.token, first.body.data.token, second.token]) {
        await t.http.post('/api/user/checkToken').send({ userName: phone, token }).expect(200, { code: '0', message: 'SUCCESS' });
      }
    });

    it('signs in with form fields and the phone with spaces', async () => {
      const phone = uniquePhone();
      await registerVcode(t, phone);
      const spaced = `86 ${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`;
      const response = await t.http.post('/api/user/logIn').type('form').send({ userName: spaced, password: GOOD_PASSWORD }).expect(200);
      expect(response.body.data.userName).toBe(phone);
    });

    it('answers 1 用户不存在 and 2 密码错误', async () => {
      const phone = uniquePhone();
      await registerVcode(t, phone);
      await t.http.post('/api/user/logIn').send({ userName: uniquePhone(), password: GOOD_PASSWORD }).expect(200, { code: '1', message: '用户不存在' });
      await t.http.post('/api/user/logIn').send({ userName: phone, password: 'not-the-password' }).expect(200, { code: '2', message: '密码错误' });
    });

    it('answers 3 登录失败 once the account is locked after repeated wrong passwords, then lets it in later', async () => {
      const phone = uniquePhone();
      await registerVcode(t, phone);
      for (let i = 0; i < 10; i += 1) {
        await t.http.post('/api/user/logIn').send({ userName: phone, password: 'not-the-password' }).expect(200, { code: '2', message: '密码错误' });
      }
      const locked = await t.http.post('/api/user/logIn').send({ userName: phone, password: GOOD_PASSWORD }).expect(200);
      expect(locked.body).toEqual({ code: '3', message: '登录失败：密码错误次数过多，请稍后再试' });
      t.clock.advance(61);
      await logInVcode(t, phone);
    });

    it('answers 3 登录失败 on an internal failure', async () => {
      const phone = uniquePhone();
      await registerVcode(t, phone);
      jest.spyOn(t.app.get(SignInWithPassword), 'execute').mockRejectedValueOnce(new Error('connection reset by peer'));
      await t.http.post('/api/user/logIn').send({ userName: phone, password: GOOD_PASSWORD }).expect(200, { code: '3', message: '登录失败' });
    });

    it('answers code 1 for missing fields', async () => {
      const response = await t.http.post('/api/user/logIn').send({ userName: uniquePhone() }).expect(200);
      expect(response.body).toEqual({ code: '1', message: '请求参数格式错误：password 不能为空' });
    });
  });
});

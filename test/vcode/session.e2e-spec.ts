import { GetAccountView } from '@app/accounts';
import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { registerV2 } from '../support/v2-helpers';
import { logInVcode, registerVcode } from './vcode-helpers';

describe('vcode token routes: /api/user/checkToken, /api/user/perfectInfo and /api/user/get', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => {
    t.clock.reset();
    jest.restoreAllMocks();
  });

  describe('checkToken', () => {
    it('answers 0 SUCCESS for a live token of the named phone, in any phone format and as a form', async () => {
      const phone = uniquePhone();
      const { token } = await registerVcode(t, phone);
      await t.http.post('/api/user/checkToken').send({ userName: phone, token }).expect(200, { code: '0', message: 'SUCCESS' });
      await t.http.post('/api/user/checkToken').type('form').send({ userName: `+86${phone}`, token }).expect(200, { code: '0', message: 'SUCCESS' });
    });

    it('answers 1 Token无效 for an unknown, missing, another phone\'s or expired token', async () => {
      const phone = uniquePhone();
      const other = uniquePhone();
      const { token } = await registerVcode(t, phone);
      const { token: otherToken } = await registerVcode(t, other);
      const invalid = { code: '1', message: 'Token无效' };
      await t.http.post('/api/user/checkToken').send({ userName: phone, token: 'A'.repeat(32) }).expect(200, invalid);
      await t.http.post('/api/user/checkToken').send({ userName: phone, token: 'not-a-token' }).expect(200, invalid);
      await t.http.post('/api/user/checkToken').send({ userName: phone }).expect(200, invalid);
      await t.http.post('/api/user/checkToken').send({ userName: phone, token: otherToken }).expect(200, invalid);
      await t.http.post('/api/user/checkToken').send({ userName: uniquePhone(), token }).expect(200, invalid);
      t.clock.advance(86_400 + 1);
      await t.http.post('/api/user/checkToken').send({ userName: phone, token }).expect(200, invalid);
    });

    it('is still valid just before 86400 s', async () => {
      const phone = uniquePhone();
      const { token } = await registerVcode(t, phone);
      t.clock.advance(86_400 - 5);
      await t.http.post('/api/user/checkToken').send({ userName: phone, token }).expect(200, { code: '0', message: 'SUCCESS' });
    });

    it('does not accept a token of another API (v2)', async () => {
      const session = await registerV2(t);
      await t.http.post('/api/user/get').send({ token: session.access_token }).expect(200, { code: '1', message: 'Token无效' });
    });
  });

  describe('perfectInfo and get', () => {
    it('stores nickName, job, company and email, and get answers them exactly as the document shows', async () => {
      const phone = uniquePhone();
      const { token } = await registerVcode(t, phone);
      const email = `${uniqueName('jack')}@Example.com`;
      await t.http
        .post('/api/user/perfectInfo')
        .send({ userName: phone, token, nickName: 'Jack', job: '开发', company: '骨朵影视', email })
        .expect(200, { code: '0', message: 'SUCCESS' });
      const response = await t.http.post('/api/user/get').send({ token }).expect(200);
      expect(Object.keys(response.body).sort()).toEqual(['code', 'data', 'message']);
      expect(response.body).toMatchObject({ code: '0', message: 'SUCCESS' });
      expect(Object.keys(response.body.data).sort()).toEqual(['company', 'email', 'id', 'job', 'nickName', 'phoneNumber', 'role', 'userName']);
      expect(response.body.data).toEqual({
        id: response.body.data.id,
        userName: phone,
        role: 'USER',
        nickName: 'Jack',
        company: '骨朵影视',
        job: '开发',
        email: email.toLowerCase(),
        phoneNumber: phone,
      });
      expect(Number.isSafeInteger(response.body.data.id)).toBe(true);
    });

    it('answers the account id in get, not the tokenId of logIn, with null for fields never set', async () => {
      const phone = uniquePhone();
      await registerVcode(t, phone);
      const first = await logInVcode(t, phone);
      const second = await logInVcode(t, phone);
      const a = await t.http.post('/api/user/get').send({ token: first.token }).expect(200);
      const b = await t.http.post('/api/user/get').type('form').send({ token: second.token }).expect(200);
      expect(a.body.data.id).toBe(b.body.data.id);
      expect(a.body.data).toMatchObject({ userName: phone, phoneNumber: phone, nickName: null, company: null, job: null, email: null });
    });

    it('keeps fields left out, clears blank ones, and takes form fields', async () => {
      const phone = uniquePhone();
      const { token } = await registerVcode(t, phone);
      await t.http.post('/api/user/perfectInfo').send({ userName: phone, token, nickName: 'Jack', company: 'ACME' }).expect(200);
      await t.http.post('/api/user/perfectInfo').type('form').send({ userName: phone, token, job: 'CTO', company: '' }).expect(200);
      const { body } = await t.http.post('/api/user/get').send({ token }).expect(200);
      expect(body.data).toMatchObject({ nickName: 'Jack', job: 'CTO', company: null });
    });

    it('answers 1 该用户未注册 for a phone with no account', async () => {
      const { token } = await registerVcode(t);
      await t.http
        .post('/api/user/perfectInfo')
        .send({ userName: uniquePhone(), token, nickName: 'X' })
        .expect(200, { code: '1', message: '该用户未注册' });
    });

    it('answers 2 Token无效 for a bad token, a missing one, or another account\'s, and changes nothing', async () => {
      const phone = uniquePhone();
      const { token } = await registerVcode(t, phone);
      const { token: otherToken } = await registerVcode(t);
      const invalid = { code: '2', message: 'Token无效' };
      await t.http.post('/api/user/perfectInfo').send({ userName: phone, token: 'B'.repeat(32), nickName: 'X' }).expect(200, invalid);
      await t.http.post('/api/user/perfectInfo').send({ userName: phone, nickName: 'X' }).expect(200, invalid);
      await t.http.post('/api/user/perfectInfo').send({ userName: phone, token: otherToken, nickName: 'X' }).expect(200, invalid);
      const { body } = await t.http.post('/api/user/get').send({ token }).expect(200);
      expect(body.data.nickName).toBeNull();
    });

    it('answers 3 信息修改失败 for an email another account uses, and changes nothing', async () => {
      const email = `${uniqueName('taken')}@example.com`;
      await registerV2(t, { email });
      const phone = uniquePhone();
      const { token } = await registerVcode(t, phone);
      const response = await t.http
        .post('/api/user/perfectInfo')
        .send({ userName: phone, token, nickName: 'Jack', email: email.toUpperCase() })
        .expect(200);
      expect(response.body).toEqual({ code: '3', message: '信息修改失败：该邮箱已被其他账号使用' });
      const { body } = await t.http.post('/api/user/get').send({ token }).expect(200);
      expect(body.data).toMatchObject({ nickName: null, email: null });
    });

    it('accepts the account\'s own email again and answers 1 for a malformed one or an over-long field', async () => {
      const phone = uniquePhone();
      const { token } = await registerVcode(t, phone);
      const email = `${uniqueName('own')}@example.com`;
      await t.http.post('/api/user/perfectInfo').send({ userName: phone, token, email }).expect(200, { code: '0', message: 'SUCCESS' });
      await t.http.post('/api/user/perfectInfo').send({ userName: phone, token, email }).expect(200, { code: '0', message: 'SUCCESS' });
      await t.http
        .post('/api/user/perfectInfo')
        .send({ userName: phone, token, email: 'not-an-email' })
        .expect(200, { code: '1', message: '请求参数格式错误：email 格式不正确' });
      await t.http
        .post('/api/user/perfectInfo')
        .send({ userName: phone, token, nickName: 'x'.repeat(256) })
        .expect(200, { code: '1', message: '请求参数格式错误：nickName 过长' });
      await t.http
        .post('/api/user/perfectInfo')
        .send({ userName: phone, token, job: 7 })
        .expect(200, { code: '1', message: '请求参数格式错误：job 必须是字符串' });
    });

    it('get answers 1 Token无效 for a bad or missing token and 2 获取失败 when the account cannot be read', async () => {
      const { token } = await registerVcode(t);
      await t.http.post('/api/user/get').send({ token: 'C'.repeat(32) }).expect(200, { code: '1', message: 'Token无效' });
      await t.http.post('/api/user/get').send({}).expect(200, { code: '1', message: 'Token无效' });
      await t.http.post('/api/user/get').send({ token: 42 }).expect(200, { code: '1', message: 'Token无效' });
      jest.spyOn(t.app.get(GetAccountView), 'execute').mockRejectedValueOnce(new Error('read failed'));
      await t.http.post('/api/user/get').send({ token }).expect(200, { code: '2', message: '获取失败' });
    });
  });
});

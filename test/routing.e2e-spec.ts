import { createTestApp, TestApp, uniquePhone } from './support/test-app';

/**
 * infinite's POST /api/user/login and vcode's POST /api/user/logIn share a
 * prefix and differ only in case: routing is case-sensitive, and each answers
 * in its own envelope.
 */
describe('case-sensitive routing between infinite and vcode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers /api/user/login as infinite and /api/user/logIn as vcode', async () => {
    const phone = uniquePhone();
    await t.http.post('/api/vcode/send').send({ phone }).expect(200);
    const password = 'Routing-Passphrase-1';
    const registered = await t.http.post('/api/user/register').send({ userName: phone, password, code: t.lastCode(`+86${phone}`) }).expect(200);
    expect(registered.body.code).toBe('0');

    const vcode = await t.http.post('/api/user/logIn').send({ userName: phone, password }).expect(200);
    expect(vcode.body).toMatchObject({ code: '0', message: 'SUCCESS', data: { userName: phone, type: 0, expiresIn: 86400 } });
    expect(vcode.body.data.token).toMatch(/^[A-Za-z]{32}$/);

    const infinite = await t.http.post('/api/user/login').send({ username: phone, password }).expect(200);
    expect(infinite.body).toMatchObject({ code: 'General.Success', msg: '接口调用成功' });
    expect(infinite.body.data.mobile).toBe(phone);
    expect(infinite.body.data.accessToken.split('.')).toHaveLength(3);

    const vcodeFailure = await t.http.post('/api/user/logIn').send({ userName: phone, password: 'wrong-password-x' }).expect(200);
    expect(vcodeFailure.body).toEqual({ code: '2', message: '密码错误' });
    const infiniteFailure = await t.http.post('/api/user/login').send({ username: phone, password: 'wrong-password-x' }).expect(200);
    expect(infiniteFailure.body).toMatchObject({ code: 'Account.VerifyError', data: {}, msg: '账户检验失败' });
  });

  it('answers other cases and unknown /api/user routes in the infinite envelope', async () => {
    const upper = await t.http.post('/api/user/LOGIN').send({}).expect(404);
    expect(upper.body).toHaveProperty('msg');
    expect(upper.body.code).toMatch(/^General\./);
    const unknown = await t.http.post('/api/user/nothing').send({}).expect(404);
    expect(unknown.body.code).toMatch(/^General\./);
    const vcodeUnknown = await t.http.post('/api/vcode/nothing').send({}).expect(200);
    expect(vcodeUnknown.body.code).toBe('1');
  });
});

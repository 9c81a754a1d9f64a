import { createTestApp, TestApp, uniquePhone } from '../support/test-app';
import { registerV2 } from '../support/v2-helpers';
import { decodeJwt, encryptWordInfo, failure, loginUsers, PASSWORD, registerUsers, tokenHeader, UsersBody, UUID } from './users-helpers';

describe('users: registration, sign-in, token renewal and exit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('registers with a phone, a password in word-info and a nickname', async () => {
    const phone = uniquePhone();
    const response = await t.http.post('/users/register').set('word-info', PASSWORD).send({ phone, userName: '测试张三' }).expect(200);
    expect(response.body).toEqual({ code: 200, message: '恭喜，注册成功！', data: null, total: 0 });
    const token = await loginUsers(t, phone);
    const self = await t.http.get('/users/info/self').set(tokenHeader(token)).expect(200);
    expect(self.body.data).toMatchObject({ userName: '测试张三', phone });
  });

  it('accepts form bodies and refuses a phone registered already, in any format', async () => {
    const phone = uniquePhone();
    await t.http.post('/users/register').set('word-info', PASSWORD).type('form').send({ phone: `+86${phone}` }).expect(200);
    const again = await t.http.post('/users/register').set('word-info', PASSWORD).type('form').send({ phone }).expect(409);
    expect(again.body).toEqual(failure(409, '该手机号已注册'));
  });

  it('refuses missing, malformed and weak input with the field named', async () => {
    const noPassword = await t.http.post('/users/register').send({ phone: uniquePhone() }).expect(400);
    expect(noPassword.body).toEqual(failure(400, '参数错误：word-info不能为空'));
    const noPhone = await t.http.post('/users/register').set('word-info', PASSWORD).send({ userName: 'x' }).expect(400);
    expect(noPhone.body).toEqual(failure(400, /^参数错误：phone/));
    const badPhone = await t.http.post('/users/register').set('word-info', PASSWORD).send({ phone: '12345' }).expect(400);
    expect(badPhone.body).toEqual(failure(400, '参数错误：phone格式不正确'));
    const longName = await t.http.post('/users/register').set('word-info', PASSWORD).send({ phone: uniquePhone(), userName: 'x'.repeat(256) }).expect(400);
    expect(longName.body).toEqual(failure(400, '参数错误：userName过长'));
    const numericPhone = await t.http.post('/users/register').set('word-info', PASSWORD).send({ phone: 13812345678 }).expect(400);
    expect(numericPhone.body).toEqual(failure(400, /^参数错误：phone.*必须是字符串/));
    const short = await t.http.post('/users/register').set('word-info', 'short1').send({ phone: uniquePhone() }).expect(400);
    expect(short.body).toEqual(failure(400, '密码不符合要求：密码长度须为 8 到 128 个字符'));
    const common = await t.http.post('/users/register').set('word-info', 'password1').send({ phone: uniquePhone() }).expect(400);
    expect(common.body).toEqual(failure(400, '密码不符合要求：密码过于常见，请换一个'));
  });

  it('signs in with the token payload of the document, the terminal upper-cased', async () => {
    const phone = await registerUsers(t);
    const response = await t.http
      .post('/users/login')
      .set('word-info', PASSWORD)
      .set('terminal', 'Mobile')
      .set('User-Agent', 'PostmanRuntime/7.26.8')
      .send({ phone })
      .expect(200);
    expect(response.body).toEqual({ code: 200, message: '操作成功', data: expect.any(String), total: 0 });
    const { header, payload } = decodeJwt(response.body.data);
    expect(Object.keys(payload).sort()).toEqual(['delayTime', 'exp', 'iat', 'id', 'openid', 'phone', 'terminal', 'userAgent']);
    expect(payload).toMatchObject({ phone, openid: null, terminal: 'MOBILE', userAgent: 'PostmanRuntime/7.26.8' });
    expect(payload.id).toMatch(UUID);
    expect(payload.exp).toBe((payload.iat as number) + 86400);
    expect(payload.delayTime).toBe((payload.exp as number) + 7200);
    expect(typeof header.sid).toBe('string');
    const byDefault = decodeJwt(await loginUsers(t, phone)).payload;
    expect(byDefault.terminal).toBe('PC');
  });

  it('refuses an unknown terminal, a wrong password, an unknown phone and an empty request', async () => {
    const phone = await registerUsers(t);
    const terminal = await t.http.post('/users/login').set('word-info', PASSWORD).set('terminal', 'tv').send({ phone }).expect(400);
    expect(terminal.body).toEqual(failure(400, '参数错误：terminal取值不在允许范围内'));
    const wrong = await t.http.post('/users/login').set('word-info', 'not-the-password').send({ phone }).expect(401);
    expect(wrong.body).toEqual(failure(401, '密码错误'));
    const unknown = await t.http.post('/users/login').set('word-info', PASSWORD).send({ phone: uniquePhone() }).expect(404);
    expect(unknown.body).toEqual(failure(404, '用户不存在'));
    const empty = await t.http.post('/users/login').send({}).expect(400);
    expect(empty.body).toEqual(failure(400, '参数错误：phone不能为空'));
    const noPassword = await t.http.post('/users/login').send({ phone }).expect(400);
    expect(noPassword.body).toEqual(failure(400, '参数错误：word-info不能为空'));
  });

  it('locks password sign-in after repeated failures', async () => {
    const phone = await registerUsers(t);
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await t.http.post('/users/login').set('word-info', 'not-the-password').send({ phone }).expect(401);
    }
    const locked = await t.http.post('/users/login').set('word-info', PASSWORD).send({ phone }).expect(429);
    expect(locked.body).toEqual(failure(429, '密码错误次数过多，账号已暂时锁定，请稍后再试'));
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('takes the password RSA-OAEP encrypted with the published key', async () => {
    const key = await t.http.get('/users/public-key').expect(200);
    expect(key.body).toEqual({ code: 200, message: '操作成功', data: { publicKey: expect.stringContaining('-----BEGIN PUBLIC KEY-----') }, total: 0 });
    const publicKey = key.body.data.publicKey as string;
    const phone = uniquePhone();
    const secret = 'Ünïcode-Passphrase-9';
    await t.http.post('/users/register').set('word-info', encryptWordInfo(publicKey, secret)).send({ phone }).expect(200);
    const login = await t.http.post('/users/login').set('word-info', encryptWordInfo(publicKey, secret)).send({ phone }).expect(200);
    expect(decodeJwt(login.body.data).payload.phone).toBe(phone);
    // RSA-OAEP is randomized: a fresh ciphertext of the same password works too.
    await t.http.post('/users/login').set('word-info', encryptWordInfo(publicKey, secret)).send({ phone }).expect(200);
    await t.http.post('/users/login').set('word-info', Buffer.from(secret).toString('base64')).send({ phone }).expect(401);
  });

  it('accepts the token in header token and as Authorization: Bearer, and nothing else', async () => {
    const token = await loginUsers(t, await registerUsers(t));
    await t.http.get('/users/info/self').set('token', token).expect(200);
    await t.http.get('/users/info/self').set('Authorization', `Bearer ${token}`).expect(200);
    const missing = await t.http.get('/users/info/self').expect(401);
    expect(missing.body).toEqual(failure(401, '未登录，请在请求头 token 中携带登录凭证'));
    const garbage = await t.http.get('/users/info/self').set('token', 'not.a.token').expect(401);
    expect(garbage.body).toEqual(failure(401, 'token无效，请重新登录'));
    const v2 = await registerV2(t);
    const foreign = await t.http.get('/users/info/self').set('token', v2.access_token).expect(401);
    expect(foreign.body).toEqual(failure(401, 'token无效，请重新登录'));
  });

  it('renews a valid token; the old one stops working', async () => {
    const phone = await registerUsers(t);
    const token = await loginUsers(t, phone, PASSWORD, { terminal: 'app' });
    const renewed = await t.http.get('/users/token/refresh').set(tokenHeader(token)).expect(200);
    expect(renewed.body).toEqual({ code: 200, message: '操作成功', data: expect.any(String), total: 0 });
    expect(decodeJwt(renewed.body.data).payload).toMatchObject({ phone, terminal: 'APP' });
    await t.http.get('/users/info/self').set(tokenHeader(renewed.body.data)).expect(200);
    const old = await t.http.get('/users/info/self').set(tokenHeader(token)).expect(401);
    expect(old.body).toEqual(failure(401, 'token无效，请重新登录'));
    await t.http.get('/users/token/refresh').set(tokenHeader(token)).expect(401);
  });

  it('renews an expired token within 2 hours of its expiry, not later', async () => {
    const phone = await registerUsers(t);
    const token = await loginUsers(t, phone);
    const late = await loginUsers(t, phone);
    t.clock.advance(24 * 3600 + 60);
    const expired = await t.http.get('/users/info/self').set(tokenHeader(token)).expect(401);
    expect(expired.body).toEqual(failure(401, 'token已过期，请重新登录'));
    t.clock.advance(3600);
    const renewed = await t.http.get('/users/token/refresh').set('Authorization', `Bearer ${token}`).expect(200);
    await t.http.get('/users/info/self').set(tokenHeader(renewed.body.data)).expect(200);
    t.clock.advance(3600);
    const tooLate = await t.http.get('/users/token/refresh').set(tokenHeader(late)).expect(401);
    expect(tooLate.body).toEqual(failure(401, 'token已过期，请重新登录'));
    const none = await t.http.get('/users/token/refresh').expect(401);
    expect(none.body.code).toBe(401);
  });

  it('exits: the token stops working, other sessions go on', async () => {
    const phone = await registerUsers(t);
    const token = await loginUsers(t, phone);
    const other = await loginUsers(t, phone);
    const exit = await t.http.get('/users/exit').set(tokenHeader(token)).expect(200);
    expect(exit.body).toEqual({ code: 200, message: '操作成功', data: '已退出', total: 0 });
    await t.http.get('/users/info/self').set(tokenHeader(token)).expect(401);
    await t.http.get('/users/token/refresh').set(tokenHeader(token)).expect(401);
    await t.http.get('/users/info/self').set(tokenHeader(other)).expect(200);
  });

  it('answers unknown routes, bad JSON and WeChat without configuration in the envelope', async () => {
    const route = await t.http.get('/users/nothing-here').expect(404);
    expect(route.body).toEqual(failure(404, '接口不存在'));
    const json = await t.http.post('/users/login').set('Content-Type', 'application/json').send('{"phone": ').expect(400);
    expect(json.body).toEqual(failure(400, '请求格式错误'));
    const huge = await t.http.post('/users/login').send({ phone: '1', filler: 'x'.repeat(100_000) }).expect(400);
    expect(huge.body).toEqual(failure(400, '请求内容过大'));
    const array = await t.http.post('/users/login').send([1, 2]).expect(400);
    expect(array.body.code).toBe(400);
    const wechat = await t.http.post('/users/login').send({ code: 'ok:someone' }).expect(501);
    expect(wechat.body).toEqual(failure(501, '未开通微信登录'));
    const file = await t.http.get('/files/00000000-0000-4000-8000-000000000000.png').expect(404);
    expect(file.body).toEqual(failure(404, '资源不存在'));
  });
});

describe('users: rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '2' });
  });
  afterAll(() => t.close());

  it('answers 429 in the envelope past the per-minute limit on sign-in', async () => {
    const phone = uniquePhone();
    await t.http.post('/users/login').set('word-info', PASSWORD).send({ phone }).expect(404);
    await t.http.post('/users/login').set('word-info', PASSWORD).send({ phone }).expect(404);
    const limited = await t.http.post('/users/login').set('word-info', PASSWORD).send({ phone }).expect(429);
    expect(limited.body).toEqual(failure(429, '请求过于频繁，请稍后再试'));
    const body = limited.body as UsersBody;
    expect(body.total).toBe(0);
  });

  it('counts linking attempts before the token is checked', async () => {
    await t.http.post('/users/info/associate').set('token', 'forged').send({ phone: uniquePhone() }).expect(401);
    await t.http.post('/users/info/associate').set('token', 'forged').send({ phone: uniquePhone() }).expect(401);
    const limited = await t.http.post('/users/info/associate').set('token', 'forged').send({ phone: uniquePhone() }).expect(429);
    expect(limited.body).toEqual(failure(429, '请求过于频繁，请稍后再试'));
  });
});

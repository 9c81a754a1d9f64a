import { createTestApp, TestApp, uniquePhone } from '../support/test-app';
import { GOOD_PASSWORD, registerVcode, sendVcode, TOKEN_PATTERN } from './vcode-helpers';

/** A body in vcode's envelope: a digit string code and a message. */
const isVcodeShaped = (body: unknown): boolean =>
  typeof body === 'object' && body !== null && typeof (body as { code?: unknown }).code === 'string' && /^\d+$/.test((body as { code: string }).code);

describe('vcode envelope and routing', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('serves POST /api/user/logIn in the vcode envelope, and leaves POST /api/user/login to another contract', async () => {
    const phone = uniquePhone();
    await registerVcode(t, phone);
    const vcode = await t.http.post('/api/user/logIn').send({ userName: phone, password: GOOD_PASSWORD }).expect(200);
    expect(vcode.body).toMatchObject({ code: '0', message: 'SUCCESS', data: { userName: phone } });
    expect(vcode.body.data.token).toMatch(TOKEN_PATTERN);

    const lowerCase = await t.http.post('/api/user/login').send({ userName: phone, password: GOOD_PASSWORD });
    expect(isVcodeShaped(lowerCase.body)).toBe(false);
    expect(JSON.stringify(lowerCase.body)).not.toMatch(/"token":"[A-Za-z]{32}"/);
    const upperCase = await t.http.post('/api/user/LOGIN').send({ userName: phone, password: GOOD_PASSWORD });
    expect(isVcodeShaped(upperCase.body)).toBe(false);
  });

  it('answers unknown routes under /api/vcode and wrong methods on its routes in its envelope, HTTP 200', async () => {
    await t.http.post('/api/vcode/nope').send({}).expect(200, { code: '1', message: '接口不存在' });
    await t.http.get('/api/vcode/send').expect(200, { code: '1', message: '接口不存在' });
    await t.http.get('/api/user/logIn').expect(200, { code: '1', message: '接口不存在' });
    await t.http.get('/api/user/get').expect(200, { code: '1', message: '接口不存在' });
  });

  it('answers bad JSON, a trailing slash and an over-large body in its envelope', async () => {
    for (const path of ['/api/user/register', '/api/user/perfectInfo', '/api/vcode/verify']) {
      const response = await t.http.post(path).set('Content-Type', 'application/json').send('{"userName": ').expect(200);
      expect(response.body).toEqual({ code: '1', message: '请求参数格式错误' });
    }
    await t.http
      .post('/api/user/logIn/')
      .send({ userName: uniquePhone(), password: GOOD_PASSWORD })
      .expect(200, { code: '1', message: '用户不存在' });
    const big = await t.http.post('/api/user/logIn').send({ userName: uniquePhone(), password: 'x'.repeat(100_000) }).expect(200);
    expect(big.body).toEqual({ code: '1', message: '请求内容过大' });
  });

  it('refuses a JSON body that is not an object', async () => {
    await t.http
      .post('/api/user/logIn')
      .set('Content-Type', 'application/json')
      .send('[1,2]')
      .expect(200, { code: '1', message: '请求参数格式错误：body 必须是对象' });
  });

  it('ignores unknown fields', async () => {
    const phone = uniquePhone();
    const code = await sendVcode(t, phone);
    const response = await t.http
      .post('/api/user/register')
      .send({ userName: phone, password: GOOD_PASSWORD, code, role: 'ADMIN', id: 1, nickName: 'sneaky' })
      .expect(200);
    const { body } = await t.http.post('/api/user/get').send({ token: response.body.data.token }).expect(200);
    expect(body.data).toMatchObject({ role: 'USER', nickName: null });
  });
});

describe('vcode limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '3', SMS_DAILY_LIMIT_PER_PHONE: '1' });
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('answers code 1 over the per-minute request limit of sign-in', async () => {
    const body = { userName: uniquePhone(), password: GOOD_PASSWORD };
    for (let i = 0; i < 3; i += 1) {
      await t.http.post('/api/user/logIn').send(body).expect(200, { code: '1', message: '用户不存在' });
    }
    await t.http.post('/api/user/logIn').send(body).expect(200, { code: '1', message: '请求过于频繁，请稍后再试' });
  });

  it('answers code 1 when the phone has had its SMS of the day', async () => {
    const phone = uniquePhone();
    await sendVcode(t, phone);
    t.clock.advance(61);
    await t.http.post('/api/vcode/send').send({ phone }).expect(200, { code: '1', message: '短信发送次数已达上限，请稍后再试' });
  });
});

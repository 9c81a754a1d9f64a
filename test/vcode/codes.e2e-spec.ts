import { createTestApp, TestApp, uniquePhone } from '../support/test-app';
import { registerV2 } from '../support/v2-helpers';
import { GOOD_PASSWORD, sendVcode } from './vcode-helpers';

describe('vcode verification codes: /api/vcode/send and /api/vcode/verify', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('sends a 6-digit SMS code to the phone in E.164', async () => {
    const phone = uniquePhone();
    const response = await t.http.post('/api/vcode/send').send({ phone }).expect(200);
    expect(response.body).toEqual({ code: '0', message: 'SUCCESS' });
    const message = t.outbox().reverse().find((entry) => entry.to === `+86${phone}`);
    expect(message).toMatchObject({ channel: 'sms', to: `+86${phone}` });
    expect(message!.code).toMatch(/^\d{6}$/);
  });

  it('accepts the phone as +86…, with spaces, and as a form field', async () => {
    const [a, b, c] = [uniquePhone(), uniquePhone(), uniquePhone()];
    await t.http.post('/api/vcode/send').send({ phone: `+86${a}` }).expect(200, { code: '0', message: 'SUCCESS' });
    await t.http
      .post('/api/vcode/send')
      .send({ phone: `86 ${b.slice(0, 3)} ${b.slice(3, 7)} ${b.slice(7)}` })
      .expect(200, { code: '0', message: 'SUCCESS' });
    await t.http.post('/api/vcode/send').type('form').send({ phone: c }).expect(200, { code: '0', message: 'SUCCESS' });
    for (const phone of [a, b, c]) expect(t.lastCode(`+86${phone}`)).toMatch(/^\d{6}$/);
  });

  it('answers 1 请求参数格式错误 for a missing, malformed or wrongly typed phone', async () => {
    for (const body of [{}, { phone: '' }, { phone: '12345' }, { phone: 'not a phone' }, { phone: 13812345678 }, { phone: 'x'.repeat(40) }]) {
      const response = await t.http.post('/api/vcode/send').send(body).expect(200);
      expect(response.body).toEqual({ code: '1', message: '请求参数格式错误' });
    }
    const badJson = await t.http.post('/api/vcode/send').set('Content-Type', 'application/json').send('{"phone": ').expect(200);
    expect(badJson.body).toEqual({ code: '1', message: '请求参数格式错误' });
  });

  it('refuses a second send to the same phone within a minute, then sends again', async () => {
    const phone = uniquePhone();
    await sendVcode(t, phone);
    const again = await t.http.post('/api/vcode/send').send({ phone }).expect(200);
    expect(again.body).toEqual({ code: '1', message: '验证码发送过于频繁，请60秒后再试' });
    t.clock.advance(61);
    await sendVcode(t, phone);
  });

  it('verifies a right code without using it up: registration still takes it', async () => {
    const phone = uniquePhone();
    const code = await sendVcode(t, phone);
    await t.http.post('/api/vcode/verify').send({ phone, code }).expect(200, { code: '0', message: '验证成功' });
    await t.http.post('/api/vcode/verify').type('form').send({ phone: `+86${phone}`, code }).expect(200, { code: '0', message: '验证成功' });
    const registered = await t.http.post('/api/user/register').send({ userName: phone, password: GOOD_PASSWORD, code }).expect(200);
    expect(registered.body.code).toBe('0');
    // Used up by the registration: verify now fails.
    await t.http.post('/api/vcode/verify').send({ phone, code }).expect(200, { code: '1', message: '验证失败' });
  });

  it('answers 1 验证失败 for a wrong code, a phone never sent one, and an expired code', async () => {
    const phone = uniquePhone();
    const code = await sendVcode(t, phone);
    const wrong = code === '000000' ? '111111' : '000000';
    await t.http.post('/api/vcode/verify').send({ phone, code: wrong }).expect(200, { code: '1', message: '验证失败' });
    await t.http.post('/api/vcode/verify').send({ phone: uniquePhone(), code }).expect(200, { code: '1', message: '验证失败' });
    t.clock.advance(10 * 60 + 1);
    await t.http.post('/api/vcode/verify').send({ phone, code }).expect(200, { code: '1', message: '验证失败' });
  });

  it('counts wrong answers as tries: after 5 the right code fails too', async () => {
    const phone = uniquePhone();
    const code = await sendVcode(t, phone);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i += 1) {
      await t.http.post('/api/vcode/verify').send({ phone, code: wrong }).expect(200, { code: '1', message: '验证失败' });
    }
    await t.http.post('/api/vcode/verify').send({ phone, code }).expect(200, { code: '1', message: '验证失败' });
    const register = await t.http.post('/api/user/register').send({ userName: phone, password: GOOD_PASSWORD, code }).expect(200);
    expect(register.body).toEqual({ code: '4', message: '验证码无效' });
  });

  it('does not accept a code another API sent (v2)', async () => {
    const phone = uniquePhone();
    await t.http.post('/v2/verification-codes').send({ channel: 'sms', target: phone, purpose: 'register' }).expect(202);
    const v2Code = t.lastCode(`+86${phone}`);
    await t.http.post('/api/vcode/verify').send({ phone, code: v2Code }).expect(200, { code: '1', message: '验证失败' });
    // …while v2 still takes it for its own registration.
    await registerV2(t, { phone, code: v2Code });
  });

  it('answers a validation error as code 1 naming the field', async () => {
    const response = await t.http.post('/api/vcode/verify').send({ phone: uniquePhone() }).expect(200);
    expect(response.body).toEqual({ code: '1', message: '请求参数格式错误：code 不能为空' });
  });
});

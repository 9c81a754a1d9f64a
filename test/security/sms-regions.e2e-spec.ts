import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { bearer, GOOD_PASSWORD, registerV2, registerV2WithPhone } from '../support/v2-helpers';
import { call, invalid, signedInUser, SUCCESS } from '../infinite/infinite-helpers';
import { createVenusUser, expectVenusError, venusSession } from '../venus/venus-helpers';

/**
 * SMS pumping: a phone outside SMS_ALLOWED_REGIONS (CN unless set) never
 * receives a code and never enters an account, through any contract; an
 * account that already has such a phone still signs in with it.
 */

// Valid numbers of regions CN does not cover: non-geographic (+882), Somalia, Oman, Hong Kong, the US.
const FOREIGN = ['+88216123456', '+252612345678', '+96891234567', '+85251234567', '+14155552671'];
const HONG_KONG = '+85251234567';

const sentTo = (t: TestApp, phone: string) => t.outbox().filter((message) => message.to === phone);

describe('SMS_ALLOWED_REGIONS (default CN): where a new phone enters', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('v2 sends no code outside the regions and says why', async () => {
    for (const phone of FOREIGN) {
      const response = await t.http.post('/v2/verification-codes').send({ channel: 'sms', target: phone, purpose: 'register' }).expect(400);
      expect(response.body).toMatchObject({ code: 'validation_failed', errors: { target: ['region'] } });
      expect(sentTo(t, phone)).toEqual([]);
    }
    await t.http.post('/v2/verification-codes').send({ channel: 'sms', target: uniquePhone(), purpose: 'register' }).expect(202);
  });

  it('v2 registers no account with such a phone, nor changes an account to it', async () => {
    const register = await t.http.post('/v2/auth/register').send({ username: uniqueName(), password: GOOD_PASSWORD, phone: HONG_KONG, code: '123456' });
    expect(register.status).toBe(400);
    expect(register.body).toMatchObject({ code: 'validation_failed', errors: { phone: ['region'] } });
    const { access_token } = await registerV2(t);
    const change = await t.http.put('/v2/me/phone').set(bearer(access_token)).send({ phone: HONG_KONG, code: '123456' }).expect(400);
    expect(change.body).toMatchObject({ code: 'validation_failed', errors: { phone: ['region'] } });
  });

  it('venus creates no account with it and changes no account to it', async () => {
    const body = { user_name: uniqueName('venus'), password: GOOD_PASSWORD, phone_number: '+96891234567' };
    expectVenusError(await t.http.post('/venus/auth/user/create').send(body), 400, 10001, 'invalid_params');
    const user = await venusSession(t);
    expectVenusError(await t.http.post('/venus/user/info').set('token', user.token).send({ phone_number: '+252612345678' }), 400, 10001, 'invalid_params');
    await createVenusUser(t, { phone_number: uniquePhone() });
  });

  it('users registers no account with it', async () => {
    const response = await t.http.post('/users/register').set('word-info', GOOD_PASSWORD).send({ phone: '+88216123456' }).expect(400);
    expect(response.body).toEqual({ code: 400, message: '参数错误：phone不在可接收短信的国家或地区', data: null, total: 0 });
  });

  it('infinite texts no code to a dictionary region outside the list, nor moves an account to it', async () => {
    const response = await call(t, 'generateSmsCode', { internationalCode: '852', mobile: '51234567' }).expect(200);
    expect(response.body).toEqual(invalid('mobile', 'pattern'));
    expect(sentTo(t, HONG_KONG)).toEqual([]);
    const mobile = uniquePhone();
    expect((await call(t, 'generateSmsCode', { internationalCode: '86', mobile })).body).toEqual({ ...SUCCESS, data: {} });
    const user = await signedInUser(t);
    const change = await call(t, 'editUserMobile', { mobile: HONG_KONG, smsCode: '123456', password: user.password }, user.token);
    expect(change.body).toEqual(invalid('mobile', 'pattern'));
  });

  it('oauth-v1 sends no code there', async () => {
    for (const type of [1, 2, 3]) {
      const response = await t.http.get('/api/v1/users/validation_code').query({ phone: '+14155552671', type }).expect(200);
      expect(response.body).toEqual({ result: 0, error: '不支持该国家或地区的手机号' });
    }
    expect(sentTo(t, '+14155552671')).toEqual([]);
  });

  it('vcode sends no code there and registers nobody with it', async () => {
    expect((await t.http.post('/api/vcode/send').send({ phone: '+252612345678' }).expect(200)).body).toEqual({ code: '1', message: '请求参数格式错误' });
    expect(sentTo(t, '+252612345678')).toEqual([]);
    const register = await t.http.post('/api/user/register').send({ userName: '+252612345678', password: GOOD_PASSWORD, code: '123456' }).expect(200);
    expect(register.body.code).toBe('1');
    expect(register.body.message).toBe('请求参数格式错误：phone 不在可接收短信的国家或地区');
  });
});

describe('SMS_ALLOWED_REGIONS=CN,HK, then back to CN', () => {
  let wide: TestApp;
  let narrow: TestApp | undefined;
  afterAll(async () => {
    await narrow?.close();
    await wide.close();
  });

  it('sends where configured, and an account given such a phone keeps signing in with it once the region is dropped', async () => {
    wide = await createTestApp({ SMS_ALLOWED_REGIONS: 'cn,HK' });
    const infinite = await call(wide, 'generateSmsCode', { internationalCode: '852', mobile: '51234567' }).expect(200);
    expect(infinite.body).toEqual({ ...SUCCESS, data: {} });
    expect(wide.lastCode(HONG_KONG)).toMatch(/^\d{6}$/);
    wide.clock.advance(61);
    await wide.http.post('/v2/verification-codes').send({ channel: 'sms', target: HONG_KONG, purpose: 'register' }).expect(202);
    const username = uniqueName('hk');
    await wide.http.post('/v2/auth/register').send({ username, password: GOOD_PASSWORD, phone: HONG_KONG, code: wide.lastCode(HONG_KONG) }).expect(201);
    await registerV2WithPhone(wide, uniquePhone());
    const macau = await wide.http.post('/v2/verification-codes').send({ channel: 'sms', target: '+85366123456', purpose: 'register' }).expect(400);
    expect(macau.body).toMatchObject({ errors: { target: ['region'] } });

    // The same store, served with the default regions.
    narrow = await createTestApp(wide.databaseUrl ? { DATABASE_URL: wide.databaseUrl } : { DATA_DIR: wide.dataDir });
    const v2 = await narrow.http.post('/v2/auth/login').send({ identifier: HONG_KONG, password: GOOD_PASSWORD }).expect(200);
    expect(v2.body.user).toMatchObject({ username, phone: HONG_KONG });
    const venus = await narrow.http.post('/venus/auth/user/signin_with_phone').send({ phone_number: HONG_KONG, password: GOOD_PASSWORD }).expect(200);
    expect(Object.keys(venus.body)).toEqual(['token']);
    await narrow.http.post('/users/login').set('word-info', GOOD_PASSWORD).send({ phone: HONG_KONG }).expect(200);
    // No more codes go there, not even to sign in or reset the password.
    narrow.clock.advance(61);
    const before = narrow.outbox().length;
    for (const purpose of ['login', 'reset_password']) {
      const refused = await narrow.http.post('/v2/verification-codes').send({ channel: 'sms', target: HONG_KONG, purpose }).expect(400);
      expect(refused.body).toMatchObject({ errors: { target: ['region'] } });
    }
    expect(narrow.outbox()).toHaveLength(before);
  });
});

import { newSession } from '../support/contract-sessions';
import { SmsProviderStub } from '../support/sms-provider-stub';
import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { GOOD_PASSWORD } from '../support/v2-helpers';

const TIMEOUT_MS = 1000;

interface Answer {
  status: number;
  body: unknown;
}

/** The four APIs that text codes: how each asks for one, answers, and uses one. */
interface SmsApi {
  send(t: TestApp, phone: string): Promise<Answer>;
  sent: Answer;
  failed: Answer;
  /** Uses the code for what it is for; true when it was accepted. */
  use(t: TestApp, phone: string, code: string): Promise<boolean>;
}

const answer = async (request: PromiseLike<{ status: number; body: unknown }>): Promise<Answer> => {
  const { status, body } = await request;
  return { status, body };
};

const SMS_APIS: Record<string, SmsApi> = {
  v2: {
    send: (t, phone) => answer(t.http.post('/v2/verification-codes').send({ channel: 'sms', target: phone, purpose: 'register' })),
    sent: { status: 202, body: { accepted: true, expires_in: 600, resend_after: 60 } },
    failed: { status: 502, body: expect.objectContaining({ status: 502, code: 'delivery_failed' }) as unknown },
    use: async (t, phone, code) =>
      (await t.http.post('/v2/auth/register').send({ username: uniqueName('sms'), phone, code, password: GOOD_PASSWORD })).status === 201,
  },
  infinite: {
    send: (t, phone) => answer(t.http.post('/api/user/generateSmsCode').send({ internationalCode: '86', mobile: phone })),
    sent: { status: 200, body: { code: 'General.Success', data: {}, msg: '接口调用成功' } },
    failed: { status: 200, body: { code: 'General.RpcServerError', data: {}, msg: 'Rpc服务异常' } },
    use: async (t, phone, code) => {
      const { token, account } = await newSession(t, 'infinite');
      const response = await t.http.post('/api/user/editUserMobile').set('Authorization', token).send({ mobile: phone, smsCode: code, password: account.password });
      return response.body.code === 'General.Success';
    },
  },
  'oauth-v1': {
    send: (t, phone) => answer(t.http.get('/api/v1/users/validation_code').query({ phone, type: 1 })),
    sent: { status: 200, body: { result: 1 } },
    failed: { status: 200, body: { result: 0, error: '短信发送失败' } },
    use: async (t, phone, code) => (await t.http.post('/api/v1/users/register').send({ phone, validation_code: code })).body.result === 1,
  },
  vcode: {
    send: (t, phone) => answer(t.http.post('/api/vcode/send').send({ phone })),
    sent: { status: 200, body: { code: '0', message: 'SUCCESS' } },
    failed: { status: 200, body: { code: '1', message: '验证码发送失败' } },
    use: async (t, phone, code) => (await t.http.post('/api/vcode/verify').send({ phone, code })).body.code === '0',
  },
};

describe('SMS provider faults (SMS_DRIVER=http): bounded, answered in each envelope, nothing half-written', () => {
  let t: TestApp;
  const stub = new SmsProviderStub();

  beforeAll(async () => {
    await stub.up();
    t = await createTestApp({
      SMS_DRIVER: 'http',
      SMS_HTTP_URL: stub.url,
      SMS_HTTP_TOKEN: stub.token,
      UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS),
      ARGON2_MEMORY_KIB: '1024',
      ARGON2_TIME_COST: '1',
    });
  });
  afterAll(async () => {
    await t.close();
    await stub.down();
  });

  it('texts the code through the provider, with its bearer token (control)', async () => {
    const phone = uniquePhone();
    expect(await SMS_APIS.vcode.send(t, phone)).toEqual(SMS_APIS.vcode.sent);
    const request = stub.requests.at(-1)!;
    expect(request).toEqual({
      authorization: `Bearer ${stub.token}`,
      body: { to: `+86${phone}`, text: expect.stringContaining(request.body.code), code: expect.stringMatching(/^\d{6}$/), purpose: expect.any(String) },
    });
    expect(t.outbox()).toEqual([]);
  });

  const faults = {
    'slow beyond UPSTREAM_TIMEOUT_MS': { fail: () => void (stub.mode = 'slow'), recover: () => void (stub.mode = 'ok') },
    'answering HTTP 500': { fail: () => void (stub.mode = 'error'), recover: () => void (stub.mode = 'ok') },
    down: { fail: () => stub.down(), recover: () => stub.up() },
  };

  it.each(Object.keys(faults) as (keyof typeof faults)[])('provider %s', async (fault) => {
    for (const [name, api] of Object.entries(SMS_APIS)) {
      const phone = uniquePhone();
      await faults[fault].fail();
      const started = Date.now();
      const refused = await api.send(t, phone);
      const elapsed = Date.now() - started;
      expect({ name, refused }).toEqual({ name, refused: api.failed });
      // Bounded by the timeout, long before the slow provider would have answered.
      expect({ name, answeredBeforeTheProvider: elapsed < stub.slowMs / 2 }).toEqual({ name, answeredBeforeTheProvider: true });

      // A code the provider saw for a failed send was not kept.
      const lost = stub.lastCodeTo(`+86${phone}`);
      if (lost) expect({ name, accepted: await api.use(t, phone, lost) }).toEqual({ name, accepted: false });

      // Once the provider is back, a send works at once (no stale 60-second throttle), and its code serves.
      await faults[fault].recover();
      expect({ name, again: await api.send(t, phone) }).toEqual({ name, again: api.sent });
      const code = stub.lastCodeTo(`+86${phone}`)!;
      expect(code).not.toBe(lost);
      expect({ name, accepted: await api.use(t, phone, code) }).toEqual({ name, accepted: true });
    }
  }, 60_000);
});

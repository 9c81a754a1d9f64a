import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createTestApp, TestApp, uniquePhone } from '../support/test-app';
import { call, failure, invalid, loginInfinite, newUser, OTHER_PASSWORD, registerInfinite, SUCCESS } from './infinite-helpers';

const OK = { ...SUCCESS, data: {} };
const OVER_SMS_LIMITS = failure('Account.OverGlobalSmsSendLimits', '超过全局短信发送限制');

describe('infinite verification codes (outbox)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('emails a 6-digit code to any address, lower-cased', async () => {
    const email = `${newUser('Code').username}@Example.COM`;
    expect((await call(t, 'emailVerifyCode', { email }).expect(200)).body).toEqual(OK);
    const sent = t.outbox().filter((message) => message.to === email.toLowerCase());
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ channel: 'email', purpose: 'any' });
    expect(sent[0].code).toMatch(/^\d{6}$/);
  });

  it('sends one code per target a minute', async () => {
    const email = newUser('twice').email;
    await call(t, 'emailVerifyCode', { email }).expect(200);
    const again = await call(t, 'emailVerifyCode', { email }).expect(200);
    expect(again.body).toEqual(failure('General.Failure', '接口调用失败', { retryAfter: 60 }));
    t.clock.advance(61);
    expect((await call(t, 'emailVerifyCode', { email })).body).toEqual(OK);
  });

  it('validates the email', async () => {
    expect((await call(t, 'emailVerifyCode', {})).body).toEqual(invalid('email', 'notBlank'));
    expect((await call(t, 'emailVerifyCode', { email: 'not an email' })).body).toEqual(invalid('email', 'pattern'));
    expect((await call(t, 'emailVerifyCode', { email: ['a@b.cn'] })).body).toEqual(invalid('email', 'pattern'));
  });

  it('texts a code to the phone made of internationalCode and mobile', async () => {
    const mobile = uniquePhone();
    expect((await call(t, 'generateSmsCode', { internationalCode: '86', mobile }).expect(200)).body).toEqual(OK);
    expect(t.lastCode(`+86${mobile}`)).toMatch(/^\d{6}$/);
    // A dictionary code outside SMS_ALLOWED_REGIONS (CN by default): test/security/sms-regions.e2e-spec.ts sends there when allowed.
    const hongKong = await t.http.post('/api/user/generateSmsCode').type('form').send({ internationalCode: '852', mobile: '51234567' });
    expect(hongKong.body).toEqual(invalid('mobile', 'pattern'));
    expect(t.outbox().some((message) => message.to === '+85251234567')).toBe(false);
    const numeric = uniquePhone();
    expect((await call(t, 'generateSmsCode', { internationalCode: 86, mobile: Number(numeric) })).body).toEqual(OK);
    expect(t.lastCode(`+86${numeric}`)).toMatch(/^\d{6}$/);
  });

  it('answers the dictionary error as the document shows, and other field errors', async () => {
    const response = await call(t, 'generateSmsCode', { internationalCode: '999', mobile: uniquePhone() }).expect(200);
    expect(response.body).toEqual({
      code: 'General.ParameterInvalid',
      data: { ruleViolated: { internationalCode: ['notContainsDict'] } },
      msg: '[internationalcode] dict error.',
    });
    expect((await call(t, 'generateSmsCode', { internationalCode: '86' })).body).toEqual(invalid('mobile', 'notBlank'));
    expect((await call(t, 'generateSmsCode', { internationalCode: '86', mobile: '12345' })).body).toEqual(invalid('mobile', 'pattern'));
    expect((await call(t, 'generateSmsCode', { internationalCode: '86', mobile: '1'.repeat(17) })).body).toEqual(invalid('mobile', 'length'));
  });

  it('kills a code after five wrong tries', async () => {
    const user = await registerInfinite(t);
    await call(t, 'emailVerifyCode', { email: user.email }).expect(200);
    const code = t.lastCode(user.email);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i += 1) {
      await call(t, 'resetUserPassword', { email: user.email, password: OTHER_PASSWORD, verifyCode: wrong }).expect(200);
    }
    const right = await call(t, 'resetUserPassword', { email: user.email, password: OTHER_PASSWORD, verifyCode: code });
    expect(right.body).toEqual(failure('Account.VerifyCodeError', '验证码检验失败'));
  });

  it('refuses codes older than ten minutes', async () => {
    const user = await registerInfinite(t);
    await call(t, 'emailVerifyCode', { email: user.email }).expect(200);
    t.clock.advance(601);
    const late = await call(t, 'resetUserPassword', { email: user.email, password: OTHER_PASSWORD, verifyCode: t.lastCode(user.email) });
    expect(late.body).toEqual(failure('Account.VerifyCodeError', '验证码检验失败'));
  });
});

describe('infinite SMS caps', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SMS_DAILY_LIMIT_PER_PHONE: '2', SMS_HOURLY_LIMIT: '4' });
  });
  afterAll(() => t.close());

  const send = (mobile: string) => call(t, 'generateSmsCode', { internationalCode: '86', mobile }).expect(200);

  it('answers Account.OverGlobalSmsSendLimits over the daily cap of a phone, then the hourly cap of the service', async () => {
    const phone = uniquePhone();
    expect((await send(phone)).body).toEqual(OK);
    t.clock.advance(61);
    expect((await send(phone)).body).toEqual(OK);
    t.clock.advance(61);
    expect((await send(phone)).body).toEqual(OVER_SMS_LIMITS);

    expect((await send(uniquePhone())).body).toEqual(OK);
    expect((await send(uniquePhone())).body).toEqual(OK);
    expect((await send(uniquePhone())).body).toEqual(OVER_SMS_LIMITS);
    t.clock.advance(3600);
    expect((await send(uniquePhone())).body).toEqual(OK);
  });
});

describe('infinite email codes through SMTP', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  const mails: { to: string[]; raw: string }[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((address) => address.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    t = await createTestApp({ EMAIL_DRIVER: 'smtp', SMTP_URL: `smtp://127.0.0.1:${port}?starttls=false`, SMTP_FROM: 'Infinite <no-reply@infinite.test>' });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('mails the code, which then resets the password', async () => {
    const user = await registerInfinite(t);
    expect((await call(t, 'emailVerifyCode', { email: user.email }).expect(200)).body).toEqual(OK);
    const mail = mails.find((entry) => entry.to.includes(user.email));
    expect(mail).toBeDefined();
    expect(mail!.raw).toMatch(/^From: Infinite <no-reply@infinite\.test>/m);
    const code = /^Subject: Verification code (\d{6})/m.exec(mail!.raw)?.[1];
    expect(code).toMatch(/^\d{6}$/);
    expect(t.outbox().filter((message) => message.to === user.email)).toHaveLength(0);

    const reset = await call(t, 'resetUserPassword', { email: user.email, password: OTHER_PASSWORD, verifyCode: code });
    expect(reset.body).toEqual(OK);
    await loginInfinite(t, { email: user.email, password: OTHER_PASSWORD });
  });

  it('answers General.RpcServerError when the SMTP server is gone, and lets the address ask again', async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    const email = newUser('down').email;
    expect((await call(t, 'emailVerifyCode', { email }).expect(200)).body).toEqual(failure('General.RpcServerError', 'Rpc服务异常'));
    expect((await call(t, 'emailVerifyCode', { email })).body.code).toBe('General.RpcServerError');
  });
});

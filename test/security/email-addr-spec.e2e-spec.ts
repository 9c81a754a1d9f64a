import { createTestApp, TestApp, uniqueName } from '../support/test-app';
import { bearer, GOOD_PASSWORD, registerV2 } from '../support/v2-helpers';
import { call, invalid, newUser, signedInUser } from '../infinite/infinite-helpers';
import { registerVcode } from '../vcode/vcode-helpers';

/**
 * An email field holds one addr-spec: no display name, angle brackets, list,
 * quoted local part or header break, which a mailer would read as other or
 * more recipients. Every contract that takes an email refuses the rest and
 * sends nothing.
 */
const NOT_ONE_ADDRESS = (domain: string) => [
  `<x@${domain}>`,
  `x@${domain},root`,
  `x@${domain}, y@${domain}`,
  `Eve <x@${domain}>`,
  `"x@${domain}"@example.com`,
  `x@${domain}\nbcc: y@${domain}`,
];

describe('emails are single addr-specs in every contract', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** Nothing was mailed to any address of the domain. */
  const mailedTo = (domain: string) => t.outbox().filter((message) => message.channel === 'email' && message.to.includes(domain));

  it('v2 refuses them to register, for codes, as a new email, and finds no account by them', async () => {
    const domain = `${uniqueName('evil')}.com`;
    const { access_token } = await registerV2(t);
    for (const email of NOT_ONE_ADDRESS(domain)) {
      const register = await t.http.post('/v2/auth/register').send({ username: uniqueName(), email, password: GOOD_PASSWORD }).expect(400);
      expect(register.body).toMatchObject({ code: 'validation_failed', errors: { email: ['pattern'] } });
      const code = await t.http.post('/v2/verification-codes').send({ channel: 'email', target: email, purpose: 'register' }).expect(400);
      expect(code.body).toMatchObject({ code: 'validation_failed', errors: { target: ['pattern'] } });
      const change = await t.http.put('/v2/me/email').set(bearer(access_token)).send({ email, code: '123456' }).expect(400);
      expect(change.body).toMatchObject({ code: 'validation_failed', errors: { email: ['pattern'] } });
    }
    expect(mailedTo(domain)).toEqual([]);
    // A plain address of the same domain is fine, and signs in; its decorated forms do not.
    const plain = `x@${domain}`;
    await registerV2(t, { email: plain });
    await t.http.post('/v2/auth/login').send({ identifier: plain, password: GOOD_PASSWORD }).expect(200);
    await t.http.post('/v2/auth/login').send({ identifier: `<${plain}>`, password: GOOD_PASSWORD }).expect(401);
  });

  it('infinite refuses them to register, for codes and as a new email', async () => {
    const domain = `${uniqueName('evil')}.com`;
    const user = await signedInUser(t);
    for (const email of NOT_ONE_ADDRESS(domain)) {
      expect((await call(t, 'registerIndividual', { ...newUser(), email }).expect(200)).body).toEqual(invalid('email', 'pattern'));
      expect((await call(t, 'emailVerifyCode', { email }).expect(200)).body).toEqual(invalid('email', 'pattern'));
      const change = await call(t, 'modifyUserEmail', { password: user.password, oriEmail: user.email, email, verifyCode: '123456' }, user.token);
      expect(change.body).toEqual(invalid('email', 'pattern'));
    }
    expect(mailedTo(domain)).toEqual([]);
  });

  it('vcode perfectInfo refuses them and keeps the email', async () => {
    const domain = `${uniqueName('evil')}.com`;
    const { userName, token } = await registerVcode(t);
    for (const email of NOT_ONE_ADDRESS(domain)) {
      const response = await t.http.post('/api/user/perfectInfo').send({ userName, token, email }).expect(200);
      expect(response.body).toEqual({ code: '1', message: '请求参数格式错误：email 格式不正确' });
    }
    const account = await t.http.post('/api/user/get').send({ token }).expect(200);
    expect(account.body.data.email ?? null).toBeNull();
  });
});

import { createAccount, oauthClient } from '../support/contract-sessions';
import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { GOOD_PASSWORD } from '../support/v2-helpers';

type Outcome = 'won' | string;

/** Runs n copies of a request at once and tallies the outcomes ('won' or the failure body). */
async function race(n: number, attempt: (i: number) => Promise<Outcome>): Promise<Record<string, number>> {
  const outcomes = await Promise.all(Array.from({ length: n }, (_, i) => attempt(i)));
  const tally: Record<string, number> = {};
  for (const outcome of outcomes) tally[outcome] = (tally[outcome] ?? 0) + 1;
  return tally;
}

const body = (response: { body: unknown }) => JSON.stringify(response.body);

/** The legacy contracts' registrations, codes, tickets and renewals settle with exactly one winner. */
describe('races on the legacy contracts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('venus: 50 parallel registrations of one phone (no code) give one account', async () => {
    const phone = uniquePhone();
    const tally = await race(50, async () => {
      const response = await t.http.post('/venus/auth/user/create').send({ user_name: uniqueName('vr'), password: GOOD_PASSWORD, phone_number: phone });
      return response.status === 200 ? 'won' : `${response.status} ${body(response)}`;
    });
    expect(tally).toEqual({ won: 1, '400 {"errorCode":10011,"errorMessage":"user_exists"}': 49 });
  });

  it('users: 50 parallel registrations of one phone give one account', async () => {
    const phone = uniquePhone();
    const tally = await race(50, async () => {
      const response = await t.http.post('/users/register').set('word-info', GOOD_PASSWORD).send({ phone, userName: 'racer' });
      return response.status === 200 ? 'won' : `${response.status} ${body(response)}`;
    });
    expect(tally).toEqual({ won: 1, '409 {"code":409,"message":"该手机号已注册","data":null,"total":0}': 49 });
  });

  it('infinite: 50 parallel registrations of one username give one account', async () => {
    const username = uniqueName('ir');
    const tally = await race(50, async (i) => {
      const response = await t.http.post('/api/user/registerIndividual').send({ username, email: `${username}${i}@example.com`, password: 'abc12345' });
      return response.body.code === 'General.Success' ? 'won' : body(response);
    });
    expect(tally).toEqual({ won: 1, '{"code":"General.UserRepeat","data":{},"msg":"用户名已存在"}': 49 });
  });

  it('vcode: 20 parallel registrations with one code give one account', async () => {
    const phone = uniquePhone();
    await t.http.post('/api/vcode/send').send({ phone }).expect(200);
    const code = t.lastCode(`+86${phone}`);
    const tally = await race(20, async () => {
      const response = await t.http.post('/api/user/register').send({ userName: phone, password: GOOD_PASSWORD, code });
      return response.body.code === '0' ? 'won' : body(response);
    });
    const { won, ...lost } = tally;
    expect(won).toBe(1);
    // A loser finds the phone taken or the code used, depending on how far it got.
    expect(Object.keys(lost).filter((answer) => !['{"code":"1","message":"您的手机号已注册"}', '{"code":"4","message":"验证码无效"}'].includes(answer))).toEqual([]);
    expect(Object.values(lost).reduce((sum, count) => sum + count, 0)).toBe(19);
  });

  it('vcode: 20 parallel password resets with one code: one resets, the code is then used', async () => {
    const account = await createAccount(t);
    await t.http.post('/api/vcode/send').send({ phone: account.phone }).expect(200);
    const code = t.lastCode(`+86${account.phone}`);
    const tally = await race(20, async (i) => {
      const response = await t.http.post('/api/user/resetPassword').send({ phone: account.phone, code, newPassword: `Reset-Racer-${i}-2026` });
      return response.body.code === '0' ? 'won' : body(response);
    });
    expect(tally).toEqual({ won: 1, '{"code":"1","message":"Token无效"}': 19 });
  });

  it('infinite: 20 parallel password resets with one email code: one resets', async () => {
    const account = await createAccount(t);
    await t.http.post('/api/user/emailVerifyCode').send({ email: account.email }).expect(200);
    const verifyCode = t.lastCode(account.email);
    const tally = await race(20, async (i) => {
      const response = await t.http.post('/api/user/resetUserPassword').send({ email: account.email, verifyCode, password: `racer${i}x2026` });
      return response.body.code === 'General.Success' ? 'won' : body(response);
    });
    expect(tally).toEqual({ won: 1, '{"code":"Account.VerifyCodeError","data":{},"msg":"验证码检验失败"}': 19 });
  });

  it('oauth-v1: 20 parallel sign-ins with one code give one oauth_login_code, and 20 grants with it one token', async () => {
    const account = await createAccount(t);
    await t.http.get('/api/v1/users/validation_code').query({ phone: account.phone, type: 2 }).expect(200, { result: 1 });
    const code = t.lastCode(`+86${account.phone}`);
    let ticket = '';
    const signIns = await race(20, async () => {
      const response = await t.http.post('/api/v1/users/login').send({ phone: account.phone, validation_code: code });
      if (response.body.result !== 1) return body(response);
      ticket = response.body.oauth_login_code as string;
      return 'won';
    });
    expect(signIns).toEqual({ won: 1, '{"result":0,"error":"校验码错误或已失效"}': 19 });

    const { clientId, clientSecret } = await oauthClient(t);
    const grants = await race(20, async () => {
      const response = await t.http
        .post('/oauth/token')
        .type('form')
        .send({ grant_type: 'password', username: account.phone, password: ticket, client_id: clientId, client_secret: clientSecret });
      return response.status === 200 ? 'won' : `${response.status} ${response.body.error}`;
    });
    expect(grants).toEqual({ won: 1, '400 invalid_grant': 19 });
  });

  it('oauth-v1: 10 parallel refreshes of one refresh token give one new pair', async () => {
    const account = await createAccount(t);
    const { clientId, clientSecret } = await oauthClient(t);
    const grant = (fields: Record<string, string>) =>
      t.http.post('/oauth/token').type('form').send({ client_id: clientId, client_secret: clientSecret, ...fields });
    const { refresh_token } = (await grant({ grant_type: 'password', username: account.phone, password: account.password }).expect(200)).body;
    const tally = await race(10, async () => {
      const response = await grant({ grant_type: 'refresh_token', refresh_token });
      return response.status === 200 ? 'won' : `${response.status} ${response.body.error}`;
    });
    expect(tally).toEqual({ won: 1, '400 invalid_grant': 9 });
  });

  it('venus and users: 10 parallel renewals of one token give one new token', async () => {
    const account = await createAccount(t);
    const venus = (await t.http.post('/venus/auth/user/signin_with_name').send({ user_name: account.username, password: account.password }).expect(200)).body.token;
    const venusTally = await race(10, async () => {
      const response = await t.http.post('/venus/token/refresh').set('token', venus);
      return response.status === 200 ? 'won' : `${response.status} ${body(response)}`;
    });
    expect(venusTally).toEqual({ won: 1, '401 {"errorCode":11001,"errorMessage":"invalid_token"}': 9 });

    const users = (await t.http.post('/users/login').set('word-info', account.password).send({ phone: account.phone }).expect(200)).body.data;
    const usersTally = await race(10, async () => {
      const response = await t.http.get('/users/token/refresh').set('token', users);
      return response.status === 200 ? 'won' : `${response.status} ${body(response)}`;
    });
    expect(usersTally).toEqual({ won: 1, '401 {"code":401,"message":"token无效，请重新登录","data":null,"total":0}': 9 });
  });
});

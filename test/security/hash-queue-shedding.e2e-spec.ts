import { Response } from 'supertest';
import Test from 'supertest/lib/test';
import { createAccount, oauthClient, TestAccount } from '../support/contract-sessions';
import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { bearer, loginV2, registerV2 } from '../support/v2-helpers';

/**
 * Password hashes wait in a bounded queue (PASSWORD_HASH_QUEUE_LIMIT) for at
 * most PASSWORD_HASH_QUEUE_WAIT_MS; past either a sign-in is answered at once
 * with its contract's rate-limit envelope, known and unknown accounts alike,
 * while requests that need no hash go on being answered. The hashes are made
 * slow (ARGON2_TIME_COST) so that a storm certainly outlasts the first hashes.
 */

/** Starts every request at once and answers them in order; `pendingWhen` counts those not yet answered when `probe` is. */
async function storm(requests: Test[], probe?: () => Promise<void>): Promise<{ answers: Response[]; pendingWhenProbed: number }> {
  let answered = 0;
  const inFlight = requests.map((request) =>
    request.then((response) => {
      answered += 1;
      return response;
    }),
  );
  let pendingWhenProbed = -1;
  if (probe) {
    await probe();
    pendingWhenProbed = requests.length - answered;
  }
  return { answers: await Promise.all(inFlight), pendingWhenProbed };
}

const isV2Shed = (answer: Response) => answer.status === 429 && answer.body.code === 'rate_limited' && answer.headers['retry-after'] === '1';

describe('a sign-in storm past the hash queue is shed in each contract envelope', () => {
  let t: TestApp;
  let accounts: TestAccount[];
  beforeAll(async () => {
    t = await createTestApp({ PASSWORD_HASH_QUEUE_LIMIT: '1', ARGON2_TIME_COST: '24' });
    accounts = [];
    for (let i = 0; i < 4; i++) accounts.push(await createAccount(t));
  });
  afterAll(() => t.close());

  it('v2: some sign-ins get 429 + Retry-After at once, the others their normal answer; /health and a token read answer meanwhile', async () => {
    const { access_token } = await registerV2(t);
    const requests = [
      ...accounts.map((account) => t.http.post('/v2/auth/login').send({ identifier: account.username, password: account.password })),
      ...accounts.map((account) => t.http.post('/v2/auth/login').send({ identifier: account.email, password: 'Wrong-password-99' })),
      ...Array.from({ length: 8 }, () => t.http.post('/v2/auth/login').send({ identifier: uniqueName('ghost'), password: 'Wrong-password-99' })),
    ];
    const { answers, pendingWhenProbed } = await storm(requests, async () => {
      await t.http.get('/health').expect(200);
      const me = await t.http.get('/v2/me').set(bearer(access_token)).expect(200);
      expect(me.body.username).toBeTruthy();
    });
    expect(pendingWhenProbed).toBeGreaterThan(0);

    const shed = answers.filter(isV2Shed);
    expect(shed.length).toBeGreaterThan(0);
    expect(shed[0].headers['content-type']).toMatch(/application\/problem\+json/);
    expect(shed[0].body).toMatchObject({ status: 429, retry_after: 1 });
    for (const [index, answer] of answers.entries()) {
      if (isV2Shed(answer)) continue;
      // Served: the right password signs in; a wrong one and an unknown account answer alike.
      if (index < accounts.length) expect(answer.status).toBe(200);
      else expect(answer.body).toMatchObject({ status: 401, code: 'invalid_credentials' });
    }
    // An unknown account's burned check is shed like a real one: a shed answer does not tell.
    expect(answers.slice(2 * accounts.length).some(isV2Shed)).toBe(true);
    // Shed sign-ins counted no failure: every account still signs in.
    for (const account of accounts) await loginV2(t, account.username, account.password);
  });

  it('venus answers 429 10029 too_many_requests', async () => {
    const { answers } = await storm(
      // 8 wrong passwords: fewer than LOGIN_MAX_FAILURES, so the served ones answer the plain failure.
      Array.from({ length: 8 }, () => t.http.post('/venus/auth/user/signin_with_name').send({ user_name: accounts[0].username, password: 'Wrong-password-99' })),
    );
    const shed = answers.filter((answer) => answer.status === 429);
    expect(shed.length).toBeGreaterThan(0);
    for (const answer of shed) expect(answer.body).toEqual({ errorCode: 10029, errorMessage: 'too_many_requests' });
    for (const answer of answers.filter((one) => one.status !== 429)) expect(answer.body).toEqual({ errorCode: 11003, errorMessage: 'invalid_oauth_code' });
  });

  it('users answers 429 in {code, message, data, total}', async () => {
    const { answers } = await storm(Array.from({ length: 10 }, () => t.http.post('/users/login').set('word-info', 'Wrong-password-99').send({ phone: uniquePhone() })));
    const shed = answers.filter((answer) => answer.status === 429);
    expect(shed.length).toBeGreaterThan(0);
    for (const answer of shed) expect(answer.body).toMatchObject({ code: 429, data: null, total: 0 });
    for (const answer of answers.filter((one) => one.status !== 429)) expect(answer.body).toMatchObject({ code: 404 });
  });

  it('infinite answers General.Failure with data.retryAfter', async () => {
    const { answers } = await storm(Array.from({ length: 10 }, () => t.http.post('/api/user/login').send({ username: uniqueName('ghost'), password: 'Wrong1234' })));
    const shed = answers.filter((answer) => answer.body.code === 'General.Failure');
    expect(shed.length).toBeGreaterThan(0);
    for (const answer of shed) expect(answer.body.data).toEqual({ retryAfter: 1 });
    for (const answer of answers.filter((one) => one.body.code !== 'General.Failure')) expect(answer.body.code).toBe('Account.VerifyError');
  });

  it('/oauth/token answers 429 temporarily_unavailable', async () => {
    const { clientId, clientSecret } = await oauthClient(t);
    const grant = () =>
      t.http
        .post('/oauth/token')
        .type('form')
        .send({ grant_type: 'password', username: uniquePhone(), password: 'Wrong-password-99', client_id: clientId, client_secret: clientSecret });
    const { answers } = await storm(Array.from({ length: 10 }, grant));
    const shed = answers.filter((answer) => answer.status === 429);
    expect(shed.length).toBeGreaterThan(0);
    for (const answer of shed) expect(answer.body).toMatchObject({ error: 'temporarily_unavailable' });
    for (const answer of answers.filter((one) => one.status !== 429)) expect(answer.body).toMatchObject({ error: 'invalid_grant' });
  });

  it('vcode answers code "1" 请求过于频繁', async () => {
    const { answers } = await storm(Array.from({ length: 8 }, () => t.http.post('/api/user/logIn').send({ userName: accounts[1].phone, password: 'Wrong-password-99' })));
    const shed = answers.filter((answer) => answer.body.message === '请求过于频繁，请稍后再试');
    expect(shed.length).toBeGreaterThan(0);
    for (const answer of shed) expect(answer.body.code).toBe('1');
    for (const answer of answers.filter((one) => !shed.includes(one))) expect(answer.body).toMatchObject({ code: '2', message: '密码错误' });
  });
});

describe('a hash that waits past PASSWORD_HASH_QUEUE_WAIT_MS is shed', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Hashes far longer than the deadline: whoever waits behind one is shed by the deadline, not the queue.
    t = await createTestApp({ PASSWORD_HASH_QUEUE_LIMIT: '1000', PASSWORD_HASH_QUEUE_WAIT_MS: '100', ARGON2_TIME_COST: '30' });
  });
  afterAll(() => t.close());

  it('answers the rate-limit envelope instead of waiting on', async () => {
    const { answers } = await storm(Array.from({ length: 8 }, () => t.http.post('/v2/auth/login').send({ identifier: uniqueName('ghost'), password: 'Wrong-password-99' })));
    expect(answers.filter(isV2Shed).length).toBeGreaterThan(0);
    for (const answer of answers.filter((one) => !isV2Shed(one))) expect(answer.status).toBe(401);
  });
});

import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { GOOD_PASSWORD, registerV2, registerV2WithPhone } from '../support/v2-helpers';

/**
 * v2 promises not to tell whether an account exists (sign-in, reset, code
 * sends): every answer, throttle and counter is the same for a target or
 * identifier that has an account and one that has none.
 */
describe('v2 answers the same whether or not the account exists', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  const send = (target: string, purpose: string) =>
    t.http.post('/v2/verification-codes').send({ channel: target.includes('@') ? 'email' : 'sms', target, purpose });

  /** Status, problem code and Retry-After of two sends in a row. */
  async function twoSends(target: string, purpose: string): Promise<unknown[]> {
    const first = await send(target, purpose);
    const second = await send(target, purpose);
    return [first.status, second.status, second.body.code, second.headers['retry-after']];
  }

  it('throttles a second send inside the minute for a known and an unknown target alike', async () => {
    const known = `${uniqueName()}@example.com`;
    await registerV2(t, { email: known });
    t.clock.advance(61);
    const unknown = `${uniqueName()}@example.com`;
    expect(await twoSends(known, 'reset_password')).toEqual([202, 429, 'code_send_too_soon', '60']);
    expect(await twoSends(unknown, 'reset_password')).toEqual([202, 429, 'code_send_too_soon', '60']);
    t.clock.advance(61);
    // And the reverse purpose: a registration code to a held and to a free target.
    expect(await twoSends(known, 'register')).toEqual(await twoSends(`${uniqueName()}@example.com`, 'register'));
  });

  it('throttles SMS alike: a held phone and a free phone, to sign in and to register', async () => {
    const held = uniquePhone();
    await registerV2WithPhone(t, held);
    t.clock.advance(61);
    expect(await twoSends(held, 'login')).toEqual(await twoSends(uniquePhone(), 'login'));
    t.clock.advance(61);
    expect(await twoSends(held, 'register')).toEqual(await twoSends(uniquePhone(), 'register'));
  });

  it('locks an identifier no account has after as many failures as an account, with the same answer', async () => {
    const { user } = await registerV2(t);
    const unknown = uniqueName('nobody');
    const attempts = async (identifier: string) => {
      const answers: unknown[] = [];
      for (let i = 0; i < 11; i++) {
        const response = await t.http.post('/v2/auth/login').send({ identifier, password: `Wrong-Guess-${i}-x` });
        answers.push([response.status, response.body.code, response.headers['retry-after'] ?? null]);
      }
      return answers;
    };
    const known = await attempts(user.username!);
    expect(known[10]).toEqual([423, 'account_locked', '60']);
    expect(await attempts(unknown)).toEqual(known);
    // Any spelling of an unknown phone is the same identifier, as it is for an account.
    const phone = uniquePhone();
    for (let i = 0; i < 10; i++) await t.http.post('/v2/auth/login').send({ identifier: phone, password: 'Wrong-Guess-x1' }).expect(401);
    await t.http.post('/v2/auth/login').send({ identifier: `+86${phone}`, password: GOOD_PASSWORD }).expect(423);
  });

  it('labels every failed password check alike in /metrics', async () => {
    const { user } = await registerV2(t);
    await t.http.post('/v2/auth/login').send({ identifier: user.username, password: 'Wrong-Guess-1-x' }).expect(401);
    await t.http.post('/v2/auth/login').send({ identifier: uniqueName('nobody'), password: 'Wrong-Guess-1-x' }).expect(401);
    const scrape = await t.http.get('/metrics').expect(200);
    expect(scrape.text).toMatch(/accounts_sign_in_failures_total\{reason="invalid_credentials"\} \d+/);
    expect(scrape.text).not.toMatch(/reason="(unknown_account|wrong_password)"/);
  });
});

describe('v2 counts code sends per address for unknown targets too', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ CODE_SENDS_PER_IP_PER_HOUR: '3' });
  });
  afterAll(() => t.close());

  it('refuses the fourth send of the hour from one address, to targets no account has', async () => {
    for (let i = 0; i < 3; i++) {
      await t.http.post('/v2/verification-codes').send({ channel: 'email', target: `${uniqueName()}@example.com`, purpose: 'login' }).expect(202);
    }
    const fourth = await t.http.post('/v2/verification-codes').send({ channel: 'email', target: `${uniqueName()}@example.com`, purpose: 'login' });
    expect(fourth.status).toBe(429);
    expect(fourth.body.code).toBe('rate_limited');
  });
});

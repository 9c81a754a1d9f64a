import { createTestApp, TestApp, uniquePhone } from '../support/test-app';
import { GOOD_PASSWORD } from '../support/v2-helpers';

const OWNER = '203.0.113.7';
const strangers = ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4'];

/**
 * A stranger's sends must not exhaust the owner's way in: the per-phone SMS cap
 * counts per requesting address, all strangers together get three times it, and
 * an address that proved the phone keeps a budget of its own. A code sign-in
 * ends a password lockout that strangers caused.
 */
describe('strangers cannot close a phone owner out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: 'true', SMS_DAILY_LIMIT_PER_PHONE: '2', LOGIN_MAX_FAILURES: '3' });
  });
  afterAll(() => t.close());

  const from = (ip: string) => ({ 'X-Forwarded-For': ip });
  const sendLogin = (phone: string, ip: string) =>
    t.http.post('/v2/verification-codes').set(from(ip)).send({ channel: 'sms', target: phone, purpose: 'login' });
  const codesTo = (phone: string) => t.outbox().filter((message) => message.to === `+86${phone}`).length;

  async function registerFromOwner(phone: string): Promise<void> {
    await t.http.post('/v2/verification-codes').set(from(OWNER)).send({ channel: 'sms', target: phone, purpose: 'register' }).expect(202);
    await t.http
      .post('/v2/auth/register')
      .set(from(OWNER))
      .send({ phone, code: t.lastCode(`+86${phone}`), password: GOOD_PASSWORD })
      .expect(201);
  }

  it('keeps SMS sign-in open to the owner after strangers spent every budget of theirs', async () => {
    const phone = uniquePhone();
    await registerFromOwner(phone);
    const attempt = async (ip: string) => {
      t.clock.advance(61);
      const response = await sendLogin(phone, ip);
      return response.status === 202 ? 'sent' : response.body.code;
    };
    // One address gets the per-address cap (2) a day.
    expect([await attempt(strangers[0]), await attempt(strangers[0]), await attempt(strangers[0])]).toEqual(['sent', 'sent', 'sms_limit_reached']);
    // All addresses that never proved the phone get three times it together (the owner's
    // registration code, sent before the owner proved anything, counts among them).
    expect([await attempt(strangers[1]), await attempt(strangers[1]), await attempt(strangers[2])]).toEqual(['sent', 'sent', 'sent']);
    expect([await attempt(strangers[2]), await attempt(strangers[3])]).toEqual(['sms_limit_reached', 'sms_limit_reached']);

    t.clock.advance(61);
    const before = codesTo(phone);
    await sendLogin(phone, OWNER).expect(202);
    expect(codesTo(phone)).toBe(before + 1);
    await t.http.post('/v2/auth/login/code').set(from(OWNER)).send({ target: phone, code: t.lastCode(`+86${phone}`) }).expect(200);
    // Through a legacy contract as well.
    t.clock.advance(61);
    const legacy = await t.http.get('/api/v1/users/validation_code').set(from(OWNER)).query({ phone, type: 2 }).expect(200);
    expect(legacy.body).toEqual({ result: 1 });
  });

  it('ends a password lockout strangers caused once the owner signs in by code', async () => {
    const phone = uniquePhone();
    await registerFromOwner(phone);
    t.clock.advance(61);
    await sendLogin(phone, OWNER).expect(202);
    const code = t.lastCode(`+86${phone}`);
    for (let i = 0; i < 3; i++) {
      await t.http.post('/v2/auth/login').set(from(strangers[0])).send({ identifier: phone, password: `Wrong-Guess-${i}-x` }).expect(401);
    }
    await t.http.post('/v2/auth/login').set(from(OWNER)).send({ identifier: phone, password: GOOD_PASSWORD }).expect(423);
    await t.http.post('/v2/auth/login/code').set(from(OWNER)).send({ target: phone, code }).expect(200);
    await t.http.post('/v2/auth/login').set(from(OWNER)).send({ identifier: phone, password: GOOD_PASSWORD }).expect(200);
  });
});

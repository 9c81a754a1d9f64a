import { createTestApp, TestApp, uniqueName } from '../support/test-app';

const LIMIT = 3;

/**
 * Per-IP request limits count an IPv6 client by its /64 (one subscriber is
 * handed a whole /64 and could rotate through it) and an IPv4-mapped address as
 * the IPv4 address it is. Behind a trusted proxy the client is X-Forwarded-For.
 */
describe('per-IP limits by address block', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: 'true', RATE_LIMIT_PER_MINUTE: String(LIMIT) });
  });
  afterAll(() => t.close());

  const v2SignIn = (ip: string) => t.http.post('/v2/auth/login').set('X-Forwarded-For', ip).send({ identifier: uniqueName('nobody'), password: 'whatever-else' });
  const venusSignIn = (ip: string) => t.http.post('/venus/auth/user/signin_with_name').set('X-Forwarded-For', ip).send({ user_name: uniqueName('nobody'), password: 'whatever-else' });

  it('counts the addresses of one IPv6 /64 together, and another /64 apart', async () => {
    // Three addresses of 2001:db8:1:2::/64, written three ways.
    for (const ip of ['2001:db8:1:2::a', '2001:0db8:0001:0002:0000:0000:0000:000b', '2001:DB8:1:2:ffff:ffff:ffff:ffff']) {
      expect((await v2SignIn(ip)).status).toBe(401);
    }
    const limited = await v2SignIn('2001:db8:1:2:1234:5678:9abc:def0');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ code: 'rate_limited', status: 429 });
    // The neighbouring /64 has its own window.
    expect((await v2SignIn('2001:db8:1:3::a')).status).toBe(401);
  });

  it('does so in the legacy contracts too (venus)', async () => {
    for (let i = 1; i <= LIMIT; i++) expect((await venusSignIn(`2001:db8:5:6::${i}`)).status).toBe(404);
    const limited = await venusSignIn('2001:db8:5:6:a:b:c:d');
    expect({ status: limited.status, body: limited.body }).toEqual({ status: 429, body: { errorCode: 10029, errorMessage: 'too_many_requests' } });
    expect((await venusSignIn('2001:db8:5:7::1')).status).toBe(404);
  });

  it('counts an IPv4-mapped address as its IPv4 address, and IPv4 clients one by one', async () => {
    expect((await v2SignIn('203.0.113.7')).status).toBe(401);
    expect((await v2SignIn('::ffff:203.0.113.7')).status).toBe(401);
    expect((await v2SignIn('::FFFF:203.0.113.7')).status).toBe(401);
    expect((await v2SignIn('203.0.113.7')).status).toBe(429);
    expect((await v2SignIn('203.0.113.8')).status).toBe(401);
  });
});

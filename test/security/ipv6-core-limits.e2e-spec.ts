import { createTestApp, TestApp, uniqueName } from '../support/test-app';

/** The core's per-address limits (failed sign-ins, code sends) count an IPv6 client by its /64. */
describe('the core per-IP limits by address block', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: 'true', LOGIN_MAX_FAILURES_PER_IP: '3', CODE_SENDS_PER_IP_PER_HOUR: '3' });
  });
  afterAll(() => t.close());

  it('counts failed sign-ins of one IPv6 /64 together, another /64 apart', async () => {
    const signIn = (ip: string) => t.http.post('/v2/auth/login').set('X-Forwarded-For', ip).send({ identifier: uniqueName('nobody'), password: 'whatever-else' });
    for (const ip of ['2001:db8:a:1::1', '2001:db8:a:1::2', '2001:db8:a:1::3']) expect((await signIn(ip)).status).toBe(401);
    expect((await signIn('2001:db8:a:1:ffff::9')).status).toBe(429);
    expect((await signIn('2001:db8:a:2::1')).status).toBe(401);
  });

  it('counts code sends of one IPv6 /64 together, another /64 apart', async () => {
    const send = (ip: string) =>
      t.http.post('/v2/verification-codes').set('X-Forwarded-For', ip).send({ channel: 'email', target: `${uniqueName('c')}@example.com`, purpose: 'register' });
    for (const ip of ['2001:db8:b:1::1', '2001:db8:b:1::2', '2001:db8:b:1::3']) expect((await send(ip)).status).toBe(202);
    expect((await send('2001:db8:b:1:ffff::9')).status).toBe(429);
    expect((await send('2001:db8:b:2::1')).status).toBe(202);
  });
});

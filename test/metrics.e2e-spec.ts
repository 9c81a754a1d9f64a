import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createTestApp, TestApp, uniqueName } from './support/test-app';
import { registerV2 } from './support/v2-helpers';

/** Keys and drivers a production start needs, with metrics guarded by a token. */
function productionEnv(extra: Record<string, string> = {}): Record<string, string> {
  const pem = (type: 'ed25519' | 'rsa') =>
    (type === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ed25519')).privateKey
      .export({ type: 'pkcs8', format: 'pem' })
      .toString();
  return {
    NODE_ENV: 'production',
    JWT_PRIVATE_KEY: pem('ed25519'),
    WORD_INFO_PRIVATE_KEY: pem('rsa'),
    TOKEN_HASH_SECRET: randomBytes(32).toString('base64'),
    EMAIL_DRIVER: 'outbox',
    SMS_DRIVER: 'outbox',
    ...extra,
  };
}

describe('metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('counts requests by route and status, sign-ins, failures, codes and lockouts', async () => {
    const { user } = await registerV2(t);
    await t.http.post('/v2/auth/login').send({ identifier: user.username, password: 'wrong-password-1' }).expect(401);
    await t.http.post('/v2/verification-codes').send({ channel: 'email', target: `${uniqueName()}@example.com`, purpose: 'register' }).expect(202);
    const scrape = await t.http.get('/metrics').expect(200);
    expect(scrape.headers['content-type']).toMatch(/^text\/plain/);
    expect(scrape.text).toMatch(/http_requests_total\{method="POST",route="\/v2\/auth\/login",status="401"\} 1/);
    expect(scrape.text).toMatch(/http_request_duration_seconds_bucket\{le="[\d.]+",method="POST",route="\/v2\/auth\/register",status="201"\}/);
    expect(scrape.text).toMatch(/accounts_sign_ins_total\{audience="v2",method="registration"\} 1/);
    expect(scrape.text).toMatch(/accounts_sign_in_failures_total\{reason="invalid_credentials"\} 1/);
    expect(scrape.text).toMatch(/accounts_codes_sent_total\{channel="email"\} 1/);
    expect(scrape.text).toContain('accounts_lockouts_total 0');
  });

  it('is off in production unless a token is configured, and then requires it', async () => {
    const closed = await createTestApp(productionEnv());
    try {
      await closed.http.get('/metrics').expect(404);
      await registerV2(closed);
    } finally {
      await closed.close();
    }
    const guarded = await createTestApp(productionEnv({ METRICS_TOKEN: 'scrape-secret-123' }));
    try {
      await guarded.http.get('/metrics').expect(401);
      await guarded.http.get('/metrics').set('Authorization', 'Bearer wrong').expect(401);
      const ok = await guarded.http.get('/metrics').set('Authorization', 'Bearer scrape-secret-123').expect(200);
      expect(ok.text).toContain('http_requests_total');
    } finally {
      await guarded.close();
    }
  });

  it('refuses to start in production without key material, naming the variable', async () => {
    await expect(createTestApp({ NODE_ENV: 'production', EMAIL_DRIVER: 'outbox', SMS_DRIVER: 'outbox' })).rejects.toThrow(
      /JWT_PRIVATE_KEY: required in production/,
    );
  });
});

import { answerOf, envelopeProblem, isFailure, surfaceOf } from '../support/envelopes';
import { PrivateRedis } from '../support/private-redis';
import { ServerProcess } from '../support/server-process';
import { facadeRequests, ProcessAccount, signInEverywhere } from './facade-requests';
import { systemEnvironment } from './system-env';

/** Sign-ins and code sends count in Redis (throttling, lockouts, send limits); reads by token do not. */
const NEEDS_REDIS = /login|logIn|sign-in|email code|oauth-v1 code|password grant/;

/** A redis-server of its own, stopped and started while a server process keeps running. */
describe('Redis outage and recovery', () => {
  let redis: PrivateRedis;
  let server: ServerProcess;
  let cleanup: () => Promise<void>;
  let env: Record<string, string>;

  beforeAll(async () => {
    redis = await PrivateRedis.create();
    const system = await systemEnvironment();
    cleanup = system.cleanup;
    env = { ...system.env, REDIS_URL: redis.url, LOG_LEVEL: 'info' };
    server = await ServerProcess.start(env);
  });
  afterAll(async () => {
    await server?.stop();
    await redis?.destroy();
    await cleanup?.();
  });

  const observe = async (path: string, init: Parameters<ServerProcess['fetch']>[1]) => {
    const started = Date.now();
    const response = await server.fetch(path, { ...init, signal: AbortSignal.timeout(10_000) });
    const ms = Date.now() - started;
    const answer = answerOf({ status: response.status, headers: Object.fromEntries(response.headers), text: await response.text() });
    const surface = surfaceOf(path);
    return { status: answer.status, envelope: envelopeProblem(surface, answer), failure: isFailure(surface, answer), within2s: ms < 2000, body: answer.text };
  };

  it('/health names Redis, sign-ins answer 503 in each envelope within 2 s, and everything recovers by itself', async () => {
    const account: ProcessAccount = await signInEverywhere(server, env);
    const requests = facadeRequests(account);
    expect(requests.filter(({ label }) => NEEDS_REDIS.test(label)).length).toBeGreaterThanOrEqual(8);

    await redis.stop();
    const health = await server.fetch('/health');
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'error', error: { redis: { status: 'down' } }, info: { database: { status: 'up' } } });

    const during = [];
    for (const { label, path, init, normally } of requests) {
      const seen = await observe(path, init);
      during.push({ label, ...seen, failure: normally ? seen.body !== JSON.stringify(normally) : seen.failure });
    }
    expect(during).toEqual(
      during.map(({ label, status, body }) =>
        NEEDS_REDIS.test(label)
          ? { label, status: 503, envelope: null, failure: true, within2s: true, body }
          : { label, status, envelope: null, failure: false, within2s: true, body },
      ),
    );

    await redis.start();
    await waitFor(async () => (await server.fetch('/health')).status === 200);
    const after = [];
    for (const { label, path, init, normally } of requests) {
      const response = await server.fetch(path, init);
      const text = await response.text();
      const normal = normally
        ? JSON.stringify(JSON.parse(text)) === JSON.stringify(normally)
        : !isFailure(surfaceOf(path), answerOf({ status: response.status, headers: {}, text }));
      after.push({ label, normal, text });
    }
    expect(after).toEqual(after.map(({ label, text }) => ({ label, normal: true, text })));

    expect(server.log).not.toMatch(/Unhandled error event/);
    expect(server.log.match(/Redis at 127\.0\.0\.1:\d+ is unreachable/g)).toHaveLength(1);
    expect(server.log).toMatch(/Redis at 127\.0\.0\.1:\d+ is reachable again/);
  });

  it('answers 503 within 2 s while Redis holds the connection and answers nothing', async () => {
    redis.freeze();
    try {
      const started = Date.now();
      const login = await server.fetch('/v2/auth/login', { method: 'POST', json: { identifier: 'nobody-here', password: 'Some-Passphrase-2026' } });
      expect({ status: login.status, within2s: Date.now() - started < 2000 }).toEqual({ status: 503, within2s: true });
      expect(await login.json()).toMatchObject({ code: 'service_unavailable' });
      const health = await server.fetch('/health');
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ error: { redis: { status: 'down' } } });
    } finally {
      redis.thaw();
    }
    await waitFor(async () => (await server.fetch('/health')).status === 200);
  });

  it('starts while Redis is down, says so in /health, and serves sign-ins once it is up', async () => {
    await server.stop();
    await redis.stop();
    await server.launch({ untilHealthy: false });
    const health = await server.fetch('/health');
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ error: { redis: { status: 'down' } } });
    const refused = await server.fetch('/v2/auth/login', { method: 'POST', json: { identifier: 'nobody-here', password: 'Some-Passphrase-2026' } });
    expect(refused.status).toBe(503);
    await redis.start();
    await waitFor(async () => (await server.fetch('/health')).status === 200);
    const login = await server.fetch('/v2/auth/login', { method: 'POST', json: { identifier: 'nobody-here', password: 'Some-Passphrase-2026' } });
    expect(login.status).toBe(401);
  });
});

async function waitFor(ready: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the service did not recover in time');
}

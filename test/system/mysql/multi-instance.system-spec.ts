import { randomBytes } from 'node:crypto';
import { ServerProcess } from '../../support/server-process';
import { systemEnvironment } from '../system-env';

const PASSWORD = 'Fleet-Passphrase-2026';
const json = (body: unknown) => ({ method: 'POST', json: body });
const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

/**
 * Two server processes on two ports, one MariaDB and one Redis, one shared
 * DATA_DIR for the keys: they must behave as one service.
 */
describe('two instances behind one MySQL and one Redis', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const system = await systemEnvironment();
    cleanup = system.cleanup;
    const env = {
      ...system.env,
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: `fleet-${randomBytes(4).toString('hex')}:`,
      // Behind a load balancer every instance must name itself alike: tokens carry it as issuer.
      PUBLIC_URL: 'http://accounts.fleet.test',
      RATE_LIMIT_PER_MINUTE: '8',
      LOGIN_MAX_FAILURES: '4',
    };
    a = await ServerProcess.start(env);
    b = await ServerProcess.start(env);
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await cleanup?.();
  });

  const register = async (server: ServerProcess) => {
    const username = `fleet${randomBytes(4).toString('hex')}`;
    const response = await server.fetch('/v2/auth/register', json({ username, password: PASSWORD }));
    expect(response.status).toBe(201);
    return { username, ...((await response.json()) as { access_token: string; refresh_token: string }) };
  };

  it('a logout on A refuses the token on B at once', async () => {
    const session = await register(a);
    expect((await b.fetch('/v2/me', bearer(session.access_token))).status).toBe(200);
    expect((await a.fetch('/v2/auth/logout', { method: 'POST', ...bearer(session.access_token) })).status).toBe(204);
    expect((await b.fetch('/v2/me', bearer(session.access_token))).status).toBe(401);
  });

  it('a password change on A ends the sessions B knows', async () => {
    const session = await register(b);
    const onB = (await (await b.fetch('/v2/auth/login', json({ identifier: session.username, password: PASSWORD }))).json()) as {
      access_token: string;
    };
    const change = await a.fetch('/v2/me/password', {
      method: 'POST',
      ...bearer(session.access_token),
      json: { current_password: PASSWORD, new_password: 'Fleet-Passphrase-2027' },
    });
    expect(change.status).toBe(204);
    expect((await b.fetch('/v2/me', bearer(onB.access_token))).status).toBe(401);
  });

  it('counts the per-IP rate limit across instances', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const server = i % 2 === 0 ? a : b;
      statuses.push((await server.fetch('/v2/auth/password-reset', json({ target: 'x@example.com', code: '000000', new_password: 'whatever-pass' }))).status);
    }
    expect(statuses.slice(0, 8).every((status) => status !== 429)).toBe(true);
    expect(statuses.slice(8)).toEqual([429, 429]);
  });

  it('counts sign-in failures and lockouts across instances', async () => {
    const { username } = await register(a);
    for (let i = 0; i < 4; i++) {
      const server = i % 2 === 0 ? a : b;
      expect((await server.fetch('/v2/auth/login', json({ identifier: username, password: 'wrong-passphrase' }))).status).toBe(401);
    }
    for (const server of [a, b]) {
      const locked = await server.fetch('/v2/auth/login', json({ identifier: username, password: PASSWORD }));
      expect(locked.status).toBe(423);
    }
  });

  it('throttles code sends to one target across instances', async () => {
    const target = `fleet${randomBytes(4).toString('hex')}@example.com`;
    expect((await a.fetch('/v2/verification-codes', json({ channel: 'email', target, purpose: 'register' }))).status).toBe(202);
    expect((await b.fetch('/v2/verification-codes', json({ channel: 'email', target, purpose: 'register' }))).status).toBe(429);
  });
});

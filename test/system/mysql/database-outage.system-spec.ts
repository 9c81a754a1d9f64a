import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerOf, envelopeProblem, isFailure, surfaceOf } from '../../support/envelopes';
import { PrivateMariaDb } from '../../support/private-mariadb';
import { ServerProcess } from '../../support/server-process';
import { facadeRequests, ProcessAccount, signInEverywhere } from '../facade-requests';

const PASSWORD = 'Outage-Passphrase-2026';

/** Its own MariaDB, so stopping it disturbs no other suite. */
describe('database outage and recovery', () => {
  let database: PrivateMariaDb;
  let server: ServerProcess;
  let dataDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await PrivateMariaDb.create();
    dataDir = mkdtempSync(join(tmpdir(), 'accounts-outage-'));
    env = { DATA_DIR: dataDir, DATABASE_URL: database.url, RATE_LIMIT_PER_MINUTE: '100000' };
    server = await ServerProcess.start(env);
  });
  afterAll(async () => {
    await server?.stop();
    await database?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const timed = async (path: string, init?: Parameters<ServerProcess['fetch']>[1]) => {
    const started = Date.now();
    const response = await server.fetch(path, { ...init, signal: AbortSignal.timeout(10_000) });
    return { response, ms: Date.now() - started };
  };

  /** Status, envelope problem, failure and time of one answer, in a form that reads well in a failed expectation. */
  const observe = async (path: string, init: Parameters<ServerProcess['fetch']>[1]) => {
    const { response, ms } = await timed(path, init);
    const answer = answerOf({ status: response.status, headers: Object.fromEntries(response.headers), text: await response.text() });
    const surface = surfaceOf(path);
    return { status: answer.status, envelope: envelopeProblem(surface, answer), failure: isFailure(surface, answer), within2s: ms < 2000, body: answer.text };
  };

  it('answers 503 in every API\'s envelope within 2 s, authenticated or not, and every API recovers', async () => {
    const account: ProcessAccount = await signInEverywhere(server, env);
    const requests = facadeRequests(account);

    await database.stop();
    const during = [];
    try {
      for (const { label, path, init } of requests) during.push({ label, ...(await observe(path, init)) });
    } finally {
      await database.start();
    }
    expect(during).toEqual(during.map(({ label, body }) => ({ label, status: 503, envelope: null, failure: true, within2s: true, body })));

    await waitFor(() => server.fetch('/health').then((response) => response.status === 200));
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
  });

  it('answers 503 in each envelope within 2 s while the database is down, and recovers without a restart', async () => {
    const registered = await server.fetch('/v2/auth/register', { method: 'POST', json: { username: 'outage1', password: PASSWORD } });
    expect(registered.status).toBe(201);
    const { access_token } = (await registered.json()) as { access_token: string };

    await database.stop();

    const login = await timed('/v2/auth/login', { method: 'POST', json: { identifier: 'outage1', password: PASSWORD } });
    expect(login.response.status).toBe(503);
    expect(login.response.headers.get('content-type')).toMatch(/problem\+json/);
    expect(await login.response.json()).toMatchObject({ status: 503, code: 'service_unavailable' });
    expect(login.ms).toBeLessThan(2000);

    const me = await timed('/v2/me', { headers: { Authorization: `Bearer ${access_token}` } });
    expect(me.response.status).toBe(503);
    expect(me.ms).toBeLessThan(2000);

    const health = await timed('/health');
    expect(health.response.status).toBe(503);
    expect(await health.response.json()).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
    expect(health.ms).toBeLessThan(2000);

    await database.start();

    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await server.fetch('/v2/me', { headers: { Authorization: `Bearer ${access_token}` } })).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
    expect((await server.fetch('/health')).status).toBe(200);
    const again = await server.fetch('/v2/auth/login', { method: 'POST', json: { identifier: 'outage1', password: PASSWORD } });
    expect(again.status).toBe(200);
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

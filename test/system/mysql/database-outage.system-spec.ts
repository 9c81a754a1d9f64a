import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrivateMariaDb } from '../../support/private-mariadb';
import { ServerProcess } from '../../support/server-process';

const PASSWORD = 'Outage-Passphrase-2026';

/** Its own MariaDB, so stopping it disturbs no other suite. */
describe('database outage and recovery', () => {
  let database: PrivateMariaDb;
  let server: ServerProcess;
  let dataDir: string;

  beforeAll(async () => {
    database = await PrivateMariaDb.create();
    dataDir = mkdtempSync(join(tmpdir(), 'accounts-outage-'));
    server = await ServerProcess.start({ DATA_DIR: dataDir, DATABASE_URL: database.url, RATE_LIMIT_PER_MINUTE: '100000' });
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

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIALECT } from '../support/test-app';
import { ServerProcess } from '../support/server-process';
import { systemEnvironment } from './system-env';

/**
 * Runs flows that carry every kind of secret through the service with debug
 * logging on, then searches the captured log for each secret.
 */
describe(`secrets never reach the log (${DIALECT})`, () => {
  it('keeps passwords, codes and tokens out of the log', async () => {
    const { env, cleanup } = await systemEnvironment();
    const server = await ServerProcess.start({ ...env, LOG_LEVEL: 'trace', DB_LOGGING: 'true' });
    const secrets: string[] = [];
    try {
      const password = 'Log-Secret-Passphrase-77';
      const email = `logs${process.pid}@example.com`;
      secrets.push(password);
      const registered = await (await server.fetch('/v2/auth/register', { method: 'POST', json: { username: `logs${process.pid}`, email, password } })).json();
      secrets.push(registered.access_token, registered.refresh_token);
      const refreshed = await (await server.fetch('/v2/auth/refresh', { method: 'POST', json: { refresh_token: registered.refresh_token } })).json();
      secrets.push(refreshed.access_token, refreshed.refresh_token);
      await server.fetch('/v2/auth/login', { method: 'POST', json: { identifier: email, password: 'Wrong-Secret-Passphrase-1' } });
      secrets.push('Wrong-Secret-Passphrase-1');
      await server.fetch('/v2/verification-codes', { method: 'POST', json: { channel: 'email', target: email, purpose: 'login' } });
      const outbox = readFileSync(join(env.DATA_DIR, 'outbox.jsonl'), 'utf8').trim().split('\n');
      const code = (JSON.parse(outbox.at(-1)!) as { code: string }).code;
      secrets.push(code);
      await server.fetch('/v2/auth/login/code', { method: 'POST', json: { target: email, code } });
      await server.fetch('/v2/me', { headers: { Authorization: `Bearer ${refreshed.access_token}` } });
      // Personal data in a query string (a search term, a phone under any name): the request is logged, the values are not.
      const searched = `+86139${String(process.pid).padStart(8, '0').slice(-8)}`;
      secrets.push(searched, searched.slice(3));
      await server.fetch(`/v2/users?search=${encodeURIComponent(searched)}&page=1`, { headers: { Authorization: `Bearer ${refreshed.access_token}` } });
      await server.fetch(`/v2/me?mobile=${searched.slice(3)}`, { headers: { Authorization: `Bearer ${refreshed.access_token}` } });
      await server.fetch('/v2/me/password', {
        method: 'POST',
        headers: { Authorization: `Bearer ${refreshed.access_token}` },
        json: { current_password: password, new_password: 'Next-Secret-Passphrase-88' },
      });
      secrets.push('Next-Secret-Passphrase-88');
    } finally {
      await server.stop();
      await cleanup();
    }
    expect(server.log.length).toBeGreaterThan(1000);
    for (const secret of secrets) expect(server.log).not.toContain(secret);
    expect(server.log).toContain('"url":"/v2/users?search=[REDACTED]&page=1"');
    expect(server.log).toContain('"url":"/v2/me?mobile=[REDACTED]"');
    expect(server.log).not.toMatch(/\$argon2id\$/);
  });
});

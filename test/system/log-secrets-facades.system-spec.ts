import { spawnSync } from 'node:child_process';
import { constants, publicEncrypt, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIALECT } from '../support/test-app';
import { ServerProcess } from '../support/server-process';
import { systemEnvironment } from './system-env';

const CLI = join(__dirname, '../../dist/apps/server/src/cli.js');

/**
 * Every legacy contract's secrets (passwords, word-info plain and RSA-encrypted,
 * tokens, codes, oauth_login_codes, client secrets) pass through the service with
 * trace logging and SQL logging on; the captured log holds none of them.
 */
describe(`secrets of every contract never reach the log (${DIALECT})`, () => {
  it('keeps them out of the log', async () => {
    const { env, cleanup } = await systemEnvironment();
    const server = await ServerProcess.start({ ...env, LOG_LEVEL: 'trace', DB_LOGGING: 'true' });
    const secrets: Record<string, string> = {};
    const keep = (name: string, value: unknown) => {
      expect({ name, value: typeof value === 'string' && value.length >= 6 }).toEqual({ name, value: true });
      secrets[name] = value as string;
      return value as string;
    };
    const call = async (path: string, init: Parameters<ServerProcess['fetch']>[1] = {}) => (await server.fetch(path, init)).json() as Promise<Record<string, unknown>>;
    const post = (path: string, json: unknown, headers: Record<string, string> = {}) => call(path, { method: 'POST', json, headers });
    const lastCode = (to: string) =>
      (readFileSync(join(env.DATA_DIR, 'outbox.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { to: string; code: string }).reverse().find((entry) => entry.to === to)!).code;
    const phone = () => `139${String(randomBytes(4).readUInt32BE() % 100_000_000).padStart(8, '0')}`;
    const tag = randomBytes(3).toString('hex');

    try {
      // users: plain and RSA-OAEP(SHA-256) word-info, tokens, renewal
      const usersPhone = phone();
      const usersPassword = keep('users password', `UsersPass-${tag}-1`);
      expect((await post('/users/register', { phone: usersPhone, userName: 'logs' }, { 'word-info': usersPassword })).code).toBe(200);
      const { publicKey } = (await call('/users/public-key')).data as { publicKey: string };
      const encrypted = keep('users encrypted word-info', publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from(usersPassword)).toString('base64'));
      const usersToken = keep('users token', (await post('/users/login', { phone: usersPhone }, { 'word-info': encrypted })).data);
      keep('users renewed token', (await call('/users/token/refresh', { headers: { token: usersToken } })).data);
      await post('/users/login', { phone: usersPhone }, { 'word-info': keep('users wrong password', `UsersWrong-${tag}-2`) });

      // venus: passwords, tokens, renewal, password change
      const venusName = `logsv${tag}`;
      const venusPassword = keep('venus password', `VenusPass-${tag}-3`);
      expect(await post('/venus/auth/user/create', { user_name: venusName, password: venusPassword, phone_number: phone() })).toMatchObject({ success: 'ok' });
      const venusToken = keep('venus token', (await post('/venus/auth/user/signin_with_name', { user_name: venusName, password: venusPassword })).token);
      const venusRenewed = keep('venus renewed token', (await post('/venus/token/refresh', {}, { token: venusToken })).token);
      const venusNew = keep('venus new password', `VenusNext-${tag}-4`);
      expect(await post('/venus/user/password', { password: venusNew, confirm_password: venusNew }, { token: venusRenewed })).toEqual({ success: 'ok' });

      // infinite: passwords, access and side tokens, email code, reset, change
      const infName = `logsi${tag}`;
      const infEmail = `${infName}@example.com`;
      const infPassword = keep('infinite password', `inf${tag}A1`);
      expect((await post('/api/user/registerIndividual', { username: infName, email: infEmail, password: infPassword })).code).toBe('General.Success');
      const login = (await post('/api/user/login', { username: infName, password: infPassword })).data as Record<string, string>;
      keep('infinite access token', login.accessToken);
      keep('infinite storage token', login.storageToken);
      keep('infinite gitea token', login.giteaToken);
      expect((await post('/api/user/emailVerifyCode', { email: infEmail })).code).toBe('General.Success');
      const infCode = keep('infinite email code', lastCode(infEmail));
      const infReset = keep('infinite reset password', `res${tag}B2`);
      expect((await post('/api/user/resetUserPassword', { email: infEmail, verifyCode: infCode, password: infReset })).code).toBe('General.Success');
      const infToken = keep('infinite second token', ((await post('/api/user/login', { email: infEmail, password: infReset })).data as Record<string, string>).accessToken);
      const infChanged = keep('infinite changed password', `chg${tag}C3`);
      expect((await post('/api/user/modifyUserPassword', { oriPassword: infReset, password: infChanged }, { Authorization: infToken })).code).toBe('General.Success');

      // vcode: SMS codes, opaque tokens, verify, reset
      const vcodePhone = phone();
      expect((await post('/api/vcode/send', { phone: vcodePhone })).code).toBe('0');
      const vcodeCode = keep('vcode code', lastCode(`+86${vcodePhone}`));
      expect((await post('/api/vcode/verify', { phone: vcodePhone, code: vcodeCode })).code).toBe('0');
      const vcodePassword = keep('vcode password', `VcodePass-${tag}-5`);
      keep('vcode register token', ((await post('/api/user/register', { userName: vcodePhone, password: vcodePassword, code: vcodeCode })).data as Record<string, string>).token);
      const vcodeToken = keep('vcode token', ((await post('/api/user/logIn', { userName: vcodePhone, password: vcodePassword })).data as Record<string, string>).token);
      expect((await post('/api/user/checkToken', { userName: vcodePhone, token: vcodeToken })).code).toBe('0');
      expect((await post('/api/user/get', { token: vcodeToken })).code).toBe('0');

      // oauth-v1: client secret (body and Basic), codes, oauth_login_code, access and refresh tokens
      const cli = spawnSync(process.execPath, [CLI, 'oauth-client:create', '--name', 'log test'], { env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env }, encoding: 'utf8' });
      const client = JSON.parse(cli.stdout.trim().split('\n').pop()!) as { client_id: string; client_secret: string };
      keep('oauth client secret', client.client_secret);
      // The phone travels in the query string (the only GET of the legacy contracts that carries personal data).
      const oauthPhone = keep('oauth-v1 phone in a query string', phone());
      expect(await call(`/api/v1/users/validation_code?phone=${oauthPhone}&type=1`)).toEqual({ result: 1 });
      const oauthCode = keep('oauth-v1 code', lastCode(`+86${oauthPhone}`));
      const ticket = keep('oauth_login_code', (await post('/api/v1/users/register', { phone: oauthPhone, validation_code: oauthCode })).oauth_login_code);
      const form = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
        call('/oauth/token', { method: 'POST', body: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });
      const basic = keep('oauth basic credentials', Buffer.from(`${client.client_id}:${client.client_secret}`).toString('base64'));
      const granted = await form({ grant_type: 'password', username: oauthPhone, password: ticket }, { Authorization: `Basic ${basic}` });
      keep('oauth access token', granted.access_token);
      const refreshed = await form({ grant_type: 'refresh_token', refresh_token: keep('oauth refresh token', granted.refresh_token), client_id: client.client_id, client_secret: client.client_secret });
      const oauthAccess = keep('oauth refreshed access token', refreshed.access_token);
      keep('oauth refreshed refresh token', refreshed.refresh_token);
      const oauthPassword = keep('oauth-v1 password', `OauthPass-${tag}-6`);
      const update = await call('/api/v1/users/update', {
        method: 'PUT',
        json: { name: `logso${tag}`, password: oauthPassword, password_confirmation: oauthPassword },
        headers: { Authorization: `Bearer ${oauthAccess}` },
      });
      expect(update).toEqual({ result: 1 });
    } finally {
      await server.stop();
      await cleanup();
    }
    // Every request is in the log (not only GETs), so the search below covers the POSTs carrying the secrets.
    for (const path of ['/users/login', '/venus/user/password', '/api/user/resetUserPassword', '/api/user/logIn', '/oauth/token', '/api/v1/users/update']) {
      expect(server.log).toContain(`"url":"${path}"`);
    }
    const leaked = Object.entries(secrets).filter(([, value]) => server.log.includes(value)).map(([name]) => name);
    expect(leaked).toEqual([]);
    // The request line is there, its phone masked.
    expect(server.log).toContain('"url":"/api/v1/users/validation_code?phone=[REDACTED]&type=1"');
    expect(server.log).not.toMatch(/\$argon2id\$/);
  });
});

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Contract } from '../support/contract-sessions';
import { ServerProcess } from '../support/server-process';

const CLI = join(__dirname, '../../dist/apps/server/src/cli.js');

export interface ProcessAccount {
  username: string;
  phone: string;
  password: string;
  client: { client_id: string; client_secret: string };
  tokens: Record<Contract, string>;
}

type Init = Parameters<ServerProcess['fetch']>[1];

async function json(server: ServerProcess, path: string, init: Init): Promise<Record<string, unknown>> {
  const response = await server.fetch(path, init);
  const body = (await response.json()) as Record<string, unknown>;
  if (response.status >= 400) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

const form = (fields: Record<string, string>): Init => ({
  method: 'POST',
  body: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

/** An account (made through venus, which takes a phone without a code) signed in through all six APIs of a server process. */
export async function signInEverywhere(server: ServerProcess, env: Record<string, string>): Promise<ProcessAccount> {
  const tag = randomBytes(4).toString('hex');
  const username = `proc${tag}`;
  const phone = `137${String(randomBytes(4).readUInt32BE() % 100_000_000).padStart(8, '0')}`;
  const password = `Proc${tag}Pass9`;
  await json(server, '/venus/auth/user/create', { method: 'POST', json: { user_name: username, password, phone_number: phone } });
  const cli = spawnSync(process.execPath, [CLI, 'oauth-client:create', '--name', 'system test'], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
  });
  const client = JSON.parse(cli.stdout.trim().split('\n').pop()!) as ProcessAccount['client'];
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) => json(server, path, { method: 'POST', json: body, headers });
  const tokens: Record<Contract, string> = {
    v2: (await post('/v2/auth/login', { identifier: username, password })).access_token as string,
    venus: (await post('/venus/auth/user/signin_with_name', { user_name: username, password })).token as string,
    users: (await post('/users/login', { phone }, { 'word-info': password })).data as string,
    infinite: ((await post('/api/user/login', { username, password })).data as { accessToken: string }).accessToken,
    'oauth-v1': (await json(server, '/oauth/token', form({ grant_type: 'password', username: phone, password, ...client }))).access_token as string,
    vcode: ((await post('/api/user/logIn', { userName: phone, password })).data as { token: string }).token,
  };
  return { username, phone, password, client, tokens };
}

export interface FacadeRequest {
  label: string;
  path: string;
  init: Init;
  /** The answer when the service works, if not a plain success. */
  normally?: unknown;
}

/** One authenticated and one unauthenticated request per surface, each touching the database. */
export function facadeRequests(account: ProcessAccount): FacadeRequest[] {
  const { tokens, username, phone, password, client } = account;
  const post = (body: unknown, headers: Record<string, string> = {}): Init => ({ method: 'POST', json: body, headers });
  return [
    { label: 'v2 me', path: '/v2/me', init: { headers: { Authorization: `Bearer ${tokens.v2}` } } },
    { label: 'v2 login', path: '/v2/auth/login', init: post({ identifier: username, password }) },
    { label: 'venus info', path: '/venus/user/info', init: { headers: { token: tokens.venus } } },
    { label: 'venus sign-in', path: '/venus/auth/user/signin_with_name', init: post({ user_name: username, password }) },
    { label: 'users info', path: '/users/info/self', init: { headers: { token: tokens.users } } },
    { label: 'users login', path: '/users/login', init: post({ phone }, { 'word-info': password }) },
    { label: 'infinite detail', path: '/api/user/getUserDetail', init: post({}, { Authorization: tokens.infinite }) },
    { label: 'infinite login', path: '/api/user/login', init: post({ username, password }) },
    { label: 'infinite email code', path: '/api/user/emailVerifyCode', init: post({ email: `${username}@example.com` }) },
    {
      // The current password again: the token and the account are read, and nothing changes.
      label: 'oauth-v1 update',
      path: '/api/v1/users/update',
      init: { method: 'PUT', json: { name: username, password, password_confirmation: password }, headers: { Authorization: `Bearer ${tokens['oauth-v1']}` } },
      normally: { result: 0, error: '新密码不能与当前密码相同' },
    },
    { label: 'oauth-v1 code', path: `/api/v1/users/validation_code?phone=${phone}&type=2`, init: {} },
    { label: 'oauth token info', path: '/oauth/token/info', init: { headers: { Authorization: `Bearer ${tokens['oauth-v1']}` } } },
    { label: 'oauth password grant', path: '/oauth/token', init: form({ grant_type: 'password', username: phone, password, ...client }) },
    { label: 'vcode get', path: '/api/user/get', init: post({ token: tokens.vcode }) },
    { label: 'vcode logIn', path: '/api/user/logIn', init: post({ userName: phone, password }) },
  ];
}

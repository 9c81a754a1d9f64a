import { join } from 'node:path';
import { runUntilExit } from '../support/process-exit';
import { ServerProcess } from '../support/server-process';
import { systemEnvironment } from './system-env';

const CLI = join(__dirname, '../../dist/apps/server/src/cli.js');
const PASSWORD = 'Cli-Admin-Passphrase-2026';

/** The operator's commands as `npm run cli --` runs them (the built cli.js). */
describe('npm run cli', () => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ env, cleanup } = await systemEnvironment()));
  afterAll(() => cleanup?.());

  const cli = (...args: string[]) => runUntilExit({ ...env, LOG_LEVEL: 'silent' }, { script: CLI, args });

  it('--help lists the commands and ends with the help line, exit 0, nothing on stderr', async () => {
    for (const args of [['--help'], ['user:create-admin', '--help']]) {
      const exit = await cli(...args);
      expect({ args, code: exit.code, stderr: exit.stderr, last: exit.stdout.trim().split('\n').pop() }).toEqual({
        args,
        code: 0,
        stderr: '',
        last: expect.stringMatching(/ +display help for command$/),
      });
    }
    const help = await cli('user:create-admin', '--help');
    expect(help.stdout).toMatch(/--phone <phone>/);
    expect(help.stdout).toMatch(/--email <email>/);
  });

  it('user:create-admin --phone makes an admin the users contract signs in and answers its admin endpoints', async () => {
    const created = await cli('user:create-admin', '--phone', '13912340001', '--email', 'Ops@Example.com', '--password', PASSWORD);
    expect({ code: created.code, stderr: created.stderr }).toEqual({ code: 0, stderr: '' });
    const admin = JSON.parse(created.stdout.trim()) as Record<string, unknown>;
    expect(admin).toMatchObject({ phone: '+8613912340001', email: 'ops@example.com', role: 'admin', username: null });

    const server = await ServerProcess.start(env);
    try {
      const login = await server.fetch('/users/login', { method: 'POST', json: { phone: '13912340001' }, headers: { 'word-info': PASSWORD } });
      expect(login.status).toBe(200);
      const token = ((await login.json()) as { data: string }).data;
      const info = await server.fetch(`/users/info?id=${String(admin.uuid)}`, { headers: { token } });
      expect(info.status).toBe(200);
      expect(await info.json()).toMatchObject({ code: 200, data: { id: admin.uuid, phone: '13912340001' } });
    } finally {
      await server.stop();
    }
  });

  it('user:create-admin without a password or without any identifier: one line on stderr, exit 1', async () => {
    const noPassword = await cli('user:create-admin', '--phone', '13912340002');
    expect({ code: noPassword.code, stderr: noPassword.stderr }).toEqual({ code: 1, stderr: '--password is required\n' });
    const noName = await cli('user:create-admin', '--password', PASSWORD);
    expect({ code: noName.code, stderr: noName.stderr }).toEqual({ code: 1, stderr: '--username, --phone or --email is required\n' });
  });
});

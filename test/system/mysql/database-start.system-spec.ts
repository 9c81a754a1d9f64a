import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { runUntilExit } from '../../support/process-exit';
import { freePort, ServerProcess } from '../../support/server-process';
import { MYSQL_SERVER_URL } from '../../support/test-app';

const server = () => new URL(MYSQL_SERVER_URL!);
const urlWith = (changes: { user?: string; password?: string; port?: number; database: string }) => {
  const url = server();
  if (changes.user !== undefined) url.username = changes.user;
  if (changes.password !== undefined) url.password = changes.password;
  if (changes.port !== undefined) url.port = String(changes.port);
  url.pathname = `/${changes.database}`;
  return url.toString();
};

const pem = (key: { export: (options: { type: 'pkcs8'; format: 'pem' }) => string | Buffer }) => String(key.export({ type: 'pkcs8', format: 'pem' }));
/** What production requires besides the database (keys, drivers), so that only DATABASE_URL can stop the start. */
const productionEnv = () => ({
  NODE_ENV: 'production',
  EMAIL_DRIVER: 'outbox',
  SMS_DRIVER: 'outbox',
  JWT_PRIVATE_KEY: pem(generateKeyPairSync('ed25519').privateKey),
  WORD_INFO_PRIVATE_KEY: pem(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey),
  TOKEN_HASH_SECRET: randomBytes(32).toString('hex'),
});

/** The database's character set, or null when there is no such database. */
async function charsetOf(name: string): Promise<string | null> {
  const connection = await createConnection(MYSQL_SERVER_URL!);
  const [rows] = await connection.query('SELECT DEFAULT_CHARACTER_SET_NAME AS charset FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [name]);
  await connection.end();
  return (rows as { charset: string }[])[0]?.charset ?? null;
}

async function dropDatabase(name: string): Promise<void> {
  const connection = await createConnection(MYSQL_SERVER_URL!);
  await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await connection.end();
}

/** A wrong DATABASE_URL stops the start with one line saying what to do, never the driver's stack. */
describe('the database at start', () => {
  let dataDir: string;
  beforeAll(() => (dataDir = mkdtempSync(join(tmpdir(), 'accounts-dbstart-'))));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const expectOneLine = (exit: { code: number | null; stderr: string; timedOut: boolean }, line: RegExp) => {
    expect({ code: exit.code, timedOut: exit.timedOut, stderr: exit.stderr.trim() }).toEqual({ code: 1, timedOut: false, stderr: expect.stringMatching(line) });
    expect(exit.stderr.trim().split('\n')).toHaveLength(1);
  };

  it('nothing listening: one line naming the address, exit 1', async () => {
    const exit = await runUntilExit({ DATA_DIR: dataDir, DATABASE_URL: urlWith({ port: await freePort(), database: 'accounts' }) });
    expectOneLine(exit, /^DATABASE_URL: nothing accepts connections at 127\.0\.0\.1:\d+; start MySQL\/MariaDB there or correct the host and port$/);
  });

  it('access denied: one line naming the user (never the password), exit 1', async () => {
    const exit = await runUntilExit({ DATA_DIR: dataDir, DATABASE_URL: urlWith({ user: 'nobody_here', password: 'Wrong-Secret-77', database: 'accounts' }) });
    expectOneLine(exit, /^DATABASE_URL: .* refused user "nobody_here" \(access denied\); check the user name and password in the URL$/);
    expect(exit.stderr).not.toContain('Wrong-Secret-77');
  });

  it('in production an unknown database is not created: one line with the statement that creates it, exit 1', async () => {
    const name = `accounts_missing_${randomBytes(4).toString('hex')}`;
    const exit = await runUntilExit({ DATA_DIR: dataDir, DATABASE_URL: urlWith({ database: name }), ...productionEnv() });
    expectOneLine(exit, new RegExp(`^DATABASE_URL: database "${name}" does not exist at .*; create it \\(CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci\\) or correct its name$`));
    expect(await charsetOf(name)).toBeNull();
  });

  it('outside production an unknown database is created (utf8mb4) and the service starts on it', async () => {
    const name = `accounts_new_${randomBytes(4).toString('hex')}`;
    let service: ServerProcess | undefined;
    try {
      service = await ServerProcess.start({ DATA_DIR: dataDir, DATABASE_URL: urlWith({ database: name }), LOG_LEVEL: 'info' });
      expect(service.log).toContain(`created database \\"${name}\\"`);
      const registered = await service.fetch('/v2/auth/register', { method: 'POST', json: { username: 'firstuser', password: 'First-Passphrase-2026' } });
      expect(registered.status).toBe(201);
      expect(await charsetOf(name)).toBe('utf8mb4');
    } finally {
      await service?.stop();
      await dropDatabase(name);
    }
  });
});

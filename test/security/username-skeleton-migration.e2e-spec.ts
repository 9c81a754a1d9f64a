import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import * as argon2 from 'argon2';
import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@app/accounts';
import { MIGRATIONS } from '../../libs/accounts/src/persistence/migrations';
import { UsernameSkeleton1764100000000 } from '../../libs/accounts/src/persistence/migrations/1764100000000-username-skeleton';
import { createTestApp, MYSQL_SERVER_URL, TestApp } from '../support/test-app';
import { GOOD_PASSWORD } from '../support/v2-helpers';

/**
 * A store made before usernames had skeletons, holding look-alike names: the
 * migration fills the skeleton for each existing name (the oldest of
 * look-alikes keeps it), every account still signs in, and no new look-alike
 * can be registered.
 */
describe('migration 1764100000000: username skeletons for the accounts there are', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'accounts-skeleton-'));
  const databaseName = `accounts_test_${randomBytes(6).toString('hex')}`;
  const databaseUrl = MYSQL_SERVER_URL ? `${MYSQL_SERVER_URL.replace(/\/$/, '')}/${databaseName}` : undefined;
  const legacy = ['admin1', '\u0430dmin1', 'Carol', 'bob0', 'BOBO'];
  let t: TestApp;

  beforeAll(async () => {
    if (MYSQL_SERVER_URL) {
      const server = await createConnection(MYSQL_SERVER_URL);
      await server.query(`CREATE DATABASE \`${databaseName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      await server.end();
    }
    const before = MIGRATIONS.slice(0, MIGRATIONS.indexOf(UsernameSkeleton1764100000000));
    const old = await new DataSource({
      ...dataSourceOptions({ url: databaseUrl, sqlitePath: join(dataDir, 'accounts.sqlite') }),
      migrations: before,
    }).initialize();
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    try {
      await runMigrations(old);
      const hash = await argon2.hash(GOOD_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
      const at = '2025-01-01 00:00:00.000';
      for (const [index, username] of [...legacy, null].entries()) {
        await old.query(
          'INSERT INTO accounts (uuid, account_number, username, username_key, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          [randomUUID(), `2025010100000${index}`, username, username?.normalize('NFKC').toLowerCase() ?? null, username ? hash : null, at, at],
        );
      }
    } finally {
      log.mockRestore();
      await old.destroy();
    }
    t = await createTestApp(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: dataDir });
  });

  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (MYSQL_SERVER_URL) {
      const server = await createConnection(MYSQL_SERVER_URL);
      await server.query(`DROP DATABASE IF EXISTS \`${databaseName}\``);
      await server.end();
    }
  });

  it('keeps every existing account signing in, look-alikes included', async () => {
    for (const username of legacy) {
      const response = await t.http.post('/v2/auth/login').send({ identifier: username, password: GOOD_PASSWORD }).expect(200);
      expect(response.body.user.username).toBe(username);
    }
  });

  it('fills the skeleton of the oldest of each look-alike set, none for the later ones', async () => {
    const rows = (await t.app.get(DataSource).query('SELECT username, username_skeleton FROM accounts ORDER BY id')) as {
      username: string | null;
      username_skeleton: string | null;
    }[];
    expect(rows.map((row) => [row.username, row.username_skeleton])).toEqual([
      ['admin1', 'adrninl'],
      ['\u0430dmin1', null],
      ['Carol', 'carol'],
      ['bob0', 'bobo'],
      ['BOBO', null],
      [null, null],
    ]);
  });

  it('refuses a new look-alike of any existing name', async () => {
    for (const username of ['adm\u0131n1', 'ADMINl', 'c\u0430rol', 'CAROL', 'B0B0']) {
      const response = await t.http.post('/v2/auth/register').send({ username, password: GOOD_PASSWORD }).expect(409);
      expect(response.body).toMatchObject({ code: 'username_taken' });
    }
    await t.http.post('/v2/auth/register').send({ username: 'dave', password: GOOD_PASSWORD }).expect(201);
  });
});

import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../persistence/data-source-options';
import { runMigrations } from '../persistence/migration-runner';
import { bindIntegerParameters } from '../persistence/sqlite-integer-parameters';
import { openTemporarySqlite } from './temporary-sqlite';

/** Which database repository specs run on: TEST_MYSQL_URL (a server URL, no database) switches to MySQL/MariaDB. */
export const STORE_DIALECT: 'sqlite' | 'mysql' = process.env.TEST_MYSQL_URL ? 'mysql' : 'sqlite';

export interface TemporaryStore {
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * The service's store as AccountsModule opens it (integers bound on SQLite, migrated): a fresh
 * SQLite file, or a fresh database on TEST_MYSQL_URL that close() drops.
 */
export async function openTemporaryStore(): Promise<TemporaryStore> {
  const server = process.env.TEST_MYSQL_URL;
  if (!server) return openTemporarySqlite(bindIntegerParameters);
  const name = `accounts_repo_${randomBytes(6).toString('hex')}`;
  const admin = await createConnection(server);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const drop = async () => {
    const connection = await createConnection(server);
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await connection.end();
  };
  let dataSource: DataSource | undefined;
  try {
    dataSource = await new DataSource(dataSourceOptions({ url: `${server.replace(/\/$/, '')}/${name}`, sqlitePath: '' })).initialize();
    bindIntegerParameters(dataSource);
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined); // "applied <migration>"
    try {
      await runMigrations(dataSource);
    } finally {
      log.mockRestore();
    }
    const opened = dataSource;
    return {
      dataSource: opened,
      close: async () => {
        await opened.destroy();
        await drop();
      },
    };
  } catch (error) {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await drop();
    throw error;
  }
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { MYSQL_SERVER_URL } from '../support/test-app';

/** Environment for a server process: its own data directory and, on MySQL, its own database. */
export async function systemEnvironment(): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'accounts-system-'));
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    RATE_LIMIT_PER_MINUTE: '100000',
    CODE_SENDS_PER_IP_PER_HOUR: '100000',
    LOGIN_MAX_FAILURES_PER_IP: '100000',
  };
  let database: string | undefined;
  if (MYSQL_SERVER_URL) {
    database = `accounts_sys_${randomBytes(5).toString('hex')}`;
    const server = await createConnection(MYSQL_SERVER_URL);
    await server.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await server.end();
    env.DATABASE_URL = `${MYSQL_SERVER_URL.replace(/\/$/, '')}/${database}`;
  }
  return {
    env,
    cleanup: async () => {
      if (database && MYSQL_SERVER_URL) {
        const server = await createConnection(MYSQL_SERVER_URL);
        await server.query(`DROP DATABASE IF EXISTS \`${database}\``);
        await server.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

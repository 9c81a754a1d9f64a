import { dirname } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { DatabaseOptions } from '../accounts.config';
import { makeDirectorySync } from '../storage/directories';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SafeQueryLogger } from './safe-query-logger';

/**
 * One description of the store for both dialects: embedded SQLite (WAL) when no
 * URL is given, MySQL/MariaDB through mysql2 for mysql:// URLs. Migrations, not
 * synchronize, shape the schema everywhere.
 */
export function dataSourceOptions(database: DatabaseOptions): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: database.logging ? (['query', 'error', 'warn'] as ('query' | 'error' | 'warn')[]) : false,
    logger: new SafeQueryLogger(database.logging ?? false),
  };
  if (database.url) {
    const url = new URL(database.url);
    if (url.protocol !== 'mysql:' && url.protocol !== 'mariadb:') {
      throw new Error(`DATABASE_URL must be a mysql:// URL (got ${url.protocol}//...)`);
    }
    return {
      ...common,
      type: 'mysql',
      host: url.hostname,
      port: Number(url.port || 3306),
      username: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: url.pathname.replace(/^\//, ''),
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      supportBigNumbers: true,
      bigNumberStrings: false,
      connectTimeout: 2000,
      poolSize: 10,
      // TypeORM sends text queries, never prepared statements, yet mysql2 gives every pooled
      // connection a statement cache of 16,000 entries whose four arrays are allocated up front:
      // 0.5 MB per connection, about 5 MB of the heap for the pool of 10 (bench/README.md).
      extra: { enableKeepAlive: true, maxIdle: 10, idleTimeout: 60000, maxPreparedStatements: 16 },
    };
  }
  makeDirectorySync(dirname(database.sqlitePath));
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.sqlitePath,
    enableWAL: true,
    prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
      db.pragma('busy_timeout = 5000');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      // SQLite's own default page cache (2 MB) instead of better-sqlite3's 16 MB: the hot pages of
      // an accounts store fit, the rest stays in the kernel's file cache instead of in this process.
      db.pragma('cache_size = -2000');
    },
  };
}

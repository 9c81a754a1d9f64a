import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../persistence/data-source-options';
import { runMigrations } from '../persistence/migration-runner';

export interface TemporarySqlite {
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The service's SQLite store, migrated, in a directory of its own that close() removes. */
export async function openTemporarySqlite(configure: (dataSource: DataSource) => void = () => undefined): Promise<TemporarySqlite> {
  const dir = mkdtempSync(join(tmpdir(), 'accounts-sqlite-'));
  const dataSource = await new DataSource(dataSourceOptions({ sqlitePath: join(dir, 'accounts.sqlite') })).initialize();
  configure(dataSource);
  const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined); // "applied <migration>"
  try {
    await runMigrations(dataSource);
  } finally {
    log.mockRestore();
  }
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Calls `onQuery` with the SQL of every query the store runs from now on (better-sqlite3's driver
 * runs them all through one query runner); answers a function that stops watching.
 */
export function watchQueries(dataSource: DataSource, onQuery: (sql: string) => void): () => void {
  const runner = dataSource.createQueryRunner();
  const query = runner.query;
  runner.query = ((sql: string, ...rest: unknown[]) => {
    onQuery(sql);
    return (query as (...args: unknown[]) => unknown).call(runner, sql, ...rest);
  }) as typeof runner.query;
  return () => {
    runner.query = query;
  };
}

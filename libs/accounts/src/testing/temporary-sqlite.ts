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

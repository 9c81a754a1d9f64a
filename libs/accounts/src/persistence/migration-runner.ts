import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

const LOCK_NAME = 'accounts_service_migrations';

/**
 * Applies pending migrations at start. On MySQL a named lock makes instances
 * that start together take turns; SQLite serializes writers by itself.
 */
export async function runMigrations(dataSource: DataSource): Promise<void> {
  const logger = new Logger('Migrations');
  if (dataSource.options.type !== 'mysql') {
    await apply(dataSource, logger);
    return;
  }
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [row] = (await runner.query('SELECT GET_LOCK(?, 60) AS taken', [LOCK_NAME])) as { taken: number }[];
    if (Number(row?.taken) !== 1) throw new Error('could not take the migration lock within 60 s');
    await apply(dataSource, logger);
  } finally {
    await runner.query('SELECT RELEASE_LOCK(?)', [LOCK_NAME]).catch(() => undefined);
    await runner.release();
  }
}

async function apply(dataSource: DataSource, logger: Logger): Promise<void> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  for (const migration of applied) logger.log(`applied ${migration.name}`);
}

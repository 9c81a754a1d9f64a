// The TypeORM DataSource for the migration CLI, on SQLite or MySQL as configured:
//   npx typeorm-ts-node-commonjs migration:show -d ormconfig.ts
// The service itself applies migrations at start; this is for operators and for
// writing new migrations (migration:generate needs a database at the latest schema).
import 'reflect-metadata';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './libs/accounts/src/persistence/data-source-options';

const dataDir = resolve(process.env.DATA_DIR ?? 'data');

export default new DataSource(
  dataSourceOptions({ url: process.env.DATABASE_URL, sqlitePath: join(dataDir, 'accounts.sqlite'), logging: false }),
);

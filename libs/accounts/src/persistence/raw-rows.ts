import { EntityMetadata, ObjectLiteral, QueryResult } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { openTransaction } from './unit-of-work/transaction-context';

/**
 * An entity from a raw row whose columns are named `<alias>_<column>` (what
 * TypeORM's query builder selects), converted by the driver exactly as
 * TypeORM's own hydration does (dates, booleans, column transformers).
 */
export function hydrate<T extends ObjectLiteral>(metadata: EntityMetadata, row: Record<string, unknown>, alias: string): T {
  const driver = metadata.connection.driver;
  const entity = metadata.create() as T;
  for (const { column, key } of rowColumns(metadata, alias)) {
    column.setEntityValue(entity, driver.prepareHydratedValue(row[key], column));
  }
  return entity;
}

interface RowColumn {
  column: ColumnMetadata;
  key: string;
}

// Hydration runs on every authenticated request: the row keys are spelled once per entity and alias.
const rowColumnsByMetadata = new WeakMap<EntityMetadata, Map<string, RowColumn[]>>();

function rowColumns(metadata: EntityMetadata, alias: string): RowColumn[] {
  let byAlias = rowColumnsByMetadata.get(metadata);
  if (!byAlias) rowColumnsByMetadata.set(metadata, (byAlias = new Map()));
  let columns = byAlias.get(alias);
  if (!columns) byAlias.set(alias, (columns = metadata.columns.map((column) => ({ column, key: `${alias}_${column.databaseName}` }))));
  return columns;
}

/** A value as the driver stores it in an entity's column, converted as TypeORM's own writes do. */
export function persistentValue(metadata: EntityMetadata, propertyName: string, value: unknown): unknown {
  return metadata.connection.driver.preparePersistentValue(value, columnOf(metadata, propertyName));
}

function columnOf(metadata: EntityMetadata, propertyName: string): ColumnMetadata {
  const column = metadata.findColumnWithPropertyName(propertyName);
  if (!column) throw new Error(`${metadata.name} has no column ${propertyName}`);
  return column;
}

/**
 * `UPDATE <table> SET <column> = ?, ... WHERE <where>` in the driver's quoting, with `?`
 * placeholders (SQLite's and MySQL's). Hand-built because TypeORM's builder inlines
 * numbers into its SQLite text, so its SQL cannot be reused with other values.
 */
export function updateSql(metadata: EntityMetadata, set: string[], where: (column: (propertyName: string) => string) => string): string {
  const driver = metadata.connection.driver;
  const column = (propertyName: string): string => driver.escape(columnOf(metadata, propertyName).databaseName);
  const assignments = set.map((propertyName) => `${column(propertyName)} = ?`).join(', ');
  return `UPDATE ${driver.escape(metadata.tablePath)} SET ${assignments} WHERE ${where(column)}`;
}

/** Runs a write whose SQL was built once (in the open unit of work, if any); answers how many rows it changed. */
export async function executeWrite(metadata: EntityMetadata, sql: string, parameters: unknown[]): Promise<number> {
  const transaction = openTransaction();
  if (transaction) return affectedRows(await transaction.runner.query(sql, parameters, true));
  const runner = metadata.connection.createQueryRunner();
  try {
    return affectedRows(await runner.query(sql, parameters, true));
  } finally {
    await runner.release();
  }
}

function affectedRows(result: unknown): number {
  return (result as QueryResult).affected ?? 0;
}

import { EntityMetadata, ObjectLiteral } from 'typeorm';

/**
 * An entity from a raw row whose columns are named `<alias>_<column>` (what
 * TypeORM's query builder selects), converted by the driver exactly as
 * TypeORM's own hydration does (dates, booleans, column transformers).
 */
export function hydrate<T extends ObjectLiteral>(metadata: EntityMetadata, row: Record<string, unknown>, alias: string): T {
  const driver = metadata.connection.driver;
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    column.setEntityValue(entity, driver.prepareHydratedValue(row[`${alias}_${column.databaseName}`], column));
  }
  return entity;
}

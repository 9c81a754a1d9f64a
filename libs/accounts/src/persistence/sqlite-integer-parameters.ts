import { DataSource, ObjectLiteral } from 'typeorm';
import { AbstractSqliteDriver } from 'typeorm/driver/sqlite-abstract/AbstractSqliteDriver';

/**
 * TypeORM writes number parameters into its SQLite SQL as literals (`WHERE "id" = 42`), so every
 * account got SQL text of its own: better-sqlite3 prepared each statement anew, TypeORM's cache of
 * 100 prepared statements turned over on every registration (evicting the hot ones too), and each
 * evicted statement held its native memory until V8 happened to collect it. Handing TypeORM safe
 * integers as BigInt makes it bind them like its other values; SQLite binds a BigInt as the same
 * INTEGER the literal was, so every query means what it meant. MySQL's driver binds numbers already.
 */
export function bindIntegerParameters(dataSource: DataSource): void {
  const driver = dataSource.driver;
  if (!(driver instanceof AbstractSqliteDriver)) return;
  const escape = driver.escapeQueryWithParameters.bind(driver);
  driver.escapeQueryWithParameters = (sql: string, parameters: ObjectLiteral, nativeParameters: ObjectLiteral) =>
    escape(sql, withBigIntIntegers(parameters), nativeParameters);
}

function withBigIntIntegers(parameters: ObjectLiteral): ObjectLiteral {
  if (!parameters) return parameters;
  let copy: ObjectLiteral | undefined;
  for (const [key, value] of Object.entries(parameters)) {
    if (typeof value === 'number' && Number.isSafeInteger(value)) {
      copy ??= { ...parameters };
      copy[key] = BigInt(value);
    }
  }
  return copy ?? parameters;
}

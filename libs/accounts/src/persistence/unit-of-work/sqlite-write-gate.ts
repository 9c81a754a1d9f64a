import { DataSource, QueryRunner } from 'typeorm';
import { AbstractSqliteDriver } from 'typeorm/driver/sqlite-abstract/AbstractSqliteDriver';
import { openTransaction } from './transaction-context';

/**
 * SQLite has one connection, shared by every request: a statement issued while a unit of work
 * holds a transaction would run inside it (seeing its half, and undone with it). The gate lets
 * one holder use the connection at a time: a unit of work for its whole transaction, any other
 * statement for itself only. Statements are synchronous in better-sqlite3, so holding is short.
 */
export class SqliteWriteGate {
  private held = false;
  private readonly waiting: (() => void)[] = [];

  async hold<T>(work: () => Promise<T>): Promise<T> {
    if (this.held) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.held = true;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.held = false;
    }
  }
}

const gates = new WeakMap<DataSource, SqliteWriteGate>();

/** The gate of this SQLite store (installed on its one query runner), or null for MySQL. */
export function sqliteWriteGate(dataSource: DataSource): SqliteWriteGate | null {
  if (!(dataSource.driver instanceof AbstractSqliteDriver)) return null;
  let gate = gates.get(dataSource);
  if (!gate) gates.set(dataSource, (gate = new SqliteWriteGate()));
  // The driver makes its runner anew after a reconnect: guard whichever it hands out now.
  const runner = dataSource.createQueryRunner() as QueryRunner & { [GUARDED]?: true };
  if (!runner[GUARDED]) guardRunner(runner, gate);
  return gate;
}

const GUARDED = Symbol('guarded by the write gate');

/**
 * TypeORM's SQLite drivers hand out one query runner for the connection: every statement
 * passes its `query`. Outside a unit of work each waits for the gate; inside, the holder's go
 * straight through. Every transaction begins IMMEDIATE: it takes the write lock at once, so a
 * second process on the file (the CLI) makes it wait at BEGIN instead of failing at its first write.
 */
function guardRunner(runner: QueryRunner, gate: SqliteWriteGate): void {
  const query = runner.query.bind(runner) as QueryRunner['query'];
  (runner as QueryRunner & { [GUARDED]?: true })[GUARDED] = true;
  runner.query = ((sql: string, parameters?: unknown[], structured?: boolean) => {
    const statement = sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql;
    if (openTransaction()) return query(statement, parameters, structured as true);
    return gate.hold(() => query(statement, parameters, structured as true));
  }) as QueryRunner['query'];
}

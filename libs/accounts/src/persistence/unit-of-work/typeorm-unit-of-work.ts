import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UnitOfWork } from '../../ports/unit-of-work';
import { SqliteWriteGate, sqliteWriteGate } from './sqlite-write-gate';
import { OpenTransaction, openTransaction, runInTransaction } from './transaction-context';

/** MySQL errors after which the whole transaction may simply run again. */
const RETRIED_ERRNOS = new Set([1213 /* ER_LOCK_DEADLOCK */, 1205 /* ER_LOCK_WAIT_TIMEOUT */]);
const ATTEMPTS = 4;

/**
 * The unit of work on the TypeORM store. MySQL: a READ COMMITTED transaction on one pooled
 * connection (uniqueness comes from the indexes and every claim is a conditional UPDATE, so
 * no gap locks are needed), run again on deadlock. SQLite: a write transaction on the one
 * connection, behind the write gate so that no other request's statement lands inside it.
 * A unit of work started inside another joins it.
 */
@Injectable()
export class TypeOrmUnitOfWork extends UnitOfWork {
  private readonly logger = new Logger('UnitOfWork');
  private readonly gate: SqliteWriteGate | null;

  constructor(private readonly dataSource: DataSource) {
    super();
    this.gate = sqliteWriteGate(dataSource);
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    if (openTransaction()) return work();
    return this.gate ? this.gate.hold(() => this.once(work)) : this.withRetries(work);
  }

  private async withRetries<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(work);
      } catch (error) {
        if (attempt >= ATTEMPTS || !RETRIED_ERRNOS.has(errnoOf(error))) throw error;
        this.logger.warn(`transaction ran into a ${errnoOf(error) === 1213 ? 'deadlock' : 'lock wait timeout'}; attempt ${attempt + 1}`);
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
      }
    }
  }

  private async once<T>(work: () => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    const transaction: OpenTransaction = { manager: runner.manager, runner, open: true };
    try {
      // Begin, commit and roll back inside the context too: on SQLite they pass the gate as its holder.
      return await runInTransaction(transaction, async () => {
        await runner.startTransaction(this.gate ? undefined : 'READ COMMITTED');
        try {
          const result = await work();
          await runner.commitTransaction();
          return result;
        } catch (error) {
          if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
          throw error;
        }
      });
    } finally {
      transaction.open = false;
      if (!this.gate) await runner.release();
    }
  }
}

function errnoOf(error: unknown): number {
  const cause = (error as { driverError?: { errno?: unknown }; errno?: unknown }) ?? {};
  const errno = cause.driverError?.errno ?? cause.errno;
  return typeof errno === 'number' ? errno : 0;
}

import { AsyncLocalStorage } from 'node:async_hooks';
import { EntityManager, ObjectLiteral, QueryRunner, Repository } from 'typeorm';

/** The transaction a unit of work opened, seen by every repository call made inside it. */
export interface OpenTransaction {
  manager: EntityManager;
  runner: QueryRunner;
  /** False once it committed or rolled back: a continuation that outlives it must not write into it. */
  open: boolean;
}

const transactions = new AsyncLocalStorage<OpenTransaction>();

export function runInTransaction<T>(transaction: OpenTransaction, work: () => Promise<T>): Promise<T> {
  return transactions.run(transaction, work);
}

export function openTransaction(): OpenTransaction | undefined {
  const transaction = transactions.getStore();
  return transaction?.open ? transaction : undefined;
}

/** The repository as the current unit of work sees it: inside one, bound to its transaction. */
export function joined<T extends ObjectLiteral>(repository: Repository<T>): Repository<T> {
  const transaction = openTransaction();
  return transaction ? transaction.manager.getRepository<T>(repository.target) : repository;
}

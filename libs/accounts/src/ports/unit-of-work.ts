/**
 * Writes that belong together commit together. `run` executes `work` in one transaction of
 * the store: every repository call made inside it (however deep) joins that transaction, and
 * nothing of it remains if `work` throws. On MySQL a deadlock runs `work` again, so work
 * must not do anything outside the store (no delivery, no HTTP, no hashing): do those
 * before, or after it returns.
 */
export abstract class UnitOfWork {
  abstract run<T>(work: () => Promise<T>): Promise<T>;
}

import * as argon2 from 'argon2';
import { availableParallelism } from 'node:os';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { ConcurrencyGate, GateSaturatedError } from './concurrency-gate';

export interface Argon2Parameters {
  memoryKiB: number;
  timeCost: number;
  parallelism: number;
}

/** OWASP's first argon2id choice: m=19456 KiB, t=2, p=1. */
export const OWASP_ARGON2: Argon2Parameters = { memoryKiB: 19456, timeCost: 2, parallelism: 1 };

/**
 * How many argon2 computations may run at once: no more than the cores (more
 * only time-slice the same CPUs and hold more 19 MiB buffers), and always one
 * libuv thread fewer than the pool (UV_THREADPOOL_SIZE, 4 by default). The
 * pool also runs every JWT signature and check (jose uses Node's async crypto),
 * file writes and DNS lookups; with a hash on every pool thread, each token
 * check of a plain read would queue behind whole hashes during a sign-in storm.
 */
export function hashingConcurrency(cores = availableParallelism(), threadPoolSize = Number(process.env.UV_THREADPOOL_SIZE) || 4): number {
  return Math.max(1, Math.min(cores, threadPoolSize - 1));
}

/** How many hashes may wait for a free slot, and how long one may wait. */
export interface HashQueueOptions {
  limit: number;
  maxWaitMs: number;
}

/**
 * A queue that drains in about 2 s: the bench measures ~22 ms of CPU per OWASP
 * hash, so ~45 hashes a second per slot (~95/s on 2 cores), 90 waiting per slot.
 * Past it a sign-in storm is answered "try again" at once instead of making
 * every sign-in wait behind it (400 queued hashes were a p95 of 22 s).
 */
export function defaultHashQueueLimit(slots = hashingConcurrency()): number {
  return slots * 90;
}

/** Above the queue's drain time, so only a machine slowed by other work sheds by deadline. */
export const DEFAULT_HASH_QUEUE_WAIT_MS = 3000;

/** What a shed hash answers in every contract: their rate-limit envelope, retry in a second. */
const SHED_RETRY_AFTER_SECONDS = 1;

/**
 * argon2id hashing; argon2 runs on libuv's thread pool, so the event loop stays
 * free. Hashes wait in a bounded queue; one that cannot be queued or waits past
 * the deadline throws AccountsError(RateLimited) before any work is done.
 */
export class PasswordHasher {
  private readonly options: argon2.HashOptions & { raw: false };
  private readonly gate: ConcurrencyGate;
  private dummyHash: Promise<string> | undefined;

  constructor(parameters: Argon2Parameters, queue: HashQueueOptions = { limit: defaultHashQueueLimit(), maxWaitMs: DEFAULT_HASH_QUEUE_WAIT_MS }) {
    this.gate = new ConcurrencyGate({ limit: hashingConcurrency(), queueLimit: queue.limit, maxWaitMs: queue.maxWaitMs });
    this.options = {
      type: argon2.argon2id,
      memoryCost: parameters.memoryKiB,
      timeCost: parameters.timeCost,
      parallelism: parameters.parallelism,
      raw: false,
    };
  }

  /** Throws AccountsError(RateLimited) when the queue sheds it. */
  hash(password: string): Promise<string> {
    return this.admitted(() => argon2.hash(password, this.options));
  }

  /** False for a wrong password or an unreadable hash; throws AccountsError(RateLimited) when shed. */
  verify(hash: string, password: string): Promise<boolean> {
    return this.admitted(() => argon2.verify(hash, password).catch(() => false));
  }

  /** True when the hash was made with other parameters than the configured ones. */
  needsRehash(hash: string): boolean {
    return argon2.needsRehash(hash, {
      memoryCost: this.options.memoryCost,
      timeCost: this.options.timeCost,
      parallelism: this.options.parallelism,
    });
  }

  /**
   * Spends the time of one verification, so that unknown accounts answer as
   * slowly as known ones; it waits and is shed in the same queue, so a shed
   * answer does not tell either.
   */
  async burnVerification(password: string): Promise<void> {
    // A dummy hash made in a storm may itself be shed: the next caller tries again.
    this.dummyHash ??= this.hash('dummy password for timing').catch((error: unknown) => {
      this.dummyHash = undefined;
      throw error;
    });
    await this.verify(await this.dummyHash, password);
  }

  private async admitted<T>(task: () => Promise<T>): Promise<T> {
    try {
      return await this.gate.run(task);
    } catch (error) {
      if (!(error instanceof GateSaturatedError)) throw error;
      throw new AccountsError(AccountsErrorCode.RateLimited, 'password hashing is saturated; try again shortly', {
        retryAfterSeconds: SHED_RETRY_AFTER_SECONDS,
      });
    }
  }
}

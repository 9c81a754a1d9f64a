import * as argon2 from 'argon2';
import { availableParallelism } from 'node:os';
import { ConcurrencyGate } from './concurrency-gate';

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

/** argon2id hashing; argon2 runs on libuv's thread pool, so the event loop stays free. */
export class PasswordHasher {
  private readonly options: argon2.HashOptions & { raw: false };
  private readonly gate = new ConcurrencyGate(hashingConcurrency());
  private dummyHash: Promise<string> | undefined;

  constructor(parameters: Argon2Parameters) {
    this.options = {
      type: argon2.argon2id,
      memoryCost: parameters.memoryKiB,
      timeCost: parameters.timeCost,
      parallelism: parameters.parallelism,
      raw: false,
    };
  }

  hash(password: string): Promise<string> {
    return this.gate.run(() => argon2.hash(password, this.options));
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await this.gate.run(() => argon2.verify(hash, password));
    } catch {
      return false;
    }
  }

  /** True when the hash was made with other parameters than the configured ones. */
  needsRehash(hash: string): boolean {
    return argon2.needsRehash(hash, {
      memoryCost: this.options.memoryCost,
      timeCost: this.options.timeCost,
      parallelism: this.options.parallelism,
    });
  }

  /** Spends the time of one verification, so that unknown accounts answer as slowly as known ones. */
  async burnVerification(password: string): Promise<void> {
    this.dummyHash ??= this.hash('dummy password for timing');
    await this.verify(await this.dummyHash, password);
  }
}

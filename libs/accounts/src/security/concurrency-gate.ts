/** Thrown by ConcurrencyGate.run when a task is shed: the queue was full, or its wait ran past the deadline. */
export class GateSaturatedError extends Error {
  constructor(readonly reason: 'queue_full' | 'wait_deadline') {
    super(reason === 'queue_full' ? 'the wait queue is full' : 'waited past the queue deadline');
    this.name = 'GateSaturatedError';
  }
}

export interface ConcurrencyGateOptions {
  /** Tasks running at once. */
  limit: number;
  /** Tasks that may wait for a slot; one more is shed at once. Default: unbounded. */
  queueLimit?: number;
  /** Longest wait for a slot before the task is shed. Default: no deadline. */
  maxWaitMs?: number;
}

interface Waiter {
  start: () => void;
}

/**
 * Runs at most `limit` tasks at once; the others wait their turn, first come
 * first served, in a bounded queue. A task that finds the queue full, or waits
 * longer than the deadline, is refused with GateSaturatedError instead of
 * waiting: under overload, quick refusals keep every admitted task fast.
 */
export class ConcurrencyGate {
  readonly limit: number;
  readonly queueLimit: number;
  readonly maxWaitMs: number;
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(options: ConcurrencyGateOptions) {
    const { limit, queueLimit = Number.POSITIVE_INFINITY, maxWaitMs = Number.POSITIVE_INFINITY } = options;
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`ConcurrencyGate limit must be a positive integer, got ${limit}`);
    if (!(queueLimit >= 0) || (Number.isFinite(queueLimit) && !Number.isInteger(queueLimit))) {
      throw new Error(`ConcurrencyGate queueLimit must be a whole number >= 0, got ${queueLimit}`);
    }
    if (!(maxWaitMs > 0)) throw new Error(`ConcurrencyGate maxWaitMs must be positive, got ${maxWaitMs}`);
    this.limit = limit;
    this.queueLimit = queueLimit;
    this.maxWaitMs = maxWaitMs;
  }

  /** Tasks waiting for a slot now. */
  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.limit) this.running += 1;
    else await this.waitForSlot();
    try {
      return await task();
    } finally {
      // The slot passes straight to the next waiter, so `running` only drops when nobody waits.
      const next = this.waiting.shift();
      if (next) next.start();
      else this.running -= 1;
    }
  }

  private waitForSlot(): Promise<void> {
    if (this.waiting.length >= this.queueLimit) return Promise.reject(new GateSaturatedError('queue_full'));
    return new Promise<void>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const waiter: Waiter = {
        start: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      if (Number.isFinite(this.maxWaitMs)) {
        timer = setTimeout(() => {
          // Still queued (start() clears the timer): leave the queue, the slot stays with the runners.
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(new GateSaturatedError('wait_deadline'));
        }, this.maxWaitMs);
        // A pending deadline must not keep a stopping process alive.
        timer.unref();
      }
      this.waiting.push(waiter);
    });
  }
}

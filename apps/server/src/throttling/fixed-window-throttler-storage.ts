import { ThrottlerStorage } from '@nestjs/throttler';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

interface Window {
  hits: number;
  endsAt: number;
  blockedUntil: number;
}

const SWEEP_EVERY = 1000;

/**
 * The single-instance throttler storage: one fixed window per key, counted the
 * way the Redis storage counts with REDIS_URL (INCR, expiry on the first hit,
 * a block once the limit is passed), so one box and many answer alike.
 * @nestjs/throttler's own storage keeps every hit's timestamp per key and
 * re-filters them on each request: with many clients that held about 700 bytes
 * per key (bench/README.md); a window is three numbers.
 */
export class FixedWindowThrottlerStorage implements ThrottlerStorage {
  private readonly windows = new Map<string, Window>();
  private increments = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** How many windows are held (ended ones until the next sweep). */
  get size(): number {
    return this.windows.size;
  }

  increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const now = this.now();
    this.sweepNowAndThen(now);
    const id = `${key}:${throttlerName}`;
    let window = this.windows.get(id);
    if (!window) this.windows.set(id, (window = { hits: 0, endsAt: 0, blockedUntil: 0 }));
    // A window that ended starts again at this hit; a block runs on by its own clock.
    if (window.endsAt <= now) {
      window.hits = 0;
      window.endsAt = now + ttl;
    }
    window.hits += 1;
    if (window.blockedUntil <= now && window.hits > limit) window.blockedUntil = now + blockDuration;
    const isBlocked = window.blockedUntil > now;
    return Promise.resolve({
      totalHits: window.hits,
      timeToExpire: Math.ceil((window.endsAt - now) / 1000),
      isBlocked,
      timeToBlockExpire: isBlocked ? Math.ceil((window.blockedUntil - now) / 1000) : 0,
    });
  }

  /** Drops windows that have ended, every so many increments, so the map holds only live clients. */
  private sweepNowAndThen(now: number): void {
    if (++this.increments % SWEEP_EVERY !== 0) return;
    for (const [id, window] of this.windows) if (window.endsAt <= now && window.blockedUntil <= now) this.windows.delete(id);
  }
}

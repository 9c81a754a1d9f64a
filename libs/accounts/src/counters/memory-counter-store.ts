import { CounterStore } from '../ports/counter-store';
import { Clock } from '../ports/clock';

interface Window {
  count: number;
  resetAt: number;
}

/** Counters for a single instance; with REDIS_URL the Redis store replaces it. */
export class MemoryCounterStore extends CounterStore {
  private readonly windows = new Map<string, Window>();
  private readonly leases = new Map<string, number>();
  private sweeps = 0;

  constructor(private readonly clock: Clock) {
    super();
  }

  hit(key: string, windowSeconds: number): Promise<{ count: number; resetSeconds: number }> {
    const now = this.clock.now().getTime();
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return Promise.resolve({ count: window.count, resetSeconds: Math.ceil((window.resetAt - now) / 1000) });
  }

  peek(key: string): Promise<number> {
    const window = this.windows.get(key);
    return Promise.resolve(window && window.resetAt > this.clock.now().getTime() ? window.count : 0);
  }

  acquire(key: string, seconds: number): Promise<number> {
    const now = this.clock.now().getTime();
    const heldUntil = this.leases.get(key);
    if (heldUntil !== undefined && heldUntil > now) return Promise.resolve(Math.ceil((heldUntil - now) / 1000));
    this.leases.set(key, now + seconds * 1000);
    return Promise.resolve(0);
  }

  leaseSeconds(key: string): Promise<number> {
    const heldUntil = this.leases.get(key) ?? 0;
    return Promise.resolve(Math.max(0, Math.ceil((heldUntil - this.clock.now().getTime()) / 1000)));
  }

  release(key: string): Promise<void> {
    this.leases.delete(key);
    return Promise.resolve();
  }

  reset(key: string): Promise<void> {
    this.windows.delete(key);
    return Promise.resolve();
  }

  /** Drops expired entries now and then, so the maps stay bounded. */
  private sweep(now: number): void {
    if (++this.sweeps % 1000 !== 0) return;
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    for (const [key, until] of this.leases) if (until <= now) this.leases.delete(key);
  }
}

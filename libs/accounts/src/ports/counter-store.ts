/**
 * Short-lived counters shared by every instance (Redis) or by one process
 * (memory): rate limits and send throttles.
 */
export abstract class CounterStore {
  /** Adds one hit in a fixed window; answers the count so far and the seconds left in the window. */
  abstract hit(key: string, windowSeconds: number): Promise<{ count: number; resetSeconds: number }>;
  /** The count in the current window (0 when none). */
  abstract peek(key: string): Promise<number>;
  /** Takes a lease if nobody holds it; answers 0 on success, else the seconds the holder keeps it. */
  abstract acquire(key: string, seconds: number): Promise<number>;
  /** The seconds a lease is still held (0 when nobody holds it), without taking it. */
  abstract leaseSeconds(key: string): Promise<number>;
  abstract release(key: string): Promise<void>;
  abstract reset(key: string): Promise<void>;
}

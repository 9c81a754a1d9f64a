import type Redis from 'ioredis';
import { CounterStore } from '../ports/counter-store';

const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { count, redis.call('PTTL', KEYS[1]) }`;

/** Counters every instance shares, so limits hold across a fleet. */
export class RedisCounterStore extends CounterStore {
  /** Keys are prefixed by the connection (REDIS_KEY_PREFIX) and then by `counters:`. */
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'counters:',
  ) {
    super();
  }

  async hit(key: string, windowSeconds: number): Promise<{ count: number; resetSeconds: number }> {
    const [count, ttl] = (await this.redis.eval(HIT, 1, this.prefix + key, windowSeconds * 1000)) as [number, number];
    return { count, resetSeconds: Math.max(1, Math.ceil(ttl / 1000)) };
  }

  async peek(key: string): Promise<number> {
    return Number((await this.redis.get(this.prefix + key)) ?? 0);
  }

  async acquire(key: string, seconds: number): Promise<number> {
    const taken = await this.redis.set(this.prefix + key, '1', 'EX', seconds, 'NX');
    if (taken === 'OK') return 0;
    return Math.max(1, await this.redis.ttl(this.prefix + key));
  }

  async leaseSeconds(key: string): Promise<number> {
    return Math.max(0, await this.redis.ttl(this.prefix + key));
  }

  async release(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }
}

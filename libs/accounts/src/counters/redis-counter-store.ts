import type Redis from 'ioredis';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { CounterStore } from '../ports/counter-store';

const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { count, redis.call('PTTL', KEYS[1]) }`;

/** A Redis that does not serve a command is an outage: every contract answers it 503 in its envelope. */
export async function unlessRedisIsDown<T>(command: () => Promise<T>): Promise<T> {
  try {
    return await command();
  } catch (error) {
    throw new AccountsError(AccountsErrorCode.ServiceUnavailable, `redis is unavailable: ${(error as Error)?.message ?? String(error)}`);
  }
}

/** Counters every instance shares, so limits hold across a fleet. */
export class RedisCounterStore extends CounterStore {
  /** Keys are prefixed by the connection (REDIS_KEY_PREFIX) and then by `counters:`. */
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'counters:',
  ) {
    super();
  }

  hit(key: string, windowSeconds: number): Promise<{ count: number; resetSeconds: number }> {
    return unlessRedisIsDown(async () => {
      const [count, ttl] = (await this.redis.eval(HIT, 1, this.prefix + key, windowSeconds * 1000)) as [number, number];
      return { count, resetSeconds: Math.max(1, Math.ceil(ttl / 1000)) };
    });
  }

  peek(key: string): Promise<number> {
    return unlessRedisIsDown(async () => Number((await this.redis.get(this.prefix + key)) ?? 0));
  }

  acquire(key: string, seconds: number): Promise<number> {
    return unlessRedisIsDown(async () => {
      const taken = await this.redis.set(this.prefix + key, '1', 'EX', seconds, 'NX');
      if (taken === 'OK') return 0;
      return Math.max(1, await this.redis.ttl(this.prefix + key));
    });
  }

  leaseSeconds(key: string): Promise<number> {
    return unlessRedisIsDown(async () => Math.max(0, await this.redis.ttl(this.prefix + key)));
  }

  release(key: string): Promise<void> {
    return unlessRedisIsDown(async () => void (await this.redis.del(this.prefix + key)));
  }

  reset(key: string): Promise<void> {
    return unlessRedisIsDown(async () => void (await this.redis.del(this.prefix + key)));
  }
}

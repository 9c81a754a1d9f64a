import { ThrottlerStorage } from '@nestjs/throttler';
import type Redis from 'ioredis';
import { unlessRedisIsDown } from '@app/accounts';

/**
 * The throttler's windows in Redis (shared by every instance). A Redis that
 * does not answer is an outage: the request is answered 503 in its contract's
 * envelope, not 500.
 */
export async function redisThrottlerStorage(redis: Redis): Promise<ThrottlerStorage> {
  const { ThrottlerStorageRedisService } = await import('@nest-lab/throttler-storage-redis');
  const storage = new ThrottlerStorageRedisService(redis);
  return {
    increment: (key, ttl, limit, blockDuration, throttlerName) =>
      unlessRedisIsDown(() => storage.increment(key, ttl, limit, blockDuration, throttlerName)),
  };
}

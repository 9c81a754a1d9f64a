import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import type Redis from 'ioredis';
import { REDIS_COMMAND_TIMEOUT_MS, REDIS_CONNECTION } from '@app/accounts';

/** Redis answers PING (only when REDIS_URL is set: throttling and counters need it). */
@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS_CONNECTION) private readonly redis: Redis | null,
  ) {}

  get configured(): boolean {
    return this.redis !== null;
  }

  async pingCheck(key: 'redis'): Promise<HealthIndicatorResult<'redis'>> {
    const indicator = this.indicators.check(key);
    try {
      await Promise.race([
        this.redis!.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), REDIS_COMMAND_TIMEOUT_MS).unref()),
      ]);
      return indicator.up();
    } catch {
      return indicator.down({ message: 'Redis is unreachable' });
    }
  }
}

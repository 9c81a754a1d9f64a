import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheckResult, HealthCheckService, HealthIndicatorFunction, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { HttpReply } from '@app/facade-kit';
import { RedisHealthIndicator } from './redis-health.indicator';

/** 200 when the database (and Redis, with REDIS_URL) answer within 1.5 s, 503 naming what is down otherwise. */
@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get()
  async check(@Res({ passthrough: true }) response: HttpReply): Promise<HealthCheckResult> {
    const checks: HealthIndicatorFunction[] = [() => this.database.pingCheck('database', { timeout: 1500 })];
    if (this.redis.configured) checks.push(() => this.redis.pingCheck('redis'));
    try {
      return await this.health.check(checks);
    } catch (error) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      const result = (error as { response?: HealthCheckResult }).response;
      return result ?? { status: 'error', info: {}, error: { database: { status: 'down' } }, details: { database: { status: 'down' } } };
    }
  }
}

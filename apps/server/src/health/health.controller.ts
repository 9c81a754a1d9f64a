import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { HttpReply } from '@app/facade-kit';

/** 200 when the database answers within 1.5 s, 503 with the reason otherwise. */
@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  @Get()
  async check(@Res({ passthrough: true }) response: HttpReply): Promise<HealthCheckResult> {
    try {
      return await this.health.check([() => this.database.pingCheck('database', { timeout: 1500 })]);
    } catch (error) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      const result = (error as { response?: HealthCheckResult }).response;
      return result ?? { status: 'error', info: {}, error: { database: { status: 'down' } }, details: { database: { status: 'down' } } };
    }
  }
}

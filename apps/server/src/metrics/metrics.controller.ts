import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AccountsError, AccountsErrorCode, constantTimeEqual } from '@app/accounts';
import type { HttpReply } from '@app/facade-kit';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../app-config.token';
import { ServiceMetrics } from './service-metrics';

/**
 * Prometheus scrape endpoint. Open outside production; in production only with
 * METRICS_TOKEN (sent as `Authorization: Bearer <token>`), or METRICS_ENABLED=true.
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: ServiceMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() response: HttpReply): Promise<void> {
    const { enabled, token } = this.config.metrics;
    if (!enabled) throw new AccountsError(AccountsErrorCode.NotFound, 'metrics are off');
    if (token && !constantTimeEqual(authorization ?? '', `Bearer ${token}`)) {
      throw new AccountsError(AccountsErrorCode.TokenInvalid, 'a metrics token is required');
    }
    response.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}

import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import type Redis from 'ioredis';
import { LoggerModule } from 'nestjs-pino';
import { AccountsModule, REDIS_CONNECTION } from '@app/accounts';
import { ApiV2Module } from '@app/api-v2';
import { EnvelopeExceptionFilter, FacadeKitModule, HttpRequest } from '@app/facade-kit';
import { InfiniteModule } from '@app/infinite';
import { OauthV1Module } from '@app/oauth-v1';
import { UsersModule } from '@app/users';
import { VcodeModule } from '@app/vcode';
import { VenusModule } from '@app/venus';
import { APP_CONFIG } from './app-config.token';
import { AppConfig } from './config/app-config';
import { loggerParams } from './config/logging';
import { FilesController } from './files/files.controller';
import { HealthController } from './health/health.controller';
import { RedisHealthIndicator } from './health/redis-health.indicator';
import { MetricsController } from './metrics/metrics.controller';
import { ServiceMetrics } from './metrics/service-metrics';
import { trackClientAddress } from './throttling/client-address-tracker';
import { FixedWindowThrottlerStorage } from './throttling/fixed-window-throttler-storage';
import { redisThrottlerStorage } from './throttling/redis-throttler-storage';

export { APP_CONFIG };

/** The one deployable: the core, the v2 API and the five legacy façades. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const metrics = new ServiceMetrics();
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot(loggerParams(config.logLevel)),
        AccountsModule.forRoot(config.accounts, { observer: metrics }),
        FacadeKitModule,
        ThrottlerModule.forRootAsync({
          inject: [REDIS_CONNECTION],
          // With REDIS_URL every instance counts into the same windows; alone, one counts them in memory the same way.
          useFactory: async (redis: Redis | null) => ({
            throttlers: [{ name: 'default', ttl: 60_000, limit: config.rateLimitPerMinute }],
            getTracker: (request) => trackClientAddress(request as HttpRequest),
            storage: redis ? await redisThrottlerStorage(redis) : new FixedWindowThrottlerStorage(),
          }),
        }),
        TerminusModule.forRoot({ logger: false, gracefulShutdownTimeoutMs: 0 }),
        ApiV2Module,
        VenusModule,
        UsersModule,
        InfiniteModule,
        OauthV1Module,
        VcodeModule,
      ],
      controllers: [HealthController, FilesController, MetricsController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: ServiceMetrics, useValue: metrics },
        RedisHealthIndicator,
        { provide: APP_FILTER, useClass: EnvelopeExceptionFilter },
      ],
    };
  }
}

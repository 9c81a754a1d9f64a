import { DynamicModule, Inject, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { ACCOUNTS_CONFIG, AccountsConfig } from './accounts.config';
import { ADAPTER_PROVIDERS, REDIS_CONNECTION, REPOSITORY_PROVIDERS } from './accounts.providers';
import { closeRedisConnection } from './counters/redis-connection';
import { ENTITIES } from './persistence/entities';
import { AccountsObserver } from './ports/accounts-observer';
import { allowPhoneRegions } from './domain/phone';
import { dataSourceOptions } from './persistence/data-source-options';
import { runMigrations } from './persistence/migration-runner';
import { bindIntegerParameters } from './persistence/sqlite-integer-parameters';
import { SERVICES, USE_CASES } from './use-cases';

/**
 * The accounts core: persistence, security, delivery and every use case.
 * Surfaces import it through @app/accounts and call the use cases.
 */
@Module({})
export class AccountsModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS_CONNECTION) private readonly redis: Redis | null,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
  ) {}

  /** `observer` receives countable events (metrics); by default they are ignored. */
  static forRoot(config: AccountsConfig, options: { observer?: AccountsObserver } = {}): DynamicModule {
    const observer = options.observer ? [{ provide: AccountsObserver, useValue: options.observer }] : [];
    return {
      module: AccountsModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.database), retryAttempts: 2, retryDelay: 1000 }),
        TypeOrmModule.forFeature(ENTITIES),
      ],
      providers: [
        { provide: ACCOUNTS_CONFIG, useValue: config },
        ...ADAPTER_PROVIDERS,
        ...observer,
        ...REPOSITORY_PROVIDERS,
        ...SERVICES,
        ...USE_CASES,
      ],
      exports: [ACCOUNTS_CONFIG, REDIS_CONNECTION, ...ADAPTER_PROVIDERS, ...REPOSITORY_PROVIDERS, ...SERVICES, ...USE_CASES],
    };
  }

  async onModuleInit(): Promise<void> {
    allowPhoneRegions(this.config.smsAllowedRegions);
    bindIntegerParameters(this.dataSource);
    await runMigrations(this.dataSource);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis) await closeRedisConnection(this.redis);
  }
}

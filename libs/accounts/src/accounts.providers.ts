import { Provider } from '@nestjs/common';
import type Redis from 'ioredis';
import { join } from 'node:path';
import { ACCOUNTS_CONFIG, AccountsConfig } from './accounts.config';
import { SystemClock } from './clock/system-clock';
import { MemoryCounterStore } from './counters/memory-counter-store';
import { RedisCounterStore } from './counters/redis-counter-store';
import { ChannelRouterDelivery } from './delivery/channel-router.delivery';
import { HttpSmsDelivery } from './delivery/http-sms.delivery';
import { OutboxDelivery } from './delivery/outbox.delivery';
import { SmtpDelivery } from './delivery/smtp.delivery';
import { CodeChannel } from './domain/verification-code';
import { GiteaMirror, NoMirror } from './gitea/gitea-mirror';
import { AccountMirror } from './ports/account-mirror';
import { AccountsObserver, IgnoringObserver } from './ports/accounts-observer';
import { AccountRepository } from './ports/account.repository';
import { AuditLog } from './ports/audit-log';
import { Clock } from './ports/clock';
import { CodeDelivery } from './ports/code-delivery';
import { CounterStore } from './ports/counter-store';
import { FileStorage } from './ports/file-storage';
import { LoginTicketRepository } from './ports/login-ticket.repository';
import { OAuthClientRepository } from './ports/oauth-client.repository';
import { SessionRepository } from './ports/session.repository';
import { StoredFileRepository } from './ports/stored-file.repository';
import { VerificationCodeRepository } from './ports/verification-code.repository';
import { WeChatApi } from './ports/wechat-api';
import { UnitOfWork } from './ports/unit-of-work';
import { WeChatIdentityRepository } from './ports/wechat-identity.repository';
import { TypeOrmAccountRepository } from './persistence/repositories/typeorm-account.repository';
import {
  TypeOrmAuditLog,
  TypeOrmOAuthClientRepository,
  TypeOrmStoredFileRepository,
  TypeOrmWeChatIdentityRepository,
} from './persistence/repositories/typeorm-misc.repositories';
import { TypeOrmSessionRepository } from './persistence/repositories/typeorm-session.repository';
import { TypeOrmUnitOfWork } from './persistence/unit-of-work/typeorm-unit-of-work';
import {
  TypeOrmLoginTicketRepository,
  TypeOrmVerificationCodeRepository,
} from './persistence/repositories/typeorm-verification-code.repository';
import { AccountsCrypto } from './security/accounts-crypto';
import { DiskFileStorage } from './storage/disk-file-storage';
import { WeChatHttpClient } from './wechat/wechat-http.client';

/** The Redis connection shared by counters (and the app's throttler), when REDIS_URL is set. */
export const REDIS_CONNECTION = Symbol('REDIS_CONNECTION');

export const REPOSITORY_PROVIDERS: Provider[] = [
  { provide: AccountRepository, useClass: TypeOrmAccountRepository },
  { provide: SessionRepository, useClass: TypeOrmSessionRepository },
  { provide: VerificationCodeRepository, useClass: TypeOrmVerificationCodeRepository },
  { provide: LoginTicketRepository, useClass: TypeOrmLoginTicketRepository },
  { provide: WeChatIdentityRepository, useClass: TypeOrmWeChatIdentityRepository },
  { provide: OAuthClientRepository, useClass: TypeOrmOAuthClientRepository },
  { provide: StoredFileRepository, useClass: TypeOrmStoredFileRepository },
  { provide: AuditLog, useClass: TypeOrmAuditLog },
  { provide: UnitOfWork, useClass: TypeOrmUnitOfWork },
];

export const ADAPTER_PROVIDERS: Provider[] = [
  { provide: Clock, useClass: SystemClock },
  { provide: AccountsObserver, useClass: IgnoringObserver },
  {
    provide: AccountsCrypto,
    inject: [ACCOUNTS_CONFIG],
    useFactory: (config: AccountsConfig) => AccountsCrypto.create(config),
  },
  {
    provide: REDIS_CONNECTION,
    inject: [ACCOUNTS_CONFIG],
    // ioredis is loaded only when REDIS_URL asks for it.
    useFactory: async (config: AccountsConfig): Promise<Redis | null> => {
      if (!config.redisUrl) return null;
      const { default: RedisClient } = await import('ioredis');
      return new RedisClient(config.redisUrl, { keyPrefix: config.redisKeyPrefix, maxRetriesPerRequest: 2, enableOfflineQueue: true });
    },
  },
  {
    provide: CounterStore,
    inject: [REDIS_CONNECTION, Clock],
    useFactory: (redis: Redis | null, clock: Clock) => (redis ? new RedisCounterStore(redis) : new MemoryCounterStore(clock)),
  },
  {
    provide: CodeDelivery,
    inject: [ACCOUNTS_CONFIG, Clock],
    useFactory: (config: AccountsConfig, clock: Clock) => {
      const { delivery } = config;
      const outbox = new OutboxDelivery(delivery.outboxFile, clock);
      return new ChannelRouterDelivery({
        [CodeChannel.Email]:
          delivery.emailDriver === 'smtp' ? new SmtpDelivery(delivery.smtpUrl!, delivery.smtpFrom, delivery.timeoutMs) : outbox,
        [CodeChannel.Sms]:
          delivery.smsDriver === 'http' ? new HttpSmsDelivery(delivery.smsHttpUrl!, delivery.smsHttpToken, delivery.timeoutMs) : outbox,
      });
    },
  },
  {
    provide: WeChatApi,
    inject: [ACCOUNTS_CONFIG],
    useFactory: ({ wechat }: AccountsConfig) =>
      new WeChatHttpClient(wechat.apiBase, wechat.appId ?? '', wechat.appSecret, wechat.timeoutMs),
  },
  {
    provide: AccountMirror,
    inject: [ACCOUNTS_CONFIG, Clock],
    useFactory: ({ gitea }: AccountsConfig, clock: Clock) =>
      gitea.url && gitea.adminToken ? new GiteaMirror(gitea.url, gitea.adminToken, gitea.timeoutMs, clock) : new NoMirror(),
  },
  {
    provide: FileStorage,
    inject: [ACCOUNTS_CONFIG],
    useFactory: (config: AccountsConfig) => new DiskFileStorage(join(config.dataDir, 'files')),
  },
];

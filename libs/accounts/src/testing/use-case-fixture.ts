import { InjectionToken, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ACCOUNTS_CONFIG, AccountsConfig } from '../accounts.config';
import { AdjustableClock } from '../clock/system-clock';
import { MemoryCounterStore } from '../counters/memory-counter-store';
import { AccountMirror } from '../ports/account-mirror';
import { AccountRepository } from '../ports/account.repository';
import { AccountsObserver } from '../ports/accounts-observer';
import { AuditLog } from '../ports/audit-log';
import { Clock } from '../ports/clock';
import { CodeDelivery } from '../ports/code-delivery';
import { CounterStore } from '../ports/counter-store';
import { FileStorage } from '../ports/file-storage';
import { LoginTicketRepository } from '../ports/login-ticket.repository';
import { OAuthClientRepository } from '../ports/oauth-client.repository';
import { SessionRepository } from '../ports/session.repository';
import { StoredFileRepository } from '../ports/stored-file.repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { VerificationCodeRepository } from '../ports/verification-code.repository';
import { WeChatApi } from '../ports/wechat-api';
import { WeChatIdentityRepository } from '../ports/wechat-identity.repository';
import { AccountsCrypto } from '../security/accounts-crypto';
import { SERVICES, USE_CASES } from '../use-cases';
import { CapturingDelivery, testConfig } from './core-fixture';
import { ImmediateUnitOfWork } from './immediate-unit-of-work';
import { InMemoryFileStorage, InMemoryStoredFiles } from './in-memory-files';
import { FakeWeChatApi, InMemoryLoginTickets, InMemoryOAuthClients, InMemoryWeChatIdentities, RecordingMirror, RecordingObserver } from './in-memory-ports';
import { InMemoryAccounts, InMemoryAuditLog, InMemoryCodes, InMemorySessions } from './in-memory-repositories';

/**
 * Every use case and service of the core, wired as AccountsModule wires them, over an in-memory
 * fake of every port and a movable clock: what a use-case spec runs on. `get` answers any of
 * them (`f.get(RegisterAccount)`); the fakes are there to arrange and to observe.
 */
export async function useCaseFixture(options: { limits?: Partial<AccountsConfig['limits']>; config?: Partial<AccountsConfig> } = {}) {
  const config: AccountsConfig = { ...testConfig(options.limits), ...options.config };
  const clock = new AdjustableClock();
  const accounts = new InMemoryAccounts(clock);
  const ports = {
    clock,
    accounts,
    sessions: new InMemorySessions(accounts),
    codes: new InMemoryCodes(),
    loginTickets: new InMemoryLoginTickets(),
    wechatIdentities: new InMemoryWeChatIdentities(clock),
    oauthClients: new InMemoryOAuthClients(clock),
    storedFiles: new InMemoryStoredFiles(),
    audit: new InMemoryAuditLog(),
    unitOfWork: new ImmediateUnitOfWork(),
    counters: new MemoryCounterStore(clock),
    delivery: new CapturingDelivery(),
    wechat: new FakeWeChatApi(),
    mirror: new RecordingMirror(),
    files: new InMemoryFileStorage(),
    observer: new RecordingObserver(),
    crypto: await AccountsCrypto.create(config),
  };
  const bindings: [InjectionToken, unknown][] = [
    [Clock, ports.clock],
    [AccountRepository, ports.accounts],
    [SessionRepository, ports.sessions],
    [VerificationCodeRepository, ports.codes],
    [LoginTicketRepository, ports.loginTickets],
    [WeChatIdentityRepository, ports.wechatIdentities],
    [OAuthClientRepository, ports.oauthClients],
    [StoredFileRepository, ports.storedFiles],
    [AuditLog, ports.audit],
    [UnitOfWork, ports.unitOfWork],
    [CounterStore, ports.counters],
    [CodeDelivery, ports.delivery],
    [WeChatApi, ports.wechat],
    [AccountMirror, ports.mirror],
    [FileStorage, ports.files],
    [AccountsObserver, ports.observer],
    [AccountsCrypto, ports.crypto],
  ];
  const module = await Test.createTestingModule({
    providers: [
      { provide: ACCOUNTS_CONFIG, useValue: config },
      ...bindings.map(([port, fake]) => ({ provide: port, useValue: fake })),
      ...SERVICES,
      ...USE_CASES,
    ],
  }).compile();
  return {
    ...ports,
    config,
    /** The ports this fixture binds, for the spec that checks none is missing. */
    boundPorts: bindings.map(([port]) => port),
    get: <T>(type: Type<T>): T => module.get(type),
  };
}

export type UseCaseFixture = Awaited<ReturnType<typeof useCaseFixture>>;

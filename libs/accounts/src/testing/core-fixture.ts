import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccountsConfig } from '../accounts.config';
import { AdjustableClock } from '../clock/system-clock';
import { MemoryCounterStore } from '../counters/memory-counter-store';
import { IgnoringObserver } from '../ports/accounts-observer';
import { CodeDelivery, CodeMessage } from '../ports/code-delivery';
import { AccountsCrypto } from '../security/accounts-crypto';
import { AccessTokens } from '../services/access-tokens';
import { SessionIssuer } from '../services/session-issuer';
import { SignInGuard } from '../services/sign-in-guard';
import { TokenAuthenticator } from '../services/token-authenticator';
import { SmsBudget } from '../services/sms-budget';
import { VerificationCodes } from '../services/verification-codes';
import { ImmediateUnitOfWork } from './immediate-unit-of-work';
import { InMemoryAccounts, InMemoryAuditLog, InMemoryCodes, InMemorySessions } from './in-memory-repositories';

export class CapturingDelivery extends CodeDelivery {
  readonly sent: CodeMessage[] = [];
  failNext = false;

  deliver(message: CodeMessage): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      return Promise.reject(new Error('provider down'));
    }
    this.sent.push(message);
    return Promise.resolve();
  }
}

export function testConfig(overrides: Partial<AccountsConfig['limits']> = {}): AccountsConfig {
  const dataDir = mkdtempSync(join(tmpdir(), 'accounts-unit-'));
  return {
    production: false,
    dataDir,
    publicUrl: 'http://accounts.test',
    database: { sqlitePath: join(dataDir, 'unused.sqlite') },
    argon2: { memoryKiB: 1024, timeCost: 1, parallelism: 1 },
    hashQueue: { limit: 1000, maxWaitMs: 60_000 },
    limits: {
      loginMaxFailures: 3,
      lockoutBaseSeconds: 60,
      lockoutMaxSeconds: 900,
      loginMaxFailuresPerIp: 50,
      loginIpWindowSeconds: 900,
      smsHourlyLimit: 1000,
      smsDailyLimitPerPhone: 10,
      codeSendsPerIpPerHour: 100,
      avatarUploadsPerHour: 10,
      ...overrides,
    },
    codes: { ttlSeconds: 600, resendSeconds: 60, maxAttempts: 5 },
    delivery: { emailDriver: 'outbox', smsDriver: 'outbox', outboxFile: join(dataDir, 'outbox.jsonl'), smtpFrom: 'x', timeoutMs: 1000 },
    keys: {},
    wechat: { apiBase: 'http://127.0.0.1:9', timeoutMs: 1000 },
    gitea: { timeoutMs: 1000 },
    redisKeyPrefix: 'test:',
    maxUploadBytes: 5 * 1024 * 1024,
    v2RequireCode: { phone: true, email: false },
    smsAllowedRegions: ['CN'],
  };
}

/** The core's services over in-memory ports, a movable clock and real keys. */
export async function coreFixture(limits: Partial<AccountsConfig['limits']> = {}) {
  const config = testConfig(limits);
  const clock = new AdjustableClock();
  const crypto = await AccountsCrypto.create(config);
  const accounts = new InMemoryAccounts(clock);
  const sessions = new InMemorySessions(accounts);
  const codes = new InMemoryCodes();
  const audit = new InMemoryAuditLog();
  const counters = new MemoryCounterStore(clock);
  const delivery = new CapturingDelivery();
  const tokens = new AccessTokens(crypto, sessions, config);
  const unitOfWork = new ImmediateUnitOfWork();
  return {
    unitOfWork,
    config,
    clock,
    crypto,
    accounts,
    sessions,
    codes,
    audit,
    counters,
    delivery,
    tokens,
    issuer: new SessionIssuer(sessions, tokens, crypto, clock, unitOfWork),
    authenticator: new TokenAuthenticator(tokens, sessions, clock),
    verificationCodes: new VerificationCodes(codes, delivery, counters, crypto, clock, new IgnoringObserver(), new SmsBudget(codes, counters, crypto, clock, config), config),
    guard: new SignInGuard(accounts, counters, audit, clock, new IgnoringObserver(), crypto, config),
  };
}

export type CoreFixture = Awaited<ReturnType<typeof coreFixture>>;

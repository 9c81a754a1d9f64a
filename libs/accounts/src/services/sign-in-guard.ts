import { Inject, Injectable } from '@nestjs/common';
import { ACCOUNTS_CONFIG, AccountsConfig } from '../accounts.config';
import { Account } from '../domain/account';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { addressKey } from '../domain/client-address';
import { ClientInfo } from '../domain/session';
import { AccountsCrypto } from '../security/accounts-crypto';
import { AccountRepository } from '../ports/account.repository';
import { AccountsObserver } from '../ports/accounts-observer';
import { AuditLog } from '../ports/audit-log';
import { Clock } from '../ports/clock';
import { CounterStore } from '../ports/counter-store';

/** Whom a password check is for: an account, or an identifier no account has. */
export type SignInSubject = { account: Account } | { unknownIdentifier: string };

/** How long the failures against an identifier no account has are remembered. */
const UNKNOWN_FAILURES_WINDOW_SECONDS = 24 * 3600;

/**
 * Brute-force protection for password checks: after N consecutive failures an
 * account's password sign-in is locked for 60 s, doubling with each further
 * failure up to the configured maximum; a success resets it. An identifier no
 * account has locks the same way (in the counters), so a lockout tells nobody
 * whether the account exists. One address may fail only so often in a window,
 * whichever accounts it tries. Code sign-ins are not affected, and a code
 * sign-in ends a lockout, so an attacker cannot lock the holder out.
 */
@Injectable()
export class SignInGuard {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly counters: CounterStore,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly observer: AccountsObserver,
    private readonly crypto: AccountsCrypto,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
  ) {}

  async assertMayTry(subject: SignInSubject, client: ClientInfo): Promise<void> {
    const { loginMaxFailuresPerIp, loginIpWindowSeconds } = this.config.limits;
    const address = addressKey(client.ip);
    if (address && (await this.counters.peek(this.addressFailuresKey(address))) >= loginMaxFailuresPerIp) {
      throw new AccountsError(AccountsErrorCode.RateLimited, 'too many failed sign-ins from this address', {
        retryAfterSeconds: loginIpWindowSeconds,
      });
    }
    const lockedSeconds = await this.lockedSeconds(subject);
    if (lockedSeconds > 0) {
      throw new AccountsError(AccountsErrorCode.AccountLocked, 'too many failed sign-ins; try again later', {
        retryAfterSeconds: lockedSeconds,
      });
    }
  }

  async failed(subject: SignInSubject, client: ClientInfo, reason: string): Promise<void> {
    const { loginMaxFailures, lockoutBaseSeconds, lockoutMaxSeconds, loginIpWindowSeconds } = this.config.limits;
    const account = 'account' in subject ? subject.account : null;
    // One label for both: the metrics must not tell an unknown account from a wrong password.
    this.observer.observe({ type: 'sign_in_failed', reason: 'invalid_credentials' });
    const address = addressKey(client.ip);
    if (address) await this.counters.hit(this.addressFailuresKey(address), loginIpWindowSeconds);
    await this.audit.record({
      accountId: account?.id ?? null,
      type: AuditEventType.SignInFailed,
      ip: client.ip ?? null,
      userAgent: client.userAgent ?? null,
      detail: { reason },
    });
    const failures = account
      ? await this.accounts.incrementFailedLogins(account.id)
      : (await this.counters.hit(this.unknownFailuresKey(subject), UNKNOWN_FAILURES_WINDOW_SECONDS)).count;
    if (failures < loginMaxFailures) return;
    const seconds = Math.min(lockoutBaseSeconds * 2 ** (failures - loginMaxFailures), lockoutMaxSeconds);
    this.observer.observe({ type: 'lockout' });
    if (!account) {
      const lock = this.unknownLockKey(subject);
      await this.counters.release(lock);
      await this.counters.acquire(lock, seconds);
      return;
    }
    await this.accounts.lockUntil(account.id, new Date(this.clock.now().getTime() + seconds * 1000));
    await this.audit.record({
      accountId: account.id,
      type: AuditEventType.AccountLockedOut,
      ip: client.ip ?? null,
      userAgent: client.userAgent ?? null,
      detail: { failures, seconds },
    });
  }

  async succeeded(account: Account): Promise<void> {
    if (account.failedLogins > 0 || account.lockedUntil) await this.accounts.resetFailedLogins(account.id);
  }

  private async lockedSeconds(subject: SignInSubject): Promise<number> {
    if (!('account' in subject)) return this.counters.leaseSeconds(this.unknownLockKey(subject));
    const lockedUntil = subject.account.lockedUntil?.getTime() ?? 0;
    return Math.max(0, Math.ceil((lockedUntil - this.clock.now().getTime()) / 1000));
  }

  private addressFailuresKey(address: string): string {
    return `sign-in-failures:${address}`;
  }

  /** Identifiers are named by a keyed hash: the counters hold no email or phone. */
  private unknownFailuresKey(subject: SignInSubject): string {
    return `sign-in-failures-unknown:${this.identifierHash(subject)}`;
  }

  private unknownLockKey(subject: SignInSubject): string {
    return `sign-in-lock-unknown:${this.identifierHash(subject)}`;
  }

  private identifierHash(subject: SignInSubject): string {
    const identifier = 'unknownIdentifier' in subject ? subject.unknownIdentifier : '';
    return this.crypto.secrets.hash('sign-in-identifier', identifier).slice(0, 24);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { ACCOUNTS_CONFIG, AccountsConfig } from '../accounts.config';
import { Account } from '../domain/account';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { ClientInfo } from '../domain/session';
import { AccountRepository } from '../ports/account.repository';
import { AccountsObserver } from '../ports/accounts-observer';
import { AuditLog } from '../ports/audit-log';
import { Clock } from '../ports/clock';
import { CounterStore } from '../ports/counter-store';

/**
 * Brute-force protection for password checks: after N consecutive failures an
 * account's password sign-in is locked for 60 s, doubling with each further
 * failure up to the configured maximum; a success resets it. One IP address
 * may fail only so often in a window, whichever accounts it tries. Code
 * sign-ins are not affected, so an attacker cannot lock a user out for good.
 */
@Injectable()
export class SignInGuard {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly counters: CounterStore,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly observer: AccountsObserver,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
  ) {}

  async assertMayTry(account: Account | null, client: ClientInfo): Promise<void> {
    const { loginMaxFailuresPerIp, loginIpWindowSeconds } = this.config.limits;
    if (client.ip && (await this.counters.peek(this.ipKey(client.ip))) >= loginMaxFailuresPerIp) {
      throw new AccountsError(AccountsErrorCode.RateLimited, 'too many failed sign-ins from this address', {
        retryAfterSeconds: loginIpWindowSeconds,
      });
    }
    const now = this.clock.now().getTime();
    if (account?.lockedUntil && account.lockedUntil.getTime() > now) {
      throw new AccountsError(AccountsErrorCode.AccountLocked, 'too many failed sign-ins; try again later', {
        retryAfterSeconds: Math.ceil((account.lockedUntil.getTime() - now) / 1000),
      });
    }
  }

  async failed(account: Account | null, client: ClientInfo, reason: string): Promise<void> {
    const { loginMaxFailures, lockoutBaseSeconds, lockoutMaxSeconds, loginIpWindowSeconds } = this.config.limits;
    this.observer.observe({ type: 'sign_in_failed', reason });
    if (client.ip) await this.counters.hit(this.ipKey(client.ip), loginIpWindowSeconds);
    await this.audit.record({
      accountId: account?.id ?? null,
      type: AuditEventType.SignInFailed,
      ip: client.ip ?? null,
      userAgent: client.userAgent ?? null,
      detail: { reason },
    });
    if (!account) return;
    const failures = await this.accounts.incrementFailedLogins(account.id);
    if (failures < loginMaxFailures) return;
    const seconds = Math.min(lockoutBaseSeconds * 2 ** (failures - loginMaxFailures), lockoutMaxSeconds);
    await this.accounts.lockUntil(account.id, new Date(this.clock.now().getTime() + seconds * 1000));
    this.observer.observe({ type: 'lockout' });
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

  private ipKey(ip: string): string {
    return `sign-in-failures:${ip}`;
  }
}

import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../ports/unit-of-work';
import { Account } from '../domain/account';
import { AuditEventType } from '../domain/audit-event';
import { Audience, ClientInfo } from '../domain/session';
import { AuditLog } from '../ports/audit-log';
import { AccountRepository } from '../ports/account.repository';
import { AccountsObserver } from '../ports/accounts-observer';
import { Clock } from '../ports/clock';
import { IssuedSession, SessionIssuer, SessionOptions } from './session-issuer';

/** The last step of every successful sign-in: record it, audit it, open the session. */
@Injectable()
export class SignInRecorder {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly audit: AuditLog,
    private readonly issuer: SessionIssuer,
    private readonly clock: Clock,
    private readonly observer: AccountsObserver,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async complete(
    account: Account,
    audience: Audience,
    client: ClientInfo,
    method: string,
    options: SessionOptions = {},
  ): Promise<IssuedSession> {
    const now = this.clock.now();
    const ip = client.ip?.slice(0, 64) ?? null;
    const device = (client.device ?? client.userAgent)?.slice(0, 255) ?? null;
    const issued = await this.unitOfWork.run(async () => {
      await this.accounts.recordSignIn(account.id, now, ip, device);
      await this.audit.record({
        accountId: account.id,
        type: AuditEventType.SignInSucceeded,
        ip,
        userAgent: client.userAgent ?? null,
        detail: { audience, method },
      });
      const signedIn = { ...account, lastLoginAt: now, lastLoginIp: ip, lastLoginDevice: device };
      return this.issuer.open(signedIn, audience, client, options);
    });
    this.observer.observe({ type: 'sign_in_succeeded', audience, method });
    return issued;
  }
}

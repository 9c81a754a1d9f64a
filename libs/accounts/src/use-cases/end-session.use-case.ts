import { Injectable } from '@nestjs/common';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { Clock } from '../ports/clock';
import { SessionRepository } from '../ports/session.repository';
import { AuthContext } from '../services/token-authenticator';

/** Ends one of the caller's own sessions by id. */
@Injectable()
export class EndSession {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ auth, sessionId }: { auth: AuthContext; sessionId: string }): Promise<void> {
    const found = await this.sessions.findWithAccount(sessionId);
    if (!found || found.session.accountId !== auth.account.id || found.session.revokedAt) {
      throw new AccountsError(AccountsErrorCode.NotFound, 'no such session');
    }
    await this.sessions.revoke(sessionId, this.clock.now(), 'ended_by_user');
  }
}

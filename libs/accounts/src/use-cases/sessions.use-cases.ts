import { Injectable } from '@nestjs/common';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { Session } from '../domain/session';
import { Clock } from '../ports/clock';
import { SessionRepository } from '../ports/session.repository';
import { AuthContext } from '../services/token-authenticator';

/** Ends the session the caller's token belongs to. */
@Injectable()
export class SignOut {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
  ) {}

  async execute(auth: AuthContext): Promise<void> {
    await this.sessions.revoke(auth.session.id, this.clock.now(), 'signed_out');
  }
}

/** The account's live sessions, in every API. */
@Injectable()
export class ListSessions {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
  ) {}

  execute(auth: AuthContext): Promise<Session[]> {
    return this.sessions.listLive(auth.account.id, auth.account.sessionEpoch, this.clock.now());
  }
}

/** Ends one of the caller's own sessions by id. */
@Injectable()
export class EndSession {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
  ) {}

  async execute(auth: AuthContext, sessionId: string): Promise<void> {
    const found = await this.sessions.findWithAccount(sessionId);
    if (!found || found.session.accountId !== auth.account.id || found.session.revokedAt) {
      throw new AccountsError(AccountsErrorCode.NotFound, 'no such session');
    }
    await this.sessions.revoke(sessionId, this.clock.now(), 'ended_by_user');
  }
}

import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../ports/unit-of-work';
import { assertMaySignIn } from '../domain/account-rules';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { Audience, ClientInfo } from '../domain/session';
import { AccountsCrypto } from '../security/accounts-crypto';
import { AuditLog } from '../ports/audit-log';
import { Clock } from '../ports/clock';
import { SessionRepository } from '../ports/session.repository';
import { IssuedSession, REFRESH_TOKEN_PURPOSE, SessionIssuer } from '../services/session-issuer';

export interface RefreshSessionInput {
  refreshToken: string;
  audience: Audience;
  client: ClientInfo;
  /** For OAuth: the client the session was opened for must be the one refreshing. */
  clientId?: string | null;
}

/**
 * Refresh-token rotation: a refresh token is good once. Presenting one that
 * was already rotated means it leaked, so the whole session ends (RFC 9700
 * §4.14.2). Of parallel uses of one token exactly one succeeds.
 */
@Injectable()
export class RefreshSession {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly issuer: SessionIssuer,
    private readonly crypto: AccountsCrypto,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(input: RefreshSessionInput): Promise<IssuedSession> {
    const now = this.clock.now();
    const found = input.refreshToken
      ? await this.sessions.findTokenWithSession(this.crypto.secrets.hash(REFRESH_TOKEN_PURPOSE, input.refreshToken))
      : null;
    if (!found || found.token.kind !== 'refresh' || found.session.audience !== input.audience) throw invalid();
    const { token: stored, session, account } = found;
    if (input.clientId !== undefined && session.clientId !== input.clientId) throw invalid();
    if (stored.consumedAt) {
      // Committed on its own: the reuse is refused, and the session's end must stay.
      await this.unitOfWork.run(async () => {
        await this.sessions.revoke(session.id, now, 'refresh_reuse');
        await this.audit.record({
          accountId: account.id,
          type: AuditEventType.RefreshTokenReused,
          ip: input.client.ip ?? null,
          userAgent: input.client.userAgent ?? null,
          detail: { sessionId: session.id },
        });
      });
      throw invalid();
    }
    if (session.revokedAt || session.epoch !== account.sessionEpoch) throw invalid();
    if (stored.expiresAt.getTime() <= now.getTime() || session.expiresAt.getTime() <= now.getTime()) {
      throw new AccountsError(AccountsErrorCode.TokenExpired, 'refresh token expired');
    }
    assertMaySignIn(account);
    return this.unitOfWork.run(async () => {
      if (!(await this.sessions.consumeToken(stored.id, now))) throw invalid();
      return this.issuer.reissue(account, session);
    });
  }
}

function invalid(): AccountsError {
  return new AccountsError(AccountsErrorCode.TokenInvalid, 'refresh token invalid');
}

import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../ports/unit-of-work';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { Audience, ClientInfo } from '../domain/session';
import { Clock } from '../ports/clock';
import { SessionRepository } from '../ports/session.repository';
import { IssuedSession, SessionIssuer } from '../services/session-issuer';
import { TokenAuthenticator } from '../services/token-authenticator';

/**
 * For contracts without refresh tokens (venus, users): the current access
 * token, still valid or expired within the audience's grace, is exchanged for
 * a new one; the old one stops working at once. Of parallel renewals of one
 * token exactly one succeeds.
 */
@Injectable()
export class RenewAccessToken {
  constructor(
    private readonly authenticator: TokenAuthenticator,
    private readonly sessions: SessionRepository,
    private readonly issuer: SessionIssuer,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(input: { token: string | undefined; audience: Audience; client: ClientInfo }): Promise<IssuedSession> {
    const { account, session } = await this.authenticator.authenticateForRenewal(input.token, input.audience);
    // The old session ends and the new one opens together: a failure leaves the old token working.
    return this.unitOfWork.run(async () => {
      if (!(await this.sessions.revoke(session.id, this.clock.now(), 'renewed'))) {
        throw new AccountsError(AccountsErrorCode.TokenInvalid, 'token invalid');
      }
      return this.issuer.open(account, input.audience, { ...input.client, terminal: input.client.terminal ?? session.terminal }, {
        wechatOpenid: session.wechatOpenid,
        clientId: session.clientId,
      });
    });
  }
}

import { Injectable } from '@nestjs/common';
import { Account, AccountStatus } from '../domain/account';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AUDIENCE_POLICIES } from '../domain/audience-policy';
import { Audience, Session } from '../domain/session';
import { Clock } from '../ports/clock';
import { SessionRepository } from '../ports/session.repository';
import { AccessTokens, SideTokenClaims, TokenClaims } from './access-tokens';

export interface AuthContext {
  account: Account;
  session: Session;
}

/** Last-seen times are written at most this often per session. */
const TOUCH_EVERY_SECONDS = 60;

/**
 * Every token check: the token's signature, expiry and audience, then the
 * session in the store (revoked, expired, ended by a password change, another
 * API's) and the account's status. Nothing is cached, so a revocation on any
 * instance is seen by every other at once.
 */
@Injectable()
export class TokenAuthenticator {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
  ) {}

  async authenticate(token: string | undefined | null, audience: Audience): Promise<AuthContext> {
    return this.check(token, audience, 0);
  }

  /** Like authenticate, but admits a token expired within the audience's renewal grace. */
  async authenticateForRenewal(token: string | undefined | null, audience: Audience): Promise<AuthContext> {
    return this.check(token, audience, AUDIENCE_POLICIES[audience].renewGraceSeconds ?? 0);
  }

  /**
   * A side token (storage, gitea) with the same checks as an access token: its
   * session must live (not ended by logout, a password change or reset, a
   * deletion; not expired) and must be one whose audience hands out such tokens.
   * Reads only: the session's last-seen time is the access token's to keep.
   */
  async authenticateSideToken(token: string): Promise<AuthContext & { claims: SideTokenClaims }> {
    const now = this.clock.now();
    const claims = await this.tokens.readSideToken(token, now);
    const live = await this.liveSession(claims, now, (session) => AUDIENCE_POLICIES[session.audience].sideAudiences?.includes(claims.audience) ?? false);
    return { ...live, claims };
  }

  private async check(token: string | undefined | null, audience: Audience, graceSeconds: number): Promise<AuthContext> {
    if (!token) throw new AccountsError(AccountsErrorCode.TokenInvalid, 'token missing');
    const now = this.clock.now();
    const claims = await this.tokens.read(token, audience, now, graceSeconds);
    const { session, account } = await this.liveSession(claims, now, (found) => found.audience === audience);
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_SECONDS * 1000) {
      await this.sessions.touch(session.id, now, TOUCH_EVERY_SECONDS);
    }
    return { account, session };
  }

  /** The token's session and account, when the session accepts the token and lives. */
  private async liveSession(claims: TokenClaims, now: Date, acceptsToken: (session: Session) => boolean): Promise<AuthContext> {
    const found = await this.sessions.findWithAccount(claims.sessionId);
    if (!found) throw invalid();
    const { session, account } = found;
    if (!acceptsToken(session)) throw invalid();
    if (claims.accountId !== undefined && claims.accountId !== account.id) throw invalid();
    if (claims.accountUuid !== undefined && claims.accountUuid !== account.uuid) throw invalid();
    // A refresh-token rotation retires the access tokens issued before it.
    if (claims.generation !== undefined && claims.generation !== session.tokenGeneration) throw invalid();
    if (session.revokedAt !== null || session.epoch !== account.sessionEpoch) throw invalid();
    if (session.expiresAt.getTime() <= now.getTime()) {
      throw new AccountsError(AccountsErrorCode.TokenExpired, 'session expired');
    }
    if (account.status !== AccountStatus.Normal) throw invalid();
    return { account, session };
  }
}

function invalid(): AccountsError {
  return new AccountsError(AccountsErrorCode.TokenInvalid, 'token invalid');
}

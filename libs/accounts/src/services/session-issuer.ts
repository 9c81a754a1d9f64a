import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../ports/unit-of-work';
import { Account } from '../domain/account';
import { AUDIENCE_POLICIES } from '../domain/audience-policy';
import { Audience, ClientInfo, Session } from '../domain/session';
import { AccountsCrypto } from '../security/accounts-crypto';
import { randomToken } from '../security/secrets';
import { Clock } from '../ports/clock';
import { SessionRepository } from '../ports/session.repository';
import { AccessTokens } from './access-tokens';

export const REFRESH_TOKEN_PURPOSE = 'refresh';

export interface SessionOptions {
  /** "Keep me signed in": the audience's longer lifetime. */
  keepLogin?: boolean;
  wechatOpenid?: string | null;
  clientId?: string | null;
}

/** A session and the tokens that carry it. */
export interface IssuedSession {
  account: Account;
  session: Session;
  accessToken: string;
  /** The stored id of an opaque access token (vcode's tokenId). */
  accessTokenId: number | null;
  accessExpiresAt: Date;
  /** Seconds the access token lives. */
  expiresIn: number;
  refreshToken: string | null;
  refreshExpiresAt: Date | null;
}

function clip(value: string | null | undefined, length: number): string | null {
  return value ? value.slice(0, length) : null;
}

/** Opens sessions with the lifetimes of the audience's policy. */
@Injectable()
export class SessionIssuer {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly tokens: AccessTokens,
    private readonly crypto: AccountsCrypto,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** The session and its tokens commit together. */
  open(account: Account, audience: Audience, client: ClientInfo, options: SessionOptions = {}): Promise<IssuedSession> {
    return this.unitOfWork.run(() => this.opened(account, audience, client, options));
  }

  private async opened(account: Account, audience: Audience, client: ClientInfo, options: SessionOptions): Promise<IssuedSession> {
    const policy = AUDIENCE_POLICIES[audience];
    const now = this.clock.now();
    const accessTtl = options.keepLogin && policy.keepLoginTtlSeconds ? policy.keepLoginTtlSeconds : policy.accessTtlSeconds;
    const sessionTtl =
      policy.refresh === 'rotating'
        ? policy.refreshTtlSeconds!
        : accessTtl + (policy.refresh === 'replace' ? (policy.renewGraceSeconds ?? 0) : 0);
    const session = await this.sessions.insert({
      id: randomUUID(),
      accountId: account.id,
      audience,
      terminal: clip(client.terminal, 32),
      userAgent: clip(client.userAgent, 512),
      ip: clip(client.ip, 64),
      epoch: account.sessionEpoch,
      wechatOpenid: options.wechatOpenid ?? null,
      clientId: options.clientId ?? null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + sessionTtl * 1000),
    });
    // Signed at the session's own instant, so an access token without refresh expires with its session to the second.
    return this.tokensFor(account, session, accessTtl, policy.refresh === 'rotating', now);
  }

  /** New tokens for a live session (refresh-token rotation). */
  reissue(account: Account, session: Session): Promise<IssuedSession> {
    return this.unitOfWork.run(() => this.reissued(account, session));
  }

  private async reissued(account: Account, session: Session): Promise<IssuedSession> {
    const policy = AUDIENCE_POLICIES[session.audience];
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + policy.refreshTtlSeconds! * 1000);
    const tokenGeneration = session.tokenGeneration + 1;
    await this.sessions.extend(session.id, expiresAt, tokenGeneration);
    return this.tokensFor(account, { ...session, expiresAt, tokenGeneration }, policy.accessTtlSeconds, true, now);
  }

  private async tokensFor(account: Account, session: Session, accessTtl: number, withRefresh: boolean, now: Date): Promise<IssuedSession> {
    const access = await this.tokens.sign(session, account, now, accessTtl);
    let refreshToken: string | null = null;
    if (withRefresh) {
      refreshToken = randomToken(32);
      await this.sessions.insertToken({
        sessionId: session.id,
        kind: 'refresh',
        tokenHash: this.crypto.secrets.hash(REFRESH_TOKEN_PURPOSE, refreshToken),
        createdAt: now,
        expiresAt: session.expiresAt,
      });
    }
    return {
      account,
      session,
      accessToken: access.token,
      accessTokenId: access.tokenId,
      accessExpiresAt: access.expiresAt,
      expiresIn: accessTtl,
      refreshToken,
      refreshExpiresAt: withRefresh ? session.expiresAt : null,
    };
  }
}

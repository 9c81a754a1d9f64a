import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ACCOUNTS_CONFIG, AccountsConfig } from '../accounts.config';
import { Account } from '../domain/account';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AUDIENCE_POLICIES, SideAudience } from '../domain/audience-policy';
import { toNationalPhone } from '../domain/phone';
import { Audience, Session } from '../domain/session';
import { AccountsCrypto } from '../security/accounts-crypto';
import { randomLetters } from '../security/secrets';
import { JwtExpiredError } from '../security/token-signer';
import { SessionRepository } from '../ports/session.repository';

export const OPAQUE_TOKEN_PURPOSE = 'opaque-access';
const OPAQUE_TOKEN_PATTERN = /^[A-Za-z]{32}$/;

/** What a valid token says: its session, and the account it was issued to. */
export interface TokenClaims {
  sessionId: string;
  accountId?: number;
  accountUuid?: string;
  /** For JWTs: when the token was signed and when it expires. */
  issuedAt?: Date;
  expiresAt?: Date;
  /** The session's token generation the token was issued in (rotating sessions). */
  generation?: number;
}

/** What a valid side token (storage, gitea) says; whether its session still lives is the caller's check. */
export interface SideTokenClaims extends TokenClaims {
  accountId: number;
  audience: SideAudience;
  issuer: string;
  issuedAt: Date;
  expiresAt: Date;
}

const SIDE_AUDIENCES = Object.values(SideAudience);

export interface SignedAccessToken {
  token: string;
  /** The stored token's id, for opaque tokens. */
  tokenId: number | null;
  expiresAt: Date;
}

/**
 * Makes and reads the three access-token formats: standard JWTs (sub, sid, aud),
 * the users contract's JWT (its own payload; the session id rides in the
 * protected header), and opaque tokens stored only as keyed hashes.
 */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly crypto: AccountsCrypto,
    private readonly sessions: SessionRepository,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
  ) {}

  get issuer(): string {
    return this.config.publicUrl;
  }

  async sign(session: Session, account: Account, now: Date, ttlSeconds: number): Promise<SignedAccessToken> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + ttlSeconds;
    const expiresAt = new Date(exp * 1000);
    const policy = AUDIENCE_POLICIES[session.audience];
    switch (policy.format) {
      case 'jwt':
        return {
          token: await this.crypto.signer.sign({
            iss: this.issuer,
            sub: String(account.id),
            aud: session.audience,
            sid: session.id,
            jti: randomUUID(),
            gen: session.tokenGeneration,
            iat,
            exp,
            ...(session.clientId ? { client_id: session.clientId } : {}),
          }),
          tokenId: null,
          expiresAt,
        };
      case 'users-jwt':
        return {
          token: await this.crypto.signer.sign(
            {
              id: account.uuid,
              phone: toNationalPhone(account.phone),
              openid: session.wechatOpenid,
              delayTime: exp + (policy.renewGraceSeconds ?? 0),
              terminal: (session.terminal ?? 'pc').toUpperCase(),
              userAgent: session.userAgent ?? '',
              iat,
              exp,
            },
            { sid: session.id },
          ),
          tokenId: null,
          expiresAt,
        };
      case 'opaque': {
        const token = randomLetters(32);
        const stored = await this.sessions.insertToken({
          sessionId: session.id,
          kind: 'access',
          tokenHash: this.crypto.secrets.hash(OPAQUE_TOKEN_PURPOSE, token),
          createdAt: now,
          expiresAt,
        });
        return { token, tokenId: stored.id, expiresAt };
      }
    }
  }

  /**
   * A JWT for a neighbouring service (storage, gitea), issued with its session:
   * it names the session (sid) and lives exactly as long (iat and exp are the
   * session's), so a holder can ask whether the session still lives.
   */
  signSideToken(session: Session, account: Account, audience: SideAudience): Promise<string> {
    return this.crypto.signer.sign({
      iss: this.issuer,
      sub: String(account.id),
      aud: audience,
      sid: session.id,
      jti: randomUUID(),
      iat: Math.floor(session.createdAt.getTime() / 1000),
      exp: Math.floor(session.expiresAt.getTime() / 1000),
    });
  }

  /** Checks a side token's own validity (signature, algorithm, key, expiry, issuer, a side audience). */
  async readSideToken(token: string, now: Date): Promise<SideTokenClaims> {
    try {
      const { payload } = await this.crypto.signer.verify(token, { now, audience: SIDE_AUDIENCES, issuer: this.issuer });
      const audience = SIDE_AUDIENCES.find((side) => side === payload.aud);
      if (!audience || typeof payload.sid !== 'string' || typeof payload.sub !== 'string') throw invalid();
      return {
        sessionId: payload.sid,
        accountId: Number(payload.sub),
        audience,
        issuer: this.issuer,
        issuedAt: new Date(payload.iat! * 1000),
        expiresAt: new Date(payload.exp! * 1000),
      };
    } catch (error) {
      if (error instanceof AccountsError) throw error;
      if (error instanceof JwtExpiredError) throw new AccountsError(AccountsErrorCode.TokenExpired, 'token expired');
      throw invalid();
    }
  }

  /**
   * Checks the token's own validity (signature, algorithm, key, expiry,
   * audience) and answers what it claims. Session state is checked by the
   * caller. `graceSeconds` admits a recently expired token (renewal).
   */
  async read(token: string, audience: Audience, now: Date, graceSeconds = 0): Promise<TokenClaims> {
    const format = AUDIENCE_POLICIES[audience].format;
    // Outside the catch-all below: a store that cannot answer is an outage, not an invalid token.
    if (format === 'opaque') return { sessionId: await this.opaqueSessionId(token, now) };
    try {
      if (format === 'users-jwt') {
        const { header, payload } = await this.crypto.signer.verify(token, { now, toleratedExpirySeconds: graceSeconds });
        if (typeof header.sid !== 'string' || typeof payload.id !== 'string' || payload.aud !== undefined) {
          throw invalid();
        }
        return { sessionId: header.sid, accountUuid: payload.id };
      }
      const { payload } = await this.crypto.signer.verify(token, {
        now,
        audience,
        issuer: this.issuer,
        toleratedExpirySeconds: graceSeconds,
      });
      if (typeof payload.sid !== 'string' || typeof payload.sub !== 'string') throw invalid();
      return {
        sessionId: payload.sid,
        accountId: Number(payload.sub),
        issuedAt: new Date(payload.iat! * 1000),
        expiresAt: new Date(payload.exp! * 1000),
        generation: typeof payload.gen === 'number' ? payload.gen : undefined,
      };
    } catch (error) {
      if (error instanceof AccountsError) throw error;
      if (error instanceof JwtExpiredError) throw new AccountsError(AccountsErrorCode.TokenExpired, 'token expired');
      throw invalid();
    }
  }

  private async opaqueSessionId(token: string, now: Date): Promise<string> {
    if (!OPAQUE_TOKEN_PATTERN.test(token)) throw invalid();
    const stored = await this.sessions.findToken(this.crypto.secrets.hash(OPAQUE_TOKEN_PURPOSE, token));
    if (!stored || stored.kind !== 'access') throw invalid();
    if (stored.expiresAt.getTime() <= now.getTime()) throw new AccountsError(AccountsErrorCode.TokenExpired, 'token expired');
    return stored.sessionId;
  }
}

function invalid(): AccountsError {
  return new AccountsError(AccountsErrorCode.TokenInvalid, 'token invalid');
}

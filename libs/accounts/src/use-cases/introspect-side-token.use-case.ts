import { Injectable } from '@nestjs/common';
import { AccountsErrorCode, isAccountsError } from '../domain/accounts-error';
import { SideAudience } from '../domain/audience-policy';
import { TokenAuthenticator } from '../services/token-authenticator';

/** RFC 7662's answer, in domain terms: an inactive token tells nothing more. */
export type SideTokenIntrospection =
  | { active: false }
  | {
      active: true;
      audience: SideAudience;
      accountId: number;
      sessionId: string;
      issuer: string;
      issuedAt: Date;
      expiresAt: Date;
    };

const INACTIVE: SideTokenIntrospection = { active: false };
const NOT_ACTIVE_CODES = new Set<string>([AccountsErrorCode.TokenInvalid, AccountsErrorCode.TokenExpired]);

/**
 * Tells the holder of a side token (storage, gitea) whether it is live: signed
 * here, not expired, and its session not ended (logout, a password change or
 * reset, deletion, an admin lock). Expired, forged, foreign and ended tokens
 * all answer inactive alike. A store that cannot answer is an outage, not "inactive".
 */
@Injectable()
export class IntrospectSideToken {
  constructor(private readonly authenticator: TokenAuthenticator) {}

  async execute({ token }: { token: string }): Promise<SideTokenIntrospection> {
    try {
      const { claims, session } = await this.authenticator.authenticateSideToken(token);
      return {
        active: true,
        audience: claims.audience,
        accountId: claims.accountId,
        sessionId: session.id,
        issuer: claims.issuer,
        issuedAt: claims.issuedAt,
        expiresAt: claims.expiresAt,
      };
    } catch (error) {
      if (isAccountsError(error) && NOT_ACTIVE_CODES.has(error.code)) return INACTIVE;
      throw error;
    }
  }
}

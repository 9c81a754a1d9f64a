import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { Audience, Session } from '../domain/session';
import { Clock } from '../ports/clock';
import { AccessTokens } from '../services/access-tokens';
import { TokenAuthenticator } from '../services/token-authenticator';

/** What an introspected access token says (Doorkeeper's /oauth/token/info). */
export interface OAuthTokenInfo {
  account: Account;
  session: Session;
  clientId: string | null;
  issuedAt: Date;
  expiresAt: Date;
  /** Seconds left before the token expires. */
  expiresIn: number;
}

/** Checks an OAuth access token like any request would (session, revocation, account) and describes it. */
@Injectable()
export class InspectOAuthToken {
  constructor(
    private readonly authenticator: TokenAuthenticator,
    private readonly tokens: AccessTokens,
    private readonly clock: Clock,
  ) {}

  async execute({ token }: { token: string | null | undefined }): Promise<OAuthTokenInfo> {
    const { account, session } = await this.authenticator.authenticate(token, Audience.OAuth);
    const now = this.clock.now();
    const claims = await this.tokens.read(token!, Audience.OAuth, now);
    const expiresAt = claims.expiresAt!;
    return {
      account,
      session,
      clientId: session.clientId,
      issuedAt: claims.issuedAt!,
      expiresAt,
      expiresIn: Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000)),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { AccountsError } from '../domain/accounts-error';
import { AUDIENCE_POLICIES } from '../domain/audience-policy';
import { OAuthClientCredentials } from '../domain/oauth-client';
import { Audience } from '../domain/session';
import { AccountsCrypto } from '../security/accounts-crypto';
import { Clock } from '../ports/clock';
import { SessionRepository } from '../ports/session.repository';
import { AccessTokens } from '../services/access-tokens';
import { REFRESH_TOKEN_PURPOSE } from '../services/session-issuer';
import { AuthenticateOAuthClient } from './authenticate-oauth-client.use-case';

/**
 * Token revocation (RFC 7009): an OAuth access or refresh token ends the
 * session it belongs to, access and refresh tokens alike. Unknown, invalid,
 * already used or ended tokens, and tokens issued to another client, change
 * nothing and are not told apart: the caller learns nothing about them.
 */
@Injectable()
export class RevokeOAuthToken {
  constructor(
    private readonly clients: AuthenticateOAuthClient,
    private readonly sessions: SessionRepository,
    private readonly tokens: AccessTokens,
    private readonly crypto: AccountsCrypto,
    private readonly clock: Clock,
  ) {}

  async execute(input: { credentials: OAuthClientCredentials; token: string | null | undefined }): Promise<void> {
    const oauthClient = await this.clients.execute(input.credentials);
    const sessionId = input.token ? await this.sessionOf(input.token) : null;
    if (!sessionId) return;
    const found = await this.sessions.findWithAccount(sessionId);
    if (!found || found.session.audience !== Audience.OAuth || found.session.clientId !== oauthClient.clientId) return;
    await this.sessions.revoke(sessionId, this.clock.now(), 'revoked_by_client');
  }

  private async sessionOf(token: string): Promise<string | null> {
    const refresh = await this.sessions.findToken(this.crypto.secrets.hash(REFRESH_TOKEN_PURPOSE, token));
    if (refresh) return refresh.kind === 'refresh' && !refresh.consumedAt ? refresh.sessionId : null;
    try {
      // An expired access token still names a session that its refresh token keeps alive.
      const graceSeconds = AUDIENCE_POLICIES[Audience.OAuth].refreshTtlSeconds;
      return (await this.tokens.read(token, Audience.OAuth, this.clock.now(), graceSeconds)).sessionId;
    } catch (error) {
      if (error instanceof AccountsError) return null;
      throw error;
    }
  }
}

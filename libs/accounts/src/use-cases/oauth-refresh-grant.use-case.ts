import { Injectable } from '@nestjs/common';
import { OAuthClientCredentials } from '../domain/oauth-client';
import { Audience, ClientInfo } from '../domain/session';
import { IssuedSession } from '../services/session-issuer';
import { AuthenticateOAuthClient } from './authenticate-oauth-client.use-case';
import { RefreshSession } from './refresh-session.use-case';

/**
 * The refresh grant (RFC 6749 §6) with rotation: only the client the session
 * was opened for may refresh it; a rotated refresh token presented again ends
 * the session.
 */
@Injectable()
export class OAuthRefreshGrant {
  constructor(
    private readonly clients: AuthenticateOAuthClient,
    private readonly refresh: RefreshSession,
  ) {}

  async execute(input: { credentials: OAuthClientCredentials; refreshToken: string; client: ClientInfo }): Promise<IssuedSession> {
    const oauthClient = await this.clients.execute(input.credentials);
    return this.refresh.execute({
      refreshToken: input.refreshToken,
      audience: Audience.OAuth,
      client: input.client,
      clientId: oauthClient.clientId,
    });
  }
}

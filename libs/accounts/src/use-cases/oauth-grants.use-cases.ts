import { Injectable } from '@nestjs/common';
import { Audience, ClientInfo } from '../domain/session';
import { IssuedSession } from '../services/session-issuer';
import { AuthenticateOAuthClient } from './oauth-clients.use-cases';
import { RefreshSession } from './refresh-session.use-case';
import { SignInWithPassword } from './sign-in-with-password.use-case';

/** What a client presents at the token endpoint to prove itself (RFC 6749 §2.3.1). */
export interface OAuthClientCredentials {
  clientId: string;
  clientSecret: string;
}

export interface OAuthPasswordGrantInput {
  credentials: OAuthClientCredentials;
  /** A phone, username or email. */
  username: string;
  /** The account's password, or a live oauth_login_code of that account. */
  password: string;
  client: ClientInfo;
}

/**
 * The resource owner password grant (RFC 6749 §4.3): only registered,
 * authenticated clients; the session opened is bound to the client, and its
 * JWT access token carries the client's id.
 */
@Injectable()
export class OAuthPasswordGrant {
  constructor(
    private readonly clients: AuthenticateOAuthClient,
    private readonly signIn: SignInWithPassword,
  ) {}

  async execute(input: OAuthPasswordGrantInput): Promise<IssuedSession> {
    const oauthClient = await this.clients.execute(input.credentials.clientId, input.credentials.clientSecret);
    return this.signIn.execute({
      identifier: input.username,
      kind: 'any',
      password: input.password,
      audience: Audience.OAuth,
      client: input.client,
      acceptLoginTicket: true,
      clientId: oauthClient.clientId,
    });
  }
}

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
    const oauthClient = await this.clients.execute(input.credentials.clientId, input.credentials.clientSecret);
    return this.refresh.execute({
      refreshToken: input.refreshToken,
      audience: Audience.OAuth,
      client: input.client,
      clientId: oauthClient.clientId,
    });
  }
}

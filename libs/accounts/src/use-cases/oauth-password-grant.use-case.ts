import { Injectable } from '@nestjs/common';
import { OAuthClientCredentials } from '../domain/oauth-client';
import { Audience, ClientInfo } from '../domain/session';
import { IssuedSession } from '../services/session-issuer';
import { AuthenticateOAuthClient } from './authenticate-oauth-client.use-case';
import { SignInWithPassword } from './sign-in-with-password.use-case';

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
    const oauthClient = await this.clients.execute(input.credentials);
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

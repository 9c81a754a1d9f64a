import { Injectable } from '@nestjs/common';
import { OAuthClientCredentials } from '../domain/oauth-client';
import { ClientInfo } from '../domain/session';
import { IssuedSession } from '../services/session-issuer';
import { OAuthPasswordGrant } from './oauth-password-grant.use-case';
import { OAuthRefreshGrant } from './oauth-refresh-grant.use-case';

export type OAuthGrant = { type: 'password'; username: string; password: string } | { type: 'refresh_token'; refreshToken: string };

/** `POST /oauth/token`: the grant the request names (RFC 6749 §4.3, §6), for the client it authenticates. */
@Injectable()
export class ExchangeOAuthGrant {
  constructor(
    private readonly passwordGrant: OAuthPasswordGrant,
    private readonly refreshGrant: OAuthRefreshGrant,
  ) {}

  execute({ credentials, grant, client }: { credentials: OAuthClientCredentials; grant: OAuthGrant; client: ClientInfo }): Promise<IssuedSession> {
    switch (grant.type) {
      case 'password':
        return this.passwordGrant.execute({ credentials, username: grant.username, password: grant.password, client });
      case 'refresh_token':
        return this.refreshGrant.execute({ credentials, refreshToken: grant.refreshToken, client });
    }
  }
}

import { Injectable } from '@nestjs/common';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { OAUTH_CLIENT_SECRET_PURPOSE, OAuthClient, OAuthClientCredentials } from '../domain/oauth-client';
import { AccountsCrypto } from '../security/accounts-crypto';
import { OAuthClientRepository } from '../ports/oauth-client.repository';

/** Checks a client's id and secret in constant time; throws OAuthClientInvalid. */
@Injectable()
export class AuthenticateOAuthClient {
  constructor(
    private readonly clients: OAuthClientRepository,
    private readonly crypto: AccountsCrypto,
  ) {}

  async execute({ clientId, clientSecret }: OAuthClientCredentials): Promise<OAuthClient> {
    const client = clientId ? await this.clients.findByClientId(clientId) : null;
    const expected = client?.secretHash ?? this.crypto.secrets.hash(OAUTH_CLIENT_SECRET_PURPOSE, 'no such client');
    const matches = this.crypto.secrets.matches(OAUTH_CLIENT_SECRET_PURPOSE, clientSecret ?? '', expected);
    if (!client || !matches) throw new AccountsError(AccountsErrorCode.OAuthClientInvalid, 'client authentication failed');
    return client;
  }
}

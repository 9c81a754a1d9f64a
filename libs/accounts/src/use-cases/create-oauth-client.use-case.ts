import { Injectable } from '@nestjs/common';
import { AccountsError } from '../domain/accounts-error';
import { assertClientManager, ClientManager, OAUTH_CLIENT_SECRET_PURPOSE, OAuthClient } from '../domain/oauth-client';
import { AccountsCrypto } from '../security/accounts-crypto';
import { randomToken } from '../security/secrets';
import { OAuthClientRepository } from '../ports/oauth-client.repository';

/** Registers an OAuth client; the secret is shown once and kept only as a hash. */
@Injectable()
export class CreateOAuthClient {
  constructor(
    private readonly clients: OAuthClientRepository,
    private readonly crypto: AccountsCrypto,
  ) {}

  async execute({ actor, name }: { actor: ClientManager; name: string }): Promise<{ client: OAuthClient; clientSecret: string }> {
    assertClientManager(actor);
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 255) throw AccountsError.invalidField('name', 'length', 'name must be 1 to 255 characters');
    const clientSecret = randomToken(32);
    const client = await this.clients.insert({
      clientId: randomToken(16),
      secretHash: this.crypto.secrets.hash(OAUTH_CLIENT_SECRET_PURPOSE, clientSecret),
      name: trimmed,
    });
    return { client, clientSecret };
  }
}

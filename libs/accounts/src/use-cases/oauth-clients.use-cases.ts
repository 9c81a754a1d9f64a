import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { assertAdmin } from '../domain/account-rules';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { OAuthClient } from '../domain/oauth-client';
import { AccountsCrypto } from '../security/accounts-crypto';
import { randomToken } from '../security/secrets';
import { Clock } from '../ports/clock';
import { OAuthClientRepository } from '../ports/oauth-client.repository';
import { SessionRepository } from '../ports/session.repository';

const SECRET_PURPOSE = 'oauth-client-secret';

/** Who manages OAuth clients: an administrator's account, or the operator at the console (CLI). */
export const CONSOLE_OPERATOR = Symbol('console operator');
export type ClientManager = Account | typeof CONSOLE_OPERATOR;

function assertManager(actor: ClientManager): void {
  if (actor !== CONSOLE_OPERATOR) assertAdmin(actor);
}

/** Registers an OAuth client; the secret is shown once and kept only as a hash. */
@Injectable()
export class CreateOAuthClient {
  constructor(
    private readonly clients: OAuthClientRepository,
    private readonly crypto: AccountsCrypto,
  ) {}

  async execute(actor: ClientManager, name: string): Promise<{ client: OAuthClient; clientSecret: string }> {
    assertManager(actor);
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 255) throw AccountsError.invalidField('name', 'length', 'name must be 1 to 255 characters');
    const clientSecret = randomToken(32);
    const client = await this.clients.insert({
      clientId: randomToken(16),
      secretHash: this.crypto.secrets.hash(SECRET_PURPOSE, clientSecret),
      name: trimmed,
    });
    return { client, clientSecret };
  }
}

@Injectable()
export class ListOAuthClients {
  constructor(private readonly clients: OAuthClientRepository) {}

  execute(actor: ClientManager): Promise<OAuthClient[]> {
    assertManager(actor);
    return this.clients.list();
  }
}

/** Removes a client; every session it opened ends, so its tokens stop working at once. */
@Injectable()
export class DeleteOAuthClient {
  constructor(
    private readonly clients: OAuthClientRepository,
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
  ) {}

  async execute(actor: ClientManager, id: number): Promise<void> {
    assertManager(actor);
    const client = await this.clients.findById(id);
    if (!client || !(await this.clients.remove(id))) throw new AccountsError(AccountsErrorCode.NotFound, 'no such client');
    await this.sessions.revokeForClient(client.clientId, this.clock.now(), 'client_deleted');
  }
}

/** Checks a client's id and secret in constant time; throws OAuthClientInvalid. */
@Injectable()
export class AuthenticateOAuthClient {
  constructor(
    private readonly clients: OAuthClientRepository,
    private readonly crypto: AccountsCrypto,
  ) {}

  async execute(clientId: string, clientSecret: string): Promise<OAuthClient> {
    const client = clientId ? await this.clients.findByClientId(clientId) : null;
    const expected = client?.secretHash ?? this.crypto.secrets.hash(SECRET_PURPOSE, 'no such client');
    const matches = this.crypto.secrets.matches(SECRET_PURPOSE, clientSecret ?? '', expected);
    if (!client || !matches) throw new AccountsError(AccountsErrorCode.OAuthClientInvalid, 'client authentication failed');
    return client;
  }
}

import { Injectable } from '@nestjs/common';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { assertClientManager, ClientManager } from '../domain/oauth-client';
import { Clock } from '../ports/clock';
import { OAuthClientRepository } from '../ports/oauth-client.repository';
import { SessionRepository } from '../ports/session.repository';

/** Removes a client; every session it opened ends, so its tokens stop working at once. */
@Injectable()
export class DeleteOAuthClient {
  constructor(
    private readonly clients: OAuthClientRepository,
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, id }: { actor: ClientManager; id: number }): Promise<void> {
    assertClientManager(actor);
    const client = await this.clients.findById(id);
    if (!client || !(await this.clients.remove(id))) throw new AccountsError(AccountsErrorCode.NotFound, 'no such client');
    await this.sessions.revokeForClient(client.clientId, this.clock.now(), 'client_deleted');
  }
}

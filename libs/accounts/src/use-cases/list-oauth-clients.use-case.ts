import { Injectable } from '@nestjs/common';
import { assertClientManager, ClientManager, OAuthClient } from '../domain/oauth-client';
import { OAuthClientRepository } from '../ports/oauth-client.repository';

@Injectable()
export class ListOAuthClients {
  constructor(private readonly clients: OAuthClientRepository) {}

  execute({ actor }: { actor: ClientManager }): Promise<OAuthClient[]> {
    assertClientManager(actor);
    return this.clients.list();
  }
}

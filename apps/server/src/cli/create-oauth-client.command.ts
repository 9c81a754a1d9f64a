import { CONSOLE_OPERATOR, CreateOAuthClient } from '@app/accounts';
import { Command, CommandRunner, Option } from 'nest-commander';

/** npm run cli -- oauth-client:create --name N   (prints one JSON line; the secret is shown only here) */
@Command({ name: 'oauth-client:create', description: 'Register an OAuth client for /oauth/token' })
export class CreateOAuthClientCommand extends CommandRunner {
  constructor(private readonly createClient: CreateOAuthClient) {
    super();
  }

  async run(_: string[], options: { name: string }): Promise<void> {
    if (!options.name) throw new Error('--name is required');
    const { client, clientSecret } = await this.createClient.execute({ actor: CONSOLE_OPERATOR, name: options.name });
    process.stdout.write(`${JSON.stringify({ client_id: client.clientId, client_secret: clientSecret, name: client.name })}\n`);
  }

  @Option({ flags: '--name <name>', description: 'the client application\'s name' })
  parseName(value: string): string {
    return value;
  }
}

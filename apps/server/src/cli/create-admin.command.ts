import { Audience, AccountRole, RegisterAccount } from '@app/accounts';
import { Command, CommandRunner, Option } from 'nest-commander';

interface CreateAdminOptions {
  username: string;
  password: string;
  email?: string;
}

/** npm run cli -- user:create-admin --username U --password P [--email E] */
@Command({ name: 'user:create-admin', description: 'Create an administrator account' })
export class CreateAdminCommand extends CommandRunner {
  constructor(private readonly register: RegisterAccount) {
    super();
  }

  async run(_: string[], options: CreateAdminOptions): Promise<void> {
    if (!options.username || !options.password) throw new Error('--username and --password are required');
    const account = await this.register.execute({
      username: options.username,
      email: options.email,
      password: options.password,
      passwordPolicy: 'standard',
      role: AccountRole.Admin,
      audience: Audience.V2,
      client: { ip: null, userAgent: 'cli' },
    });
    process.stdout.write(`${JSON.stringify({ id: account.id, uuid: account.uuid, username: account.username, role: account.role })}\n`);
  }

  @Option({ flags: '--username <username>', description: 'the administrator\'s username' })
  parseUsername(value: string): string {
    return value;
  }

  @Option({ flags: '--password <password>', description: 'at least 8 characters, not a common password' })
  parsePassword(value: string): string {
    return value;
  }

  @Option({ flags: '--email <email>', description: 'optional email' })
  parseEmail(value: string): string {
    return value;
  }
}

import { Audience, AccountRole, RegisterAccount } from '@app/accounts';
import { Command, CommandRunner, Option } from 'nest-commander';

interface CreateAdminOptions {
  username?: string;
  password?: string;
  email?: string;
  phone?: string;
}

/**
 * npm run cli -- user:create-admin [--username U] [--phone P] [--email E] --password PW
 * The users contract signs in by phone, so its admin endpoints need --phone. The phone and
 * email are recorded as given, not proven (no code is sent): password sign-in works at once,
 * code sign-in and reset once a code proves them.
 */
@Command({
  name: 'user:create-admin',
  description: 'Create an administrator: --password and at least one of --username, --phone, --email',
})
export class CreateAdminCommand extends CommandRunner {
  constructor(private readonly register: RegisterAccount) {
    super();
  }

  async run(_: string[], options: CreateAdminOptions): Promise<void> {
    if (!options.password) throw new Error('--password is required');
    if (!options.username && !options.phone && !options.email) throw new Error('--username, --phone or --email is required');
    const account = await this.register.execute({
      username: options.username,
      email: options.email,
      phone: options.phone,
      password: options.password,
      passwordPolicy: 'standard',
      role: AccountRole.Admin,
      // v2 asks an SMS code for a phone at registration; the users contract takes one without, as an operator's command must.
      audience: options.phone ? Audience.Users : Audience.V2,
      client: { ip: null, userAgent: 'cli' },
    });
    const answer = { id: account.id, uuid: account.uuid, username: account.username, phone: account.phone, email: account.email, role: account.role };
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  }

  @Option({ flags: '--username <username>', description: 'the administrator\'s username' })
  parseUsername(value: string): string {
    return value;
  }

  @Option({ flags: '--password <password>', description: 'at least 8 characters, not a common password' })
  parsePassword(value: string): string {
    return value;
  }

  @Option({ flags: '--phone <phone>', description: 'phone, such as 13812345678 or +8613812345678 (the users contract signs in with it); recorded unproven' })
  parsePhone(value: string): string {
    return value;
  }

  @Option({ flags: '--email <email>', description: 'email address; recorded unproven' })
  parseEmail(value: string): string {
    return value;
  }
}

import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../ports/unit-of-work';
import { AccountRegistrar, RegisterAccountInput } from '../services/account-registrar';
import { LoginTickets } from '../services/login-tickets';
import { IssuedLoginTicket } from './issue-login-ticket.use-case';

/** oauth-v1's registration: the account and the oauth_login_code it answers commit together. */
@Injectable()
export class RegisterWithLoginTicket {
  constructor(
    private readonly registrar: AccountRegistrar,
    private readonly tickets: LoginTickets,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(input: RegisterAccountInput): Promise<IssuedLoginTicket> {
    const prepared = await this.registrar.prepare(input);
    try {
      return await this.unitOfWork.run(async () => {
        const account = await this.registrar.commit(prepared);
        return { ticket: await this.tickets.issue(account), expiresInSeconds: this.tickets.ttlSeconds };
      });
    } catch (error) {
      await this.registrar.abandon(prepared);
      throw error;
    }
  }
}

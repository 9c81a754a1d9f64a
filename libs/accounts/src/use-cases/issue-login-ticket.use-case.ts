import { Injectable } from '@nestjs/common';
import { CodeEntry, CodeEntryInput } from '../services/code-entry';
import { LoginTickets } from '../services/login-tickets';

export interface IssuedLoginTicket {
  /** The oauth_login_code: shown once, kept only as a hash. */
  ticket: string;
  expiresInSeconds: number;
}

/**
 * oauth-v1's code sign-in answers an oauth_login_code instead of a token: a single-use
 * secret, valid 10 minutes, that the OAuth password grant takes as the password of the
 * account that proved itself. The code's use and the ticket commit together.
 */
@Injectable()
export class IssueLoginTicket {
  constructor(
    private readonly entry: CodeEntry,
    private readonly tickets: LoginTickets,
  ) {}

  execute(input: CodeEntryInput): Promise<IssuedLoginTicket> {
    return this.entry.enter(input, async (account) => ({ ticket: await this.tickets.issue(account), expiresInSeconds: this.tickets.ttlSeconds }));
  }
}

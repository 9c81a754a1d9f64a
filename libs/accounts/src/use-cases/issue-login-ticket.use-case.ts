import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { assertMaySignIn } from '../domain/account-rules';
import { LoginTickets } from '../services/login-tickets';

export interface IssuedLoginTicket {
  /** The oauth_login_code: shown once, kept only as a hash. */
  ticket: string;
  expiresInSeconds: number;
}

/**
 * oauth-v1's registration and code sign-in answer an oauth_login_code instead
 * of a token: a single-use secret, valid 10 minutes, that the OAuth password
 * grant takes as the password of the account that proved itself.
 */
@Injectable()
export class IssueLoginTicket {
  constructor(private readonly tickets: LoginTickets) {}

  async execute({ account }: { account: Account }): Promise<IssuedLoginTicket> {
    assertMaySignIn(account);
    return { ticket: await this.tickets.issue(account), expiresInSeconds: this.tickets.ttlSeconds };
  }
}

import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { AccountsCrypto } from '../security/accounts-crypto';
import { randomToken } from '../security/secrets';
import { Clock } from '../ports/clock';
import { LoginTicketRepository } from '../ports/login-ticket.repository';

const TICKET_PURPOSE = 'login-ticket';
const TICKET_TTL_SECONDS = 600;

/**
 * oauth-v1's oauth_login_code: a single-use secret, valid 10 minutes, that the
 * OAuth password grant takes in place of the account's password. It ends with
 * the account's sessions (a password change, reset or deletion ends it too).
 */
@Injectable()
export class LoginTickets {
  constructor(
    private readonly tickets: LoginTicketRepository,
    private readonly crypto: AccountsCrypto,
    private readonly clock: Clock,
  ) {}

  get ttlSeconds(): number {
    return TICKET_TTL_SECONDS;
  }

  async issue(account: Account): Promise<string> {
    const secret = randomToken(24);
    const now = this.clock.now();
    await this.tickets.insert({
      accountId: account.id,
      secretHash: this.crypto.secrets.hash(TICKET_PURPOSE, secret),
      sessionEpoch: account.sessionEpoch,
      createdAt: now,
      expiresAt: new Date(now.getTime() + TICKET_TTL_SECONDS * 1000),
    });
    return secret;
  }

  /** Uses up a live ticket of this account; false when there is none (never throws). */
  async redeem(account: Account, secret: string): Promise<boolean> {
    const ticket = await this.tickets.findBySecretHash(this.crypto.secrets.hash(TICKET_PURPOSE, secret));
    const now = this.clock.now();
    const live =
      ticket !== null &&
      ticket.accountId === account.id &&
      ticket.sessionEpoch === account.sessionEpoch &&
      ticket.consumedAt === null &&
      ticket.expiresAt.getTime() > now.getTime();
    if (!live) {
      return false;
    }
    return this.tickets.consume(ticket.id, now);
  }
}

import { Injectable } from '@nestjs/common';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { normalizeUsername } from '../domain/identifiers';
import { ClientInfo } from '../domain/session';
import { AccountMirror } from '../ports/account-mirror';
import { AccountRepository } from '../ports/account.repository';
import { AuditLog } from '../ports/audit-log';
import { AuthContext } from '../services/token-authenticator';

export interface ChangeUsernameInput {
  auth: AuthContext;
  username: string;
  client: ClientInfo;
  /** The request field holding the name, for validation messages. */
  field?: string;
}

/**
 * Sets the signed-in account's username. Usernames are unique
 * case-insensitively and by look-alike skeleton; the account's own name in
 * another case (or a look-alike of it) is a rename,
 * the same name is no change (normalizeUsername refuses names that read as
 * phone numbers). A mirror (Gitea) is renamed first.
 */
@Injectable()
export class ChangeUsername {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly mirror: AccountMirror,
    private readonly audit: AuditLog,
  ) {}

  async execute(input: ChangeUsernameInput): Promise<void> {
    const username = await this.check(input);
    const { account, session } = input.auth;
    if (username === account.username) return;
    if (this.mirror.mirrors(account)) await this.mirror.usernameChanged(account, username);
    await this.accounts.updateIdentity(account.id, { username });
    await this.audit.record({
      accountId: account.id,
      type: AuditEventType.UsernameChanged,
      ip: input.client.ip ?? null,
      userAgent: input.client.userAgent ?? null,
      detail: { audience: session.audience },
    });
  }

  /**
   * Proves the name is valid and free for this account without changing
   * anything (a surface that changes the name with other fields checks first).
   */
  async check(input: Omit<ChangeUsernameInput, 'client'>): Promise<string> {
    const field = input.field ?? 'username';
    const username = normalizeUsername(input.username, field);
    const holder = await this.accounts.findUsernameHolder(username);
    if (holder && holder.id !== input.auth.account.id) throw new AccountsError(AccountsErrorCode.UsernameTaken);
    return username;
  }
}

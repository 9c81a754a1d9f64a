import { Injectable } from '@nestjs/common';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { normalizeUsername } from '../domain/identifiers';
import { ClientInfo } from '../domain/session';
import { AccountMirror } from '../ports/account-mirror';
import { AccountRepository } from '../ports/account.repository';
import { AuditLog } from '../ports/audit-log';
import { AuthContext } from './token-authenticator';

export interface ChangeUsernameInput {
  auth: AuthContext;
  username: string;
  client: ClientInfo;
  /** The request field holding the name, for validation messages. */
  field?: string;
}

/**
 * A signed-in account's new username. Usernames are unique case-insensitively and by
 * look-alike skeleton; the account's own name in another case (or a look-alike of it) is a
 * rename, the same name is no change (normalizeUsername refuses names that read as phone
 * numbers). `prepare` checks and renames the mirror (Gitea) first, outside the unit of
 * work; `apply` writes inside it.
 */
@Injectable()
export class UsernameChange {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly mirror: AccountMirror,
    private readonly audit: AuditLog,
  ) {}

  /** The normalized name, or null when it is the account's name already. */
  async prepare(input: Omit<ChangeUsernameInput, 'client'>): Promise<string | null> {
    const username = normalizeUsername(input.username, input.field ?? 'username');
    const holder = await this.accounts.findUsernameHolder(username);
    if (holder && holder.id !== input.auth.account.id) throw new AccountsError(AccountsErrorCode.UsernameTaken);
    if (username === input.auth.account.username) return null;
    return username;
  }

  /** After every other check of the request passed: the mirror, outside the unit of work. */
  async renameMirror(auth: AuthContext, username: string | null): Promise<void> {
    if (username !== null && this.mirror.mirrors(auth.account)) await this.mirror.usernameChanged(auth.account, username);
  }

  /** Inside a unit of work. */
  async apply(auth: AuthContext, username: string | null, client: ClientInfo): Promise<void> {
    if (username === null) return;
    await this.accounts.updateIdentity(auth.account.id, { username });
    await this.audit.record({
      accountId: auth.account.id,
      type: AuditEventType.UsernameChanged,
      ip: client.ip ?? null,
      userAgent: client.userAgent ?? null,
      detail: { audience: auth.session.audience },
    });
  }
}

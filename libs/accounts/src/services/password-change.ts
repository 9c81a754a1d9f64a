import { Injectable } from '@nestjs/common';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AUDIENCE_POLICIES } from '../domain/audience-policy';
import { AuditEventType } from '../domain/audit-event';
import { assertPasswordAllowed, PasswordPolicyName } from '../domain/password-policy';
import { ClientInfo } from '../domain/session';
import { AccountMirror } from '../ports/account-mirror';
import { AccountRepository } from '../ports/account.repository';
import { AuditLog } from '../ports/audit-log';
import { SessionRepository } from '../ports/session.repository';
import { AccountsCrypto } from '../security/accounts-crypto';
import { PasswordCheck } from './password-check';
import { AuthContext } from './token-authenticator';

export interface ChangePasswordInput {
  auth: AuthContext;
  /** Required unless the caller's API changes passwords on the session alone (venus, oauth-v1). */
  currentPassword?: string | null;
  newPassword: string;
  /** When the API asks the new password twice. */
  confirmation?: string | null;
  passwordPolicy: PasswordPolicyName;
  client: ClientInfo;
}

export interface PreparedPasswordChange {
  auth: AuthContext;
  passwordHash: string;
  client: ClientInfo;
}

/**
 * A signed-in password change (CONTRACTS.md): every OTHER session of the account ends, the
 * one it was made in goes on with its tokens (OWASP ASVS 3.3.3). `prepare` does the checks,
 * the hashes and the mirror (Gitea, first, so that its failure changes nothing here),
 * outside the unit of work; `apply` writes inside it.
 */
@Injectable()
export class PasswordChange {
  constructor(
    private readonly passwords: PasswordCheck,
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    private readonly mirror: AccountMirror,
    private readonly crypto: AccountsCrypto,
    private readonly audit: AuditLog,
  ) {}

  async prepare(input: ChangePasswordInput): Promise<PreparedPasswordChange> {
    const { account, session } = input.auth;
    if (input.confirmation !== undefined && input.confirmation !== null && input.confirmation !== input.newPassword) {
      throw new AccountsError(AccountsErrorCode.PasswordMismatch, 'the passwords differ');
    }
    assertPasswordAllowed(input.newPassword, input.passwordPolicy);
    if (input.currentPassword) {
      await this.passwords.verify(account, input.currentPassword, input.client);
    } else if (!AUDIENCE_POLICIES[session.audience].passwordChangeWithoutCurrent) {
      throw AccountsError.invalidField('currentPassword', 'notBlank', 'the current password is required');
    }
    if (await this.passwords.isCurrent(account, input.newPassword)) {
      throw new AccountsError(AccountsErrorCode.ValueUnchanged, 'the new password is the current one');
    }
    const passwordHash = await this.crypto.passwords.hash(input.newPassword);
    if (this.mirror.mirrors(account)) await this.mirror.passwordChanged(account, input.newPassword);
    return { auth: input.auth, passwordHash, client: input.client };
  }

  /** Inside a unit of work: the hash, the other sessions ended (the account's epoch moves on, the caller's session with it), the audit. */
  async apply({ auth, passwordHash, client }: PreparedPasswordChange): Promise<void> {
    const { account, session } = auth;
    await this.accounts.updatePasswordHash(account.id, passwordHash, true);
    const changed = await this.accounts.findById(account.id);
    if (changed) await this.sessions.moveToEpoch(session.id, changed.sessionEpoch);
    await this.audit.record({
      accountId: account.id,
      type: AuditEventType.PasswordChanged,
      ip: client.ip ?? null,
      userAgent: client.userAgent ?? null,
      detail: { audience: session.audience },
    });
  }
}

import { Injectable } from '@nestjs/common';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AUDIENCE_POLICIES } from '../domain/audience-policy';
import { AuditEventType } from '../domain/audit-event';
import { assertPasswordAllowed, PasswordPolicyName } from '../domain/password-policy';
import { ClientInfo } from '../domain/session';
import { AccountsCrypto } from '../security/accounts-crypto';
import { AccountMirror } from '../ports/account-mirror';
import { AccountRepository } from '../ports/account.repository';
import { AuditLog } from '../ports/audit-log';
import { PasswordCheck } from '../services/password-check';
import { AuthContext } from '../services/token-authenticator';

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

/** Sets a new password; every session of the account ends, the caller's included. */
@Injectable()
export class ChangePassword {
  constructor(
    private readonly passwords: PasswordCheck,
    private readonly accounts: AccountRepository,
    private readonly mirror: AccountMirror,
    private readonly crypto: AccountsCrypto,
    private readonly audit: AuditLog,
  ) {}

  async execute(input: ChangePasswordInput): Promise<void> {
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
    if (this.mirror.mirrors(account)) await this.mirror.passwordChanged(account, input.newPassword);
    await this.accounts.updatePasswordHash(account.id, await this.crypto.passwords.hash(input.newPassword), true);
    await this.audit.record({
      accountId: account.id,
      type: AuditEventType.PasswordChanged,
      ip: input.client.ip ?? null,
      userAgent: input.client.userAgent ?? null,
      detail: { audience: session.audience },
    });
  }
}

import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../ports/unit-of-work';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AUDIENCE_POLICIES } from '../domain/audience-policy';
import { AuditEventType } from '../domain/audit-event';
import { assertPasswordAllowed, PasswordPolicyName } from '../domain/password-policy';
import { Audience, ClientInfo } from '../domain/session';
import { CodeChannel, CodePurpose } from '../domain/verification-code';
import { AccountsCrypto } from '../security/accounts-crypto';
import { AccountMirror } from '../ports/account-mirror';
import { AccountRepository } from '../ports/account.repository';
import { AuditLog } from '../ports/audit-log';
import { AccountFinder } from '../services/account-finder';
import { ContactTrust } from '../services/contact-trust';
import { normalizeKnownTarget } from '../services/code-targets';
import { PasswordCheck } from '../services/password-check';
import { VerificationCodes } from '../services/verification-codes';

export interface ResetPasswordInput {
  channel: CodeChannel;
  target: string;
  code: string;
  purpose: CodePurpose;
  audience: Audience;
  newPassword: string;
  /** When the API asks the new password twice. */
  confirmation?: string | null;
  passwordPolicy: PasswordPolicyName;
  client: ClientInfo;
}

/**
 * A forgotten password replaced with a code; every session of the account ends.
 * Only through a contact that may open the account by code (ContactTrust).
 */
@Injectable()
export class ResetPassword {
  constructor(
    private readonly finder: AccountFinder,
    private readonly codes: VerificationCodes,
    private readonly passwords: PasswordCheck,
    private readonly accounts: AccountRepository,
    private readonly mirror: AccountMirror,
    private readonly crypto: AccountsCrypto,
    private readonly audit: AuditLog,
    private readonly trust: ContactTrust,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(input: ResetPasswordInput): Promise<void> {
    const target = normalizeKnownTarget(input.channel, input.target);
    if (input.confirmation !== undefined && input.confirmation !== null && input.confirmation !== input.newPassword) {
      throw new AccountsError(AccountsErrorCode.PasswordMismatch, 'the passwords differ');
    }
    assertPasswordAllowed(input.newPassword, input.passwordPolicy);
    const proof = { channel: input.channel, target, code: input.code, scope: input.audience, purpose: input.purpose, ip: input.client.ip };
    const checked = await this.codes.check(proof);
    const found = await this.finder.byTarget(input.channel, target);
    if (!found) {
      if (AUDIENCE_POLICIES[input.audience].concealsAccounts) throw new AccountsError(AccountsErrorCode.CodeInvalid);
      throw new AccountsError(AccountsErrorCode.AccountNotFound, 'no such account');
    }
    this.trust.assertOpensByCode(found, input.channel, input.audience);
    if (await this.passwords.isCurrent(found, input.newPassword)) {
      throw new AccountsError(AccountsErrorCode.ValueUnchanged, 'the new password is the current one');
    }
    const passwordHash = await this.crypto.passwords.hash(input.newPassword);
    // The mirror first, so its failure keeps the code; it then holds the new password, which also ends a claimed account's earlier one there.
    const mirrored = this.mirror.mirrors(found);
    if (mirrored) await this.mirror.passwordChanged(found, input.newPassword);
    await this.unitOfWork.run(async () => {
      await this.codes.useUp(checked, proof);
      const account = await this.trust.enterByProof(found, input.channel, input.audience, input.client, { mirrorReplaced: mirrored });
      await this.accounts.updatePasswordHash(account.id, passwordHash, true);
      await this.accounts.resetFailedLogins(account.id);
      await this.audit.record({
        accountId: account.id,
        type: AuditEventType.PasswordReset,
        ip: input.client.ip ?? null,
        userAgent: input.client.userAgent ?? null,
        detail: { audience: input.audience },
      });
    });
  }
}

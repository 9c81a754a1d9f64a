import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AUDIENCE_POLICIES } from '../domain/audience-policy';
import { AuditEventType } from '../domain/audit-event';
import { ClientInfo } from '../domain/session';
import { CodeChannel, CodePurpose } from '../domain/verification-code';
import { AccountMirror } from '../ports/account-mirror';
import { AccountRepository } from '../ports/account.repository';
import { AuditLog } from '../ports/audit-log';
import { AccountFinder } from '../services/account-finder';
import { normalizeKnownTarget, normalizeTarget } from '../services/code-targets';
import { PasswordCheck } from '../services/password-check';
import { AuthContext } from '../services/token-authenticator';
import { VerificationCodes } from '../services/verification-codes';

export interface ChangeContactInput {
  auth: AuthContext;
  /** The new phone or email. */
  value: string;
  /** A code sent to the new value; required unless the caller's API has no codes (venus). */
  code?: string | null;
  purpose: CodePurpose;
  /** When the API asks for it: the account's password. */
  password?: string | null;
  /** When the API asks for it: the current phone or email, which must match. */
  current?: string | null;
  client: ClientInfo;
  /** Request field names, for validation messages. */
  fields?: { value?: string; current?: string };
}

/**
 * The shared steps of changing a phone or an email: optional proofs
 * (password, the current value), a code sent to the new value, a clash check,
 * the mirror first, then the store.
 * Decorated so that its constructor's parameter types are emitted: the
 * subclasses have no constructor of their own, and Nest reads the types here.
 */
@Injectable()
abstract class ChangeContact {
  protected abstract readonly channel: CodeChannel;
  protected abstract readonly auditType: AuditEventType;

  constructor(
    private readonly finder: AccountFinder,
    private readonly codes: VerificationCodes,
    private readonly passwords: PasswordCheck,
    protected readonly accounts: AccountRepository,
    protected readonly mirror: AccountMirror,
    private readonly audit: AuditLog,
  ) {}

  async execute(input: ChangeContactInput): Promise<void> {
    const { account, session } = input.auth;
    const value = normalizeTarget(this.channel, input.value, input.fields?.value ?? this.fieldName());
    if (input.current !== undefined && input.current !== null) {
      const current = normalizeKnownTarget(this.channel, input.current, input.fields?.current ?? 'current');
      if (current !== this.currentValue(account)) throw new AccountsError(AccountsErrorCode.InvalidCredentials, 'the current value does not match');
    }
    if (input.password !== undefined && input.password !== null) {
      await this.passwords.verify(account, input.password, input.client);
    }
    if (value === this.currentValue(account)) throw new AccountsError(AccountsErrorCode.ValueUnchanged, 'that is the current value');
    const holder = await this.finder.byTarget(this.channel, value);
    if (holder && holder.id !== account.id) throw this.taken();

    const needsCode = !AUDIENCE_POLICIES[session.audience].identityChangeWithoutCode;
    const proof = { channel: this.channel, target: value, code: input.code ?? '', scope: session.audience, purpose: input.purpose };
    if (needsCode) {
      if (!input.code) throw AccountsError.invalidField('code', 'notBlank', 'a verification code is required');
      await this.codes.check(proof);
    }
    await this.mirrorChange(account, value);
    if (needsCode) await this.codes.consume(proof);
    await this.store(account, value, needsCode);
    await this.audit.record({
      accountId: account.id,
      type: this.auditType,
      ip: input.client.ip ?? null,
      userAgent: input.client.userAgent ?? null,
      detail: { audience: session.audience },
    });
  }

  protected abstract fieldName(): string;
  protected abstract currentValue(account: Account): string | null;
  protected abstract taken(): AccountsError;
  protected abstract mirrorChange(account: Account, value: string): Promise<void>;
  protected abstract store(account: Account, value: string, verified: boolean): Promise<void>;
}

@Injectable()
export class ChangeEmail extends ChangeContact {
  protected readonly channel = CodeChannel.Email;
  protected readonly auditType = AuditEventType.EmailChanged;

  protected fieldName(): string {
    return 'email';
  }

  protected currentValue(account: Account): string | null {
    return account.email;
  }

  protected taken(): AccountsError {
    return new AccountsError(AccountsErrorCode.EmailTaken);
  }

  protected async mirrorChange(account: Account, value: string): Promise<void> {
    if (this.mirror.mirrors(account)) await this.mirror.emailChanged(account, value);
  }

  protected store(account: Account, value: string, verified: boolean): Promise<void> {
    return this.accounts.updateIdentity(account.id, { email: value, emailVerified: verified });
  }
}

@Injectable()
export class ChangePhone extends ChangeContact {
  protected readonly channel = CodeChannel.Sms;
  protected readonly auditType = AuditEventType.PhoneChanged;

  protected fieldName(): string {
    return 'phone';
  }

  protected currentValue(account: Account): string | null {
    return account.phone;
  }

  protected taken(): AccountsError {
    return new AccountsError(AccountsErrorCode.PhoneTaken);
  }

  protected mirrorChange(): Promise<void> {
    return Promise.resolve();
  }

  protected store(account: Account, value: string): Promise<void> {
    return this.accounts.updateIdentity(account.id, { phone: value });
  }
}

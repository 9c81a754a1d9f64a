import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AUDIENCE_POLICIES } from '../domain/audience-policy';
import { AuditEventType } from '../domain/audit-event';
import { ClientInfo } from '../domain/session';
import { ContactProof, proofOf, unprovenAt } from '../domain/contact-proof';
import { CodeChannel, CodeProof, CodePurpose } from '../domain/verification-code';
import { AccountMirror } from '../ports/account-mirror';
import { AccountRepository } from '../ports/account.repository';
import { AuditLog } from '../ports/audit-log';
import { AccountFinder } from './account-finder';
import { normalizeKnownTarget, normalizeTarget } from './code-targets';
import { ContactTrust } from './contact-trust';
import { PasswordCheck } from './password-check';
import { AuthContext } from './token-authenticator';
import { VerificationCodes } from './verification-codes';

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
 * the mirror first, then the store. A value set with a code is proven; one set
 * without (venus, vcode) is asserted until the holder proves it by giving the
 * same value again with a code.
 * Decorated so that its constructor's parameter types are emitted: the
 * subclasses have no constructor of their own, and Nest reads the types here.
 */
@Injectable()
export abstract class ChangeContact {
  protected abstract readonly channel: CodeChannel;
  protected abstract readonly auditType: AuditEventType;

  constructor(
    private readonly finder: AccountFinder,
    private readonly codes: VerificationCodes,
    private readonly passwords: PasswordCheck,
    protected readonly accounts: AccountRepository,
    protected readonly mirror: AccountMirror,
    private readonly audit: AuditLog,
    private readonly trust: ContactTrust,
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
    const needsCode = !AUDIENCE_POLICIES[session.audience].identityChangeWithoutCode;
    const proof = { channel: this.channel, target: value, code: input.code ?? '', scope: session.audience, purpose: input.purpose, ip: input.client.ip };
    if (value === this.currentValue(account)) return this.proveCurrent(input, proof, needsCode);
    const holder = await this.finder.byTarget(this.channel, value);
    // A proof takes a contact another account holds without one; nothing else does.
    const taking = holder !== null && holder.id !== account.id;
    if (taking && !(needsCode && this.trust.yieldsToProof(holder, this.channel))) throw this.taken();

    if (needsCode) {
      if (!input.code) throw AccountsError.invalidField('code', 'notBlank', 'a verification code is required');
      // Without a right code, a held value is what it always was: taken.
      await orInstead(this.codes.check(proof), taking ? this.taken() : null);
    }
    await this.mirrorChange(account, value);
    if (needsCode) await this.codes.consume(proof);
    if (taking) await this.trust.release(holder, this.channel, session.audience, input.client);
    await this.store(account, value, needsCode ? ContactProof.Proven : unprovenAt('change'));
    await this.audit.record({
      accountId: account.id,
      type: this.auditType,
      ip: input.client.ip ?? null,
      userAgent: input.client.userAgent ?? null,
      detail: { audience: session.audience },
    });
  }

  /** The current value again, with a code: the holder proves a contact set without one. */
  private async proveCurrent(input: ChangeContactInput, proof: CodeProof, needsCode: boolean): Promise<void> {
    const { account, session } = input.auth;
    if (!needsCode || proofOf(account, this.channel) === ContactProof.Proven) {
      throw new AccountsError(AccountsErrorCode.ValueUnchanged, 'that is the current value');
    }
    if (!input.code) throw AccountsError.invalidField('code', 'notBlank', 'a verification code is required');
    // Without a right code this is what it always was: the current value given again.
    await orInstead(this.codes.consume(proof), new AccountsError(AccountsErrorCode.ValueUnchanged, 'that is the current value'));
    await this.trust.provenByHolder(account, this.channel, session.audience, input.client);
  }

  protected abstract fieldName(): string;
  protected abstract currentValue(account: Account): string | null;
  protected abstract taken(): AccountsError;
  protected abstract mirrorChange(account: Account, value: string): Promise<void>;
  protected abstract store(account: Account, value: string, proof: ContactProof): Promise<void>;
}

/** Answers `instead` where the code was wrong, expired or used (when there is one). */
async function orInstead(step: Promise<unknown>, instead: AccountsError | null): Promise<void> {
  try {
    await step;
  } catch (error) {
    if (instead && error instanceof AccountsError && error.code === AccountsErrorCode.CodeInvalid) throw instead;
    throw error;
  }
}

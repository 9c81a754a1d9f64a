import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ACCOUNTS_CONFIG, AccountsConfig } from '../accounts.config';
import { Account, AccountRole, ProfilePatch } from '../domain/account';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { ContactProof, unprovenAt } from '../domain/contact-proof';
import { normalizeEmail, normalizeUsername } from '../domain/identifiers';
import { assertPasswordAllowed, PasswordPolicyName } from '../domain/password-policy';
import { normalizeNewPhone } from '../domain/phone';
import { cleanProfilePatch } from '../domain/profile-rules';
import { Audience, ClientInfo } from '../domain/session';
import { CodeChannel, CodeProof, CodePurpose, VerificationCode } from '../domain/verification-code';
import { AccountMirror } from '../ports/account-mirror';
import { AccountRepository, NewAccount } from '../ports/account.repository';
import { AuditLog } from '../ports/audit-log';
import { Clock } from '../ports/clock';
import { AccountsCrypto } from '../security/accounts-crypto';
import { insertWithFreshAccountNumber } from './account-number';
import { ContactTrust } from './contact-trust';
import { VerificationCodes } from './verification-codes';

export interface RegisterAccountInput {
  username?: string | null;
  email?: string | null;
  phone?: string | null;
  password?: string | null;
  passwordPolicy: PasswordPolicyName;
  profile?: ProfilePatch;
  /** A code this API sent to the phone (sms) or email, proving the caller holds it. */
  code?: { channel: CodeChannel; code: string; purpose: CodePurpose } | null;
  role?: AccountRole;
  /** The API registering the account. */
  audience: Audience;
  client: ClientInfo;
}

/** What a registration settled before its unit of work: checks passed, the code checked, the hash made. */
export interface PreparedRegistration {
  input: RegisterAccountInput;
  draft: Omit<NewAccount, 'accountNumber'>;
  code: { checked: VerificationCode; proof: CodeProof } | null;
  /** An account holding a contact the code proves without having proved it: it gives it up. */
  yielding: Account | null;
  /** The mirror (Gitea) already has the account. */
  mirrored: boolean;
}

/**
 * Creates an account with at least one of username, email and phone, and a password unless
 * a code proves the phone or email. A contact given without a code is only claimed: whoever
 * proves it later takes the account; a code takes a contact that another account holds
 * without proof. Clashes answer UsernameTaken / EmailTaken / PhoneTaken, in that order; the
 * store's unique keys settle races.
 *
 * In three steps, so that every write of the store commits together: `prepare` does what
 * is slow or outside the store (the checks, a wrong code's try, the hash, the mirror),
 * `commit` runs inside the caller's unit of work (the code used, the contact released,
 * the account, its audit), `abandon` undoes the mirror when the unit of work failed.
 */
@Injectable()
export class AccountRegistrar {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly codes: VerificationCodes,
    private readonly mirror: AccountMirror,
    private readonly crypto: AccountsCrypto,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly trust: ContactTrust,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
  ) {}

  async prepare(input: RegisterAccountInput): Promise<PreparedRegistration> {
    const username = input.username ? normalizeUsername(input.username) : null;
    const email = input.email ? normalizeEmail(input.email) : null;
    const phone = input.phone ? normalizeNewPhone(input.phone) : null;
    if (!username && !email && !phone) {
      throw AccountsError.invalidField('username', 'notBlank', 'a username, email or phone is required');
    }
    if (input.password) assertPasswordAllowed(input.password, input.passwordPolicy);
    else if (!input.code) throw AccountsError.invalidField('password', 'notBlank', 'a password is required');
    const profile = cleanProfilePatch(input.profile ?? {});
    this.assertCodeWhereRequired(input, phone, email);
    const yielding = await this.assertFree(username, email, phone, input.code?.channel ?? null);
    const code = input.code ? await this.checkCode(input, input.code.channel === CodeChannel.Sms ? phone : email, yielding) : null;

    const draft = {
      uuid: randomUUID(),
      username,
      email,
      emailProof: email ? registeredProof(input, CodeChannel.Email) : null,
      phone,
      phoneProof: phone ? registeredProof(input, CodeChannel.Sms) : null,
      passwordHash: input.password ? await this.crypto.passwords.hash(input.password) : null,
      role: input.role ?? AccountRole.User,
      profile,
    };
    const mirrored = Boolean(input.password) && this.mirror.mirrors(draft);
    if (mirrored) await this.mirror.created(draft, input.password!);
    return { input, draft, code, yielding, mirrored };
  }

  /** Inside a unit of work. */
  async commit({ input, draft, code, yielding }: PreparedRegistration): Promise<Account> {
    if (code) await this.codes.useUp(code.checked, code.proof);
    if (yielding) await this.trust.release(yielding, input.code!.channel, input.audience, input.client);
    const account = await insertWithFreshAccountNumber(this.clock, (accountNumber) => this.accounts.insert({ ...draft, accountNumber }));
    await this.audit.record({
      accountId: account.id,
      type: AuditEventType.AccountRegistered,
      ip: input.client.ip ?? null,
      userAgent: input.client.userAgent ?? null,
      detail: null,
    });
    return account;
  }

  /** After a failed unit of work: the mirror forgets the account it was given. */
  async abandon(prepared: PreparedRegistration): Promise<void> {
    if (prepared.mirrored) await this.mirror.deleted(prepared.draft).catch(() => undefined);
  }

  /** Checks the code (a wrong one counts as a try, whatever happens next). */
  private async checkCode(input: RegisterAccountInput, target: string | null, yielding: Account | null): Promise<PreparedRegistration['code']> {
    const { channel } = input.code!;
    if (!target) throw AccountsError.invalidField('code', 'notBlank', 'the code needs the phone or email it was sent to');
    const proof = { ...input.code!, target, scope: input.audience, ip: input.client.ip };
    try {
      return { checked: await this.codes.check(proof), proof };
    } catch (error) {
      // Without a right code, a held contact is what it always was: taken.
      if (yielding && error instanceof AccountsError && error.code === AccountsErrorCode.CodeInvalid) throw takenError(channel);
      throw error;
    }
  }

  /** v2 asks a code for a phone (and, if configured, an email) at registration. */
  private assertCodeWhereRequired(input: RegisterAccountInput, phone: string | null, email: string | null): void {
    if (input.audience !== Audience.V2) return;
    const { phone: phoneNeedsCode, email: emailNeedsCode } = this.config.v2RequireCode;
    const required = phone && phoneNeedsCode ? CodeChannel.Sms : email && emailNeedsCode ? CodeChannel.Email : null;
    if (required && input.code?.channel !== required) {
      throw AccountsError.invalidField('code', 'notBlank', `a code sent by ${required} is required`);
    }
  }

  /**
   * Clashes answer Taken, except a contact the registration proves with a code
   * that its holder never proved: that holder is answered, to give it up.
   */
  private async assertFree(username: string | null, email: string | null, phone: string | null, proven: CodeChannel | null): Promise<Account | null> {
    if (username && (await this.accounts.findUsernameHolder(username))) throw new AccountsError(AccountsErrorCode.UsernameTaken);
    let yielding: Account | null = null;
    const contacts = [
      { channel: CodeChannel.Email, holder: email ? await this.accounts.findByEmail(email) : null },
      { channel: CodeChannel.Sms, holder: phone ? await this.accounts.findByPhone(phone) : null },
    ];
    for (const { channel, holder } of contacts) {
      if (!holder) continue;
      if (proven !== channel || !this.trust.yieldsToProof(holder, channel)) throw takenError(channel);
      yielding = holder;
    }
    return yielding;
  }
}

/** A contact the registration proved with a code is proven; any other is only claimed (ContactProof). */
function registeredProof(input: RegisterAccountInput, channel: CodeChannel): ContactProof {
  return input.code?.channel === channel ? ContactProof.Proven : unprovenAt('registration');
}

function takenError(channel: CodeChannel): AccountsError {
  return new AccountsError(channel === CodeChannel.Sms ? AccountsErrorCode.PhoneTaken : AccountsErrorCode.EmailTaken);
}

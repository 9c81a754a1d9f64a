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
import { CodeChannel, CodePurpose } from '../domain/verification-code';
import { AccountsCrypto } from '../security/accounts-crypto';
import { AccountMirror } from '../ports/account-mirror';
import { AccountRepository } from '../ports/account.repository';
import { AuditLog } from '../ports/audit-log';
import { Clock } from '../ports/clock';
import { insertWithFreshAccountNumber } from '../services/account-number';
import { ContactTrust } from '../services/contact-trust';
import { VerificationCodes } from '../services/verification-codes';

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

/**
 * Creates an account with at least one of username, email and phone, and a
 * password unless a code proves the phone or email. A contact given without
 * a code is only claimed: whoever proves it later takes the account; a code
 * takes a contact that another account holds without proof. Clashes answer
 * UsernameTaken / EmailTaken / PhoneTaken, in that order; the store's unique
 * keys settle races. A mirror (Gitea) is written first, so its failure leaves
 * nothing behind here.
 */
@Injectable()
export class RegisterAccount {
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

  async execute(input: RegisterAccountInput): Promise<Account> {
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

    const codeTarget = input.code ? (input.code.channel === CodeChannel.Sms ? phone : email) : null;
    if (input.code) {
      if (!codeTarget) throw AccountsError.invalidField('code', 'notBlank', 'the code needs the phone or email it was sent to');
      try {
        await this.codes.consume({ ...input.code, target: codeTarget, scope: input.audience, ip: input.client.ip });
      } catch (error) {
        // Without a right code, a held contact is what it always was: taken.
        if (yielding && error instanceof AccountsError && error.code === AccountsErrorCode.CodeInvalid) throw takenError(input.code.channel);
        throw error;
      }
    }
    if (yielding) await this.trust.release(yielding, input.code!.channel, input.audience, input.client);

    const passwordHash = input.password ? await this.crypto.passwords.hash(input.password) : null;
    const draft = {
      uuid: randomUUID(),
      username,
      email,
      emailProof: email ? registeredProof(input, CodeChannel.Email) : null,
      phone,
      phoneProof: phone ? registeredProof(input, CodeChannel.Sms) : null,
      passwordHash,
      role: input.role ?? AccountRole.User,
      profile,
    };
    const mirrored = Boolean(input.password) && this.mirror.mirrors(draft);
    if (mirrored) await this.mirror.created(draft, input.password!);
    let account: Account;
    try {
      account = await insertWithFreshAccountNumber(this.clock, (accountNumber) => this.accounts.insert({ ...draft, accountNumber }));
    } catch (error) {
      if (mirrored) await this.mirror.deleted(draft).catch(() => undefined);
      throw error;
    }
    await this.audit.record({
      accountId: account.id,
      type: AuditEventType.AccountRegistered,
      ip: input.client.ip ?? null,
      userAgent: input.client.userAgent ?? null,
      detail: null,
    });
    return account;
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

import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AUDIENCE_POLICIES } from '../domain/audience-policy';
import { AuditEventType } from '../domain/audit-event';
import { ContactProof, proofOf } from '../domain/contact-proof';
import { Audience, ClientInfo } from '../domain/session';
import { CodeChannel } from '../domain/verification-code';
import { randomToken } from '../security/secrets';
import { AccountMirror } from '../ports/account-mirror';
import { AccountRepository } from '../ports/account.repository';
import { AuditLog } from '../ports/audit-log';
import { WeChatIdentityRepository } from '../ports/wechat-identity.repository';
import { AccountFinder } from './account-finder';

/**
 * What a phone or email is trusted for (CONTRACTS.md, "Contacts are trusted only
 * once proven"): an asserted contact opens nothing by code; a claimed one goes
 * to whoever proves it, and the credentials set before the proof end.
 */
@Injectable()
export class ContactTrust {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly identities: WeChatIdentityRepository,
    private readonly finder: AccountFinder,
    private readonly audit: AuditLog,
    private readonly mirror: AccountMirror,
  ) {}

  /** Whether sign-in and reset codes may go to this contact of the account. */
  receivesAccountCodes(account: Account, channel: CodeChannel): boolean {
    return proofOf(account, channel) !== ContactProof.Asserted;
  }

  /** Refuses a code sign-in or reset through an asserted contact (where answers conceal accounts, as a wrong code). */
  assertOpensByCode(account: Account, channel: CodeChannel, audience: Audience): void {
    if (this.receivesAccountCodes(account, channel)) return;
    if (AUDIENCE_POLICIES[audience].concealsAccounts) throw new AccountsError(AccountsErrorCode.CodeInvalid, 'the code is wrong, expired or used');
    throw new AccountsError(AccountsErrorCode.ContactUnproven, 'this contact is not proven; sign in otherwise and prove it first');
  }

  /**
   * A code sent to the account's contact was just proven, to sign in or reset by
   * it. Answers the account to go on with: for a claimed contact, after its
   * password, sessions and WeChat links have ended and its other contact is
   * asserted again, and the mirror's password replaced (unless the caller just
   * did: `mirrorReplaced`). Refuses an asserted contact.
   */
  async enterByProof(
    account: Account,
    channel: CodeChannel,
    audience: Audience,
    client: ClientInfo,
    options: { mirrorReplaced?: boolean } = {},
  ): Promise<Account> {
    this.assertOpensByCode(account, channel, audience);
    if (proofOf(account, channel) === ContactProof.Proven) return account;
    if (!options.mirrorReplaced) await this.replaceMirrorPasswordBeforeEntry(account, channel);
    // The account's other contact came with the earlier credentials: it opens nothing by code until proven again.
    const other = channel === CodeChannel.Sms ? CodeChannel.Email : CodeChannel.Sms;
    const demoted = proofOf(account, other) === null ? {} : proofPatch(other, ContactProof.Asserted);
    await this.accounts.revokeCredentialsForProof(account.id, { ...demoted, ...proofPatch(channel) });
    await this.identities.removeForAccount(account.id);
    await this.recordProof(account, channel, audience, client, true);
    return this.finder.byId(account.id);
  }

  /**
   * The mirror (Gitea) holds a claimed account's earlier password too: before the entry it
   * gets one nobody knows, outside the unit of work, so its failure changes nothing here.
   * Answers whether it did (pass it to enterByProof as `mirrorReplaced`).
   */
  async replaceMirrorPasswordBeforeEntry(account: Account, channel: CodeChannel): Promise<boolean> {
    if (proofOf(account, channel) === ContactProof.Proven || !this.mirror.mirrors(account)) return false;
    await this.mirror.passwordChanged(account, randomToken(32));
    return true;
  }

  /** The signed-in holder proved a contact of the account: nothing else changes. */
  async provenByHolder(account: Account, channel: CodeChannel, audience: Audience, client: ClientInfo): Promise<void> {
    await this.accounts.updateIdentity(account.id, proofPatch(channel));
    await this.recordProof(account, channel, audience, client, false);
  }

  /**
   * Someone else proved a contact this account holds without proof: it goes to
   * them, and the holder keeps everything else (audited on the holder).
   */
  async release(holder: Account, channel: CodeChannel, audience: Audience, client: ClientInfo): Promise<void> {
    await this.accounts.updateIdentity(holder.id, channel === CodeChannel.Sms ? { phone: null, phoneProof: null } : { email: null, emailProof: null });
    await this.audit.record({
      accountId: holder.id,
      type: AuditEventType.ContactReleased,
      ip: client.ip ?? null,
      userAgent: client.userAgent ?? null,
      detail: { audience, channel },
    });
  }

  /** Whether a code to this contact may take it from the account holding it (it was never proven there). */
  yieldsToProof(holder: Account, channel: CodeChannel): boolean {
    return proofOf(holder, channel) !== ContactProof.Proven;
  }

  private recordProof(account: Account, channel: CodeChannel, audience: Audience, client: ClientInfo, revoked: boolean): Promise<void> {
    return this.audit.record({
      accountId: account.id,
      type: AuditEventType.ContactProven,
      ip: client.ip ?? null,
      userAgent: client.userAgent ?? null,
      detail: { audience, channel, earlierCredentialsRevoked: revoked },
    });
  }
}

function proofPatch(channel: CodeChannel, proof = ContactProof.Proven): { emailProof?: ContactProof; phoneProof?: ContactProof } {
  return channel === CodeChannel.Sms ? { phoneProof: proof } : { emailProof: proof };
}

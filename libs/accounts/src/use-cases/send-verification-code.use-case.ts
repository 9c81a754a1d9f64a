import { Inject, Injectable } from '@nestjs/common';
import { ACCOUNTS_CONFIG, AccountsConfig } from '../accounts.config';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AUDIENCE_POLICIES } from '../domain/audience-policy';
import { Audience, ClientInfo } from '../domain/session';
import { CodeChannel, CodePurpose } from '../domain/verification-code';
import { AccountFinder } from '../services/account-finder';
import { ContactTrust } from '../services/contact-trust';
import { normalizeTarget } from '../services/code-targets';
import { VerificationCodes } from '../services/verification-codes';

export interface SendVerificationCodeInput {
  channel: CodeChannel;
  target: string;
  purpose: CodePurpose;
  audience: Audience;
  client: ClientInfo;
  /** The request field holding the target, for validation messages. */
  targetField?: string;
}

export interface CodeSendReceipt {
  expiresInSeconds: number;
  resendAfterSeconds: number;
}

/** Which purposes need the target to belong to an account (true) or to be free (false). */
const NEEDS_ACCOUNT: Record<CodePurpose, boolean | null> = {
  [CodePurpose.Register]: false,
  [CodePurpose.Login]: true,
  [CodePurpose.ResetPassword]: true,
  [CodePurpose.ChangeEmail]: false,
  [CodePurpose.ChangePhone]: false,
  [CodePurpose.Any]: null,
};

/**
 * Sends a code when the target fits the purpose: a free target to register or
 * change to, an account's contact that may receive account codes to sign in or
 * reset (an asserted contact may not: ContactTrust). APIs that conceal accounts
 * (v2) answer the same whether or not it fits, and do the same work, throttles
 * and counts included; only the delivery is left out when it does not fit.
 */
@Injectable()
export class SendVerificationCode {
  constructor(
    private readonly codes: VerificationCodes,
    private readonly finder: AccountFinder,
    private readonly trust: ContactTrust,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
  ) {}

  /** Answers the code rules in force, whether or not a code went out. */
  async execute(input: SendVerificationCodeInput): Promise<CodeSendReceipt> {
    const receipt = { expiresInSeconds: this.config.codes.ttlSeconds, resendAfterSeconds: this.config.codes.resendSeconds };
    const target = normalizeTarget(input.channel, input.target, input.targetField);
    const misfit = await this.misfit(input, target);
    if (misfit && !AUDIENCE_POLICIES[input.audience].concealsAccounts) throw misfit;
    await this.codes.send({
      channel: input.channel,
      target,
      scope: input.audience,
      purpose: input.purpose,
      ip: input.client.ip,
      deliver: misfit === null,
    });
    return receipt;
  }

  /** Why the target does not fit the purpose, or null when it does. */
  private async misfit(input: SendVerificationCodeInput, target: string): Promise<AccountsError | null> {
    const needsAccount = NEEDS_ACCOUNT[input.purpose];
    if (needsAccount === null) return null;
    const account = await this.finder.byTarget(input.channel, target);
    if (needsAccount && !account) return new AccountsError(AccountsErrorCode.AccountNotFound, 'no account has this target');
    if (!needsAccount && account) {
      // A contact held without proof yields to a code: its holder's change code, or anyone's registration.
      if (this.trust.yieldsToProof(account, input.channel)) return null;
      return new AccountsError(input.channel === CodeChannel.Sms ? AccountsErrorCode.PhoneTaken : AccountsErrorCode.EmailTaken);
    }
    if (account && !this.trust.receivesAccountCodes(account, input.channel)) {
      return new AccountsError(AccountsErrorCode.ContactUnproven, 'this contact is not proven; sign in otherwise and prove it first');
    }
    return null;
  }
}

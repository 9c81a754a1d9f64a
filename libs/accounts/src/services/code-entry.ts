import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { assertMaySignIn } from '../domain/account-rules';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { Audience, ClientInfo } from '../domain/session';
import { CodeChannel, CodePurpose } from '../domain/verification-code';
import { UnitOfWork } from '../ports/unit-of-work';
import { AccountFinder } from './account-finder';
import { normalizeKnownTarget } from './code-targets';
import { ContactTrust } from './contact-trust';
import { SignInGuard } from './sign-in-guard';
import { VerificationCodes } from './verification-codes';

export interface CodeEntryInput {
  channel: CodeChannel;
  target: string;
  code: string;
  purpose: CodePurpose;
  audience: Audience;
  client: ClientInfo;
}

/**
 * Into an account by a code sent to its phone or email (sign-in, oauth-v1's login ticket).
 * Not subject to password lockout, and a success ends one (the contact's holder is proven).
 * ContactTrust decides what the contact opens: nothing while it is asserted; a claimed one
 * becomes proven and the credentials set before it end. The code's use, the entry and what
 * the caller does with the account (`then`) commit together.
 */
@Injectable()
export class CodeEntry {
  constructor(
    private readonly finder: AccountFinder,
    private readonly codes: VerificationCodes,
    private readonly trust: ContactTrust,
    private readonly guard: SignInGuard,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async enter<T>(input: CodeEntryInput, then: (account: Account) => Promise<T>): Promise<T> {
    const target = normalizeKnownTarget(input.channel, input.target);
    const proof = { channel: input.channel, target, code: input.code, scope: input.audience, purpose: input.purpose, ip: input.client.ip };
    const checked = await this.codes.check(proof);
    const found = await this.finder.byTarget(input.channel, target);
    if (!found) {
      await this.codes.useUp(checked, proof);
      throw new AccountsError(AccountsErrorCode.AccountNotFound, 'no such account');
    }
    assertMaySignIn(found);
    this.trust.assertOpensByCode(found, input.channel, input.audience);
    const mirrorReplaced = await this.trust.replaceMirrorPasswordBeforeEntry(found, input.channel);
    return this.unitOfWork.run(async () => {
      await this.codes.useUp(checked, proof);
      const account = await this.trust.enterByProof(found, input.channel, input.audience, input.client, { mirrorReplaced });
      await this.guard.succeeded(account);
      return then(account);
    });
  }
}

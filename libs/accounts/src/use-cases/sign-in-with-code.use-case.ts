import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { assertMaySignIn } from '../domain/account-rules';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { Audience, ClientInfo } from '../domain/session';
import { CodeChannel, CodePurpose } from '../domain/verification-code';
import { AccountFinder } from '../services/account-finder';
import { ContactTrust } from '../services/contact-trust';
import { normalizeKnownTarget } from '../services/code-targets';
import { IssuedSession } from '../services/session-issuer';
import { SignInGuard } from '../services/sign-in-guard';
import { SignInRecorder } from '../services/sign-in-recorder';
import { VerificationCodes } from '../services/verification-codes';

export interface SignInWithCodeInput {
  channel: CodeChannel;
  target: string;
  code: string;
  purpose: CodePurpose;
  audience: Audience;
  client: ClientInfo;
}

/**
 * Sign-in by a code sent to the account's phone or email. Not subject to
 * password lockout, and a success ends one (the phone's holder is proven).
 * ContactTrust decides what the contact opens: nothing while it is asserted;
 * a claimed one becomes proven and the credentials set before it end.
 */
@Injectable()
export class SignInWithCode {
  constructor(
    private readonly finder: AccountFinder,
    private readonly codes: VerificationCodes,
    private readonly trust: ContactTrust,
    private readonly guard: SignInGuard,
    private readonly recorder: SignInRecorder,
  ) {}

  async execute(input: SignInWithCodeInput): Promise<IssuedSession> {
    const account = await this.authenticate(input);
    return this.recorder.complete(account, input.audience, input.client, `code:${input.channel}`);
  }

  /** Uses up the code and answers the account it proves, without opening a session (oauth-v1 answers a login ticket instead). */
  async authenticate(input: SignInWithCodeInput): Promise<Account> {
    const target = normalizeKnownTarget(input.channel, input.target);
    const proof = { channel: input.channel, target, code: input.code, scope: input.audience, purpose: input.purpose, ip: input.client.ip };
    await this.codes.check(proof);
    const found = await this.finder.byTarget(input.channel, target);
    if (!found) {
      await this.codes.consume(proof);
      throw new AccountsError(AccountsErrorCode.AccountNotFound, 'no such account');
    }
    assertMaySignIn(found);
    this.trust.assertOpensByCode(found, input.channel, input.audience);
    await this.codes.consume(proof);
    const account = await this.trust.enterByProof(found, input.channel, input.audience, input.client);
    await this.guard.succeeded(account);
    return account;
  }
}

import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { assertMaySignIn } from '../domain/account-rules';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { Audience, ClientInfo } from '../domain/session';
import { CodeChannel, CodePurpose } from '../domain/verification-code';
import { AccountFinder } from '../services/account-finder';
import { normalizeKnownTarget } from '../services/code-targets';
import { IssuedSession } from '../services/session-issuer';
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

/** Sign-in by a code sent to the account's phone or email. Not subject to password lockout. */
@Injectable()
export class SignInWithCode {
  constructor(
    private readonly finder: AccountFinder,
    private readonly codes: VerificationCodes,
    private readonly recorder: SignInRecorder,
  ) {}

  async execute(input: SignInWithCodeInput): Promise<IssuedSession> {
    const account = await this.authenticate(input);
    return this.recorder.complete(account, input.audience, input.client, `code:${input.channel}`);
  }

  /** Uses up the code and answers the account it proves, without opening a session (oauth-v1 answers a login ticket instead). */
  async authenticate(input: Omit<SignInWithCodeInput, 'client'>): Promise<Account> {
    const target = normalizeKnownTarget(input.channel, input.target);
    await this.codes.consume({ channel: input.channel, target, code: input.code, scope: input.audience, purpose: input.purpose });
    const account = await this.finder.byTarget(input.channel, target);
    if (!account) throw new AccountsError(AccountsErrorCode.AccountNotFound, 'no such account');
    assertMaySignIn(account);
    return account;
  }
}

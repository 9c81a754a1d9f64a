import { Injectable } from '@nestjs/common';
import { CodeEntry, CodeEntryInput } from '../services/code-entry';
import { IssuedSession } from '../services/session-issuer';
import { SignInRecorder } from '../services/sign-in-recorder';

export type SignInWithCodeInput = CodeEntryInput;

/** Sign-in by a code sent to the account's phone or email (CodeEntry has the rules). */
@Injectable()
export class SignInWithCode {
  constructor(
    private readonly entry: CodeEntry,
    private readonly recorder: SignInRecorder,
  ) {}

  execute(input: SignInWithCodeInput): Promise<IssuedSession> {
    return this.entry.enter(input, (account) => this.recorder.complete(account, input.audience, input.client, `code:${input.channel}`));
  }
}

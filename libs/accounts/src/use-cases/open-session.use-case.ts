import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { assertMaySignIn } from '../domain/account-rules';
import { Audience, ClientInfo } from '../domain/session';
import { IssuedSession, SessionOptions } from '../services/session-issuer';
import { SignInRecorder } from '../services/sign-in-recorder';

/** Signs in an account that just proved itself another way (registration answers a token). */
@Injectable()
export class OpenSession {
  constructor(private readonly recorder: SignInRecorder) {}

  execute(input: { account: Account; audience: Audience; client: ClientInfo; method: string; options?: SessionOptions }): Promise<IssuedSession> {
    assertMaySignIn(input.account);
    return this.recorder.complete(input.account, input.audience, input.client, input.method, input.options);
  }
}

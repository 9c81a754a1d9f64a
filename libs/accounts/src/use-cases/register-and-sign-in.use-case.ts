import { Injectable } from '@nestjs/common';
import { ClientInfo } from '../domain/session';
import { UnitOfWork } from '../ports/unit-of-work';
import { AccountRegistrar, RegisterAccountInput } from '../services/account-registrar';
import { IssuedSession } from '../services/session-issuer';
import { SignInRecorder } from '../services/sign-in-recorder';

/** Creates an account and signs it in (v2, vcode): the account and its first session commit together, or neither. */
@Injectable()
export class RegisterAndSignIn {
  constructor(
    private readonly registrar: AccountRegistrar,
    private readonly recorder: SignInRecorder,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(input: RegisterAccountInput & { client: ClientInfo }): Promise<IssuedSession> {
    const prepared = await this.registrar.prepare(input);
    try {
      return await this.unitOfWork.run(async () => {
        const account = await this.registrar.commit(prepared);
        return this.recorder.complete(account, input.audience, input.client, 'registration');
      });
    } catch (error) {
      await this.registrar.abandon(prepared);
      throw error;
    }
  }
}

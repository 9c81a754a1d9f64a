import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { UnitOfWork } from '../ports/unit-of-work';
import { AccountRegistrar, RegisterAccountInput } from '../services/account-registrar';

export { RegisterAccountInput } from '../services/account-registrar';

/** Creates an account (AccountRegistrar has the rules); the code, the account and its audit commit together. */
@Injectable()
export class RegisterAccount {
  constructor(
    private readonly registrar: AccountRegistrar,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(input: RegisterAccountInput): Promise<Account> {
    const prepared = await this.registrar.prepare(input);
    try {
      return await this.unitOfWork.run(() => this.registrar.commit(prepared));
    } catch (error) {
      await this.registrar.abandon(prepared);
      throw error;
    }
  }
}

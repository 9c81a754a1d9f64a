import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../ports/unit-of-work';
import { ChangePasswordInput, PasswordChange } from '../services/password-change';

export { ChangePasswordInput } from '../services/password-change';

/** Sets a new password; every other session of the account ends, the caller's goes on (PasswordChange). */
@Injectable()
export class ChangePassword {
  constructor(
    private readonly change: PasswordChange,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(input: ChangePasswordInput): Promise<void> {
    const prepared = await this.change.prepare(input);
    await this.unitOfWork.run(() => this.change.apply(prepared));
  }
}

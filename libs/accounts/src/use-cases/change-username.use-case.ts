import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../ports/unit-of-work';
import { ChangeUsernameInput, UsernameChange } from '../services/username-change';

export { ChangeUsernameInput } from '../services/username-change';

/** Sets the signed-in account's username (UsernameChange has the rules). */
@Injectable()
export class ChangeUsername {
  constructor(
    private readonly change: UsernameChange,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(input: ChangeUsernameInput): Promise<void> {
    const username = await this.change.prepare(input);
    await this.change.renameMirror(input.auth, username);
    await this.unitOfWork.run(() => this.change.apply(input.auth, username, input.client));
  }
}

import { Injectable } from '@nestjs/common';
import { ClientInfo } from '../domain/session';
import { PasswordPolicyName } from '../domain/password-policy';
import { UnitOfWork } from '../ports/unit-of-work';
import { PasswordChange } from '../services/password-change';
import { AuthContext } from '../services/token-authenticator';
import { UsernameChange } from '../services/username-change';

export interface SetCredentialsInput {
  auth: AuthContext;
  username: string;
  password: string;
  confirmation?: string | null;
  passwordPolicy: PasswordPolicyName;
  client: ClientInfo;
  /** The request field holding the name, for validation messages. */
  usernameField?: string;
}

/**
 * oauth-v1's update: a username and a password together, or neither. Both are checked
 * before anything changes; the password's other sessions end, the caller's goes on.
 */
@Injectable()
export class SetCredentials {
  constructor(
    private readonly usernames: UsernameChange,
    private readonly passwords: PasswordChange,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(input: SetCredentialsInput): Promise<void> {
    const { auth, client } = input;
    const username = await this.usernames.prepare({ auth, username: input.username, field: input.usernameField });
    const password = await this.passwords.prepare({
      auth,
      newPassword: input.password,
      confirmation: input.confirmation,
      passwordPolicy: input.passwordPolicy,
      client,
    });
    await this.usernames.renameMirror(auth, username);
    await this.unitOfWork.run(async () => {
      await this.passwords.apply(password);
      await this.usernames.apply(auth, username, client);
    });
  }
}

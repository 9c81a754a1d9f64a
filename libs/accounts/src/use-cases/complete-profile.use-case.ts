import { Injectable } from '@nestjs/common';
import { Account, ProfilePatch } from '../domain/account';
import { normalizeEmail } from '../domain/identifiers';
import { cleanProfilePatch } from '../domain/profile-rules';
import { ClientInfo } from '../domain/session';
import { CodePurpose } from '../domain/verification-code';
import { AuthContext } from '../services/token-authenticator';
import { ChangeEmail } from './change-email.use-case';
import { UpdateProfile } from './update-profile.use-case';

export interface CompleteProfileInput {
  auth: AuthContext;
  profile: ProfilePatch;
  /** A contact email to set; blank or absent leaves the current one. */
  email?: string | null;
  client: ClientInfo;
}

/**
 * Fills in profile fields and the contact email in one form (vcode's
 * perfectInfo). The fields are checked before anything is stored; the email
 * equal to the current one is left alone, a new one goes through ChangeEmail
 * (clash check, mirror; the audience's policy says whether it needs a code).
 */
@Injectable()
export class CompleteProfile {
  constructor(
    private readonly changeEmail: ChangeEmail,
    private readonly updateProfile: UpdateProfile,
  ) {}

  async execute(input: CompleteProfileInput): Promise<Account> {
    const profile = cleanProfilePatch(input.profile);
    const email = input.email?.trim() ? normalizeEmail(input.email) : null;
    if (email && email !== input.auth.account.email) {
      await this.changeEmail.execute({ auth: input.auth, value: email, purpose: CodePurpose.Any, client: input.client });
    }
    return this.updateProfile.execute({ accountId: input.auth.account.id, patch: profile });
  }
}

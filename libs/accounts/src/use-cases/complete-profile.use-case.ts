import { Injectable } from '@nestjs/common';
import { Account, ProfilePatch } from '../domain/account';
import { normalizeEmail } from '../domain/identifiers';
import { cleanProfilePatch } from '../domain/profile-rules';
import { ClientInfo } from '../domain/session';
import { CodePurpose } from '../domain/verification-code';
import { AccountMirror } from '../ports/account-mirror';
import { AccountRepository } from '../ports/account.repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { AccountFinder } from '../services/account-finder';
import { NamedHolder, SessionHolder } from '../services/session-holder';
import { AuthContext } from '../services/token-authenticator';
import { ChangeEmail } from './change-email.use-case';
import { touchesMirroredProfile } from './update-profile.use-case';

export interface CompleteProfileInput {
  auth: AuthContext;
  profile: ProfilePatch;
  /** A contact email to set; blank or absent leaves the current one. */
  email?: string | null;
  /** The account the request names beside its token: it must be the token's. */
  holder?: NamedHolder;
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
    private readonly accounts: AccountRepository,
    private readonly finder: AccountFinder,
    private readonly mirror: AccountMirror,
    private readonly unitOfWork: UnitOfWork,
    private readonly holders: SessionHolder,
  ) {}

  async execute(input: CompleteProfileInput): Promise<Account> {
    if (input.holder) await this.holders.confirm(input.auth, input.holder);
    const profile = cleanProfilePatch(input.profile);
    const email = input.email?.trim() ? normalizeEmail(input.email) : null;
    const emailChange =
      email && email !== input.auth.account.email
        ? await this.changeEmail.prepare({ auth: input.auth, value: email, purpose: CodePurpose.Any, client: input.client })
        : null;
    const account = await this.unitOfWork.run(async () => {
      if (emailChange) await this.changeEmail.apply(emailChange);
      if (Object.keys(profile).length > 0) await this.accounts.updateProfile(input.auth.account.id, profile);
      return this.finder.byId(input.auth.account.id);
    });
    // The mirror (Gitea) shows some profile fields: best effort, a profile is not an identity.
    if (touchesMirroredProfile(profile) && this.mirror.mirrors(account)) await this.mirror.profileChanged(account).catch(() => undefined);
    return account;
  }
}

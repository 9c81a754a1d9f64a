import { Injectable } from '@nestjs/common';
import { isAccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { cleanProfilePatch } from '../domain/profile-rules';
import { ClientInfo } from '../domain/session';
import { CodePurpose } from '../domain/verification-code';
import { AccountMirror } from '../ports/account-mirror';
import { AccountRepository } from '../ports/account.repository';
import { UnitOfWork } from '../ports/unit-of-work';
import { AccountFinder } from '../services/account-finder';
import { ContactChangePlan } from '../services/change-contact';
import { AuthContext } from '../services/token-authenticator';
import { ChangePhone } from './change-phone.use-case';
import { touchesMirroredProfile } from './update-profile.use-case';

export interface UpdateVenusInfoInput {
  auth: AuthContext;
  /** Absent: left as it is. */
  phone?: string;
  nickname?: string;
  client: ClientInfo;
}

/**
 * venus `POST /venus/user/info`: the phone (set without a code, so asserted; the account's own
 * phone is no change) and the nickname commit together, or neither: the phone is checked before
 * anything is written.
 */
@Injectable()
export class UpdateVenusInfo {
  constructor(
    private readonly phones: ChangePhone,
    private readonly accounts: AccountRepository,
    private readonly finder: AccountFinder,
    private readonly mirror: AccountMirror,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(input: UpdateVenusInfoInput): Promise<void> {
    const { auth } = input;
    const phone = input.phone === undefined ? null : await this.planPhone(input);
    const profile = cleanProfilePatch(input.nickname === undefined ? {} : { nickname: input.nickname });
    await this.unitOfWork.run(async () => {
      if (phone) await this.phones.apply(phone);
      if (Object.keys(profile).length > 0) await this.accounts.updateProfile(auth.account.id, profile);
    });
    // The mirror shows the nickname: best effort, a profile is not an identity.
    if (touchesMirroredProfile(profile) && this.mirror.mirrors(auth.account)) {
      await this.mirror.profileChanged(await this.finder.byId(auth.account.id)).catch(() => undefined);
    }
  }

  /** "Update to this phone" is idempotent in venus: the current phone is not an error. */
  private async planPhone(input: UpdateVenusInfoInput): Promise<ContactChangePlan | null> {
    try {
      return await this.phones.prepare({
        auth: input.auth,
        value: input.phone!,
        purpose: CodePurpose.ChangePhone,
        client: input.client,
      });
    } catch (error) {
      if (isAccountsError(error) && error.code === AccountsErrorCode.ValueUnchanged) return null;
      throw error;
    }
  }
}

import { Injectable } from '@nestjs/common';
import { Account, ProfilePatch } from '../domain/account';
import { cleanProfilePatch } from '../domain/profile-rules';
import { AccountMirror } from '../ports/account-mirror';
import { AccountRepository } from '../ports/account.repository';
import { AccountFinder } from '../services/account-finder';

const MIRRORED_PROFILE_FIELDS: (keyof ProfilePatch)[] = ['nickname', 'website', 'location', 'description'];

/**
 * Changes personal fields; answers the account as it is now. The public
 * fields are copied to the mirror (Gitea) as best effort: a profile is not an
 * identity, so the mirror being down does not refuse the change.
 */
@Injectable()
export class UpdateProfile {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly finder: AccountFinder,
    private readonly mirror: AccountMirror,
  ) {}

  async execute({ accountId, patch }: { accountId: number; patch: ProfilePatch }): Promise<Account> {
    const clean = cleanProfilePatch(patch);
    if (Object.keys(clean).length > 0) await this.accounts.updateProfile(accountId, clean);
    const account = await this.finder.byId(accountId);
    const mirrored = MIRRORED_PROFILE_FIELDS.some((field) => field in clean) && this.mirror.mirrors(account);
    if (mirrored) await this.mirror.profileChanged(account).catch(() => undefined);
    return account;
  }
}

import { Injectable } from '@nestjs/common';
import { Account, ProfilePatch } from '../domain/account';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { cleanProfilePatch } from '../domain/profile-rules';
import { StoredFile, storedFileName } from '../domain/stored-file';
import { WeChatIdentity } from '../domain/wechat-identity';
import { AccountMirror } from '../ports/account-mirror';
import { AccountRepository } from '../ports/account.repository';
import { FileStorage } from '../ports/file-storage';
import { StoredFileRepository } from '../ports/stored-file.repository';
import { WeChatIdentityRepository } from '../ports/wechat-identity.repository';
import { AccountFinder } from '../services/account-finder';

/** An account with what surfaces show beside it: its avatar file and WeChat identity. */
export interface AccountView {
  account: Account;
  avatarFile: StoredFile | null;
  wechat: WeChatIdentity | null;
}

@Injectable()
export class GetAccountView {
  constructor(
    private readonly finder: AccountFinder,
    private readonly files: StoredFileRepository,
    private readonly identities: WeChatIdentityRepository,
  ) {}

  async execute(ref: { id?: number; uuid?: string; account?: Account }): Promise<AccountView> {
    const account = ref.account ?? (ref.uuid ? await this.finder.byUuid(ref.uuid) : await this.finder.byId(ref.id!));
    const [avatarFile, wechat] = await Promise.all([
      account.avatarFileId ? this.files.findById(account.avatarFileId) : Promise.resolve(null),
      this.identities.findByAccountId(account.id),
    ]);
    return { account, avatarFile, wechat };
  }
}

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

  async execute(accountId: number, patch: ProfilePatch): Promise<Account> {
    const clean = cleanProfilePatch(patch);
    if (Object.keys(clean).length > 0) await this.accounts.updateProfile(accountId, clean);
    const account = await this.finder.byId(accountId);
    const mirrored = MIRRORED_PROFILE_FIELDS.some((field) => field in clean) && this.mirror.mirrors(account);
    if (mirrored) await this.mirror.profileChanged(account).catch(() => undefined);
    return account;
  }
}

/** Reads a stored upload by its public name (<uuid>.<suffix>). */
@Injectable()
export class ReadStoredFile {
  constructor(
    private readonly files: StoredFileRepository,
    private readonly storage: FileStorage,
  ) {}

  async execute(name: string): Promise<{ file: StoredFile; bytes: Buffer }> {
    const match = /^([0-9a-f-]{36})\.([a-z]{3,4})$/.exec(name);
    const file = match ? await this.files.findById(match[1]) : null;
    const bytes = file && file.suffix === match![2] ? await this.storage.get(storedFileName(file)) : null;
    if (!file || !bytes) throw new AccountsError(AccountsErrorCode.NotFound, 'no such file');
    return { file, bytes };
  }
}

import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { StoredFile } from '../domain/stored-file';
import { WeChatIdentity } from '../domain/wechat-identity';
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

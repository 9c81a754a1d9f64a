import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { StoredFile } from '../domain/stored-file';
import { WeChatIdentity } from '../domain/wechat-identity';
import { StoredFileRepository } from '../ports/stored-file.repository';
import { WeChatIdentityRepository } from '../ports/wechat-identity.repository';

/** An account with what surfaces show beside it: its avatar file and WeChat identity. */
export interface AccountView {
  account: Account;
  avatarFile: StoredFile | null;
  wechat: WeChatIdentity | null;
}

@Injectable()
export class AccountViews {
  constructor(
    private readonly files: StoredFileRepository,
    private readonly identities: WeChatIdentityRepository,
  ) {}

  async of(account: Account): Promise<AccountView> {
    const [avatarFile, wechat] = await Promise.all([
      account.avatarFileId ? this.files.findById(account.avatarFileId) : Promise.resolve(null),
      this.identities.findByAccountId(account.id),
    ]);
    return { account, avatarFile, wechat };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ACCOUNTS_CONFIG, AccountsConfig } from '../accounts.config';
import { Account, ProfilePatch } from '../domain/account';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { cleanProfilePatch } from '../domain/profile-rules';
import { StoredFile, storedFileName } from '../domain/stored-file';
import { WeChatIdentity } from '../domain/wechat-identity';
import { AccountMirror } from '../ports/account-mirror';
import { AccountRepository } from '../ports/account.repository';
import { Clock } from '../ports/clock';
import { FileStorage } from '../ports/file-storage';
import { StoredFileRepository } from '../ports/stored-file.repository';
import { WeChatIdentityRepository } from '../ports/wechat-identity.repository';
import { AccountFinder } from '../services/account-finder';
import { sniffImage } from '../services/image-sniffer';

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

/**
 * A new avatar: one JPEG, PNG, GIF or WebP image, judged by its bytes, within
 * the size cap; stored under a new UUID name and served at PUBLIC_URL/files/.
 */
@Injectable()
export class SetAvatar {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly files: StoredFileRepository,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
  ) {}

  async execute(input: { accountId: number; bytes: Buffer; originalName: string }): Promise<{ file: StoredFile; url: string }> {
    if (input.bytes.length > this.config.maxUploadBytes) {
      throw new AccountsError(AccountsErrorCode.FileTooLarge, `the file is larger than ${this.config.maxUploadBytes} bytes`);
    }
    const image = await sniffImage(input.bytes);
    if (!image) throw new AccountsError(AccountsErrorCode.FileTypeNotAllowed, 'the file is not a JPEG, PNG, GIF or WebP image');
    const file: StoredFile = {
      id: randomUUID(),
      accountId: input.accountId,
      originalName: (input.originalName || `avatar.${image.suffix}`).slice(0, 255),
      size: input.bytes.length,
      mimeType: image.mimeType,
      suffix: image.suffix,
      createdAt: this.clock.now(),
    };
    await this.storage.put(storedFileName(file), input.bytes, file.mimeType);
    await this.files.insert(file);
    const url = fileUrl(this.config.publicUrl, file);
    await this.accounts.setAvatar(input.accountId, url, file.id);
    return { file, url };
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

export function fileUrl(publicUrl: string, file: Pick<StoredFile, 'id' | 'suffix'>): string {
  return `${publicUrl.replace(/\/$/, '')}/files/${storedFileName(file)}`;
}

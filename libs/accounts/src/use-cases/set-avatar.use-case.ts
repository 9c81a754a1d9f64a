import { Inject, Injectable } from '@nestjs/common';
import { UnitOfWork } from '../ports/unit-of-work';
import { randomUUID } from 'node:crypto';
import { ACCOUNTS_CONFIG, AccountsConfig } from '../accounts.config';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { fileUrl, StoredFile } from '../domain/stored-file';
import { AccountRepository } from '../ports/account.repository';
import { Clock } from '../ports/clock';
import { CounterStore } from '../ports/counter-store';
import { AccountFiles } from '../services/account-files';
import { sniffImage } from '../services/image-sniffer';

const HOUR = 3600;

/**
 * A new avatar: one JPEG, PNG, GIF or WebP image, judged by its bytes, within
 * the size cap; stored under a new UUID name and served at PUBLIC_URL/files/.
 * An account keeps one avatar file: the one it replaces goes once the new one
 * is stored, recorded and pointed at, so a failure leaves the old avatar in place.
 * Attempts are bounded per account and hour (limits.avatarUploadsPerHour), and
 * one account's uploads run one at a time.
 */
@Injectable()
export class SetAvatar {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly files: AccountFiles,
    private readonly counters: CounterStore,
    private readonly clock: Clock,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(input: { accountId: number; bytes: Buffer; originalName: string }): Promise<{ file: StoredFile; url: string }> {
    await this.countAttempt(input.accountId);
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
    const url = fileUrl(this.config.publicUrl, file);
    return this.files.exclusively(input.accountId, async () => {
      await this.files.putBytes(file, input.bytes);
      let replaced: StoredFile[];
      try {
        replaced = await this.unitOfWork.run(async () => {
          await this.files.record(file);
          await this.accounts.setAvatar(input.accountId, url, file.id);
          return this.files.forgetAllBut(input.accountId, file.id);
        });
      } catch (error) {
        await this.files.removeBytes([file]).catch(() => undefined);
        throw error;
      }
      await this.files.removeBytes(replaced);
      return { file, url };
    });
  }

  /** Every attempt counts, refused ones too: each has made the service read up to maxUploadBytes. */
  private async countAttempt(accountId: number): Promise<void> {
    const window = await this.counters.hit(`avatar-uploads:${accountId}`, HOUR);
    if (window.count > this.config.limits.avatarUploadsPerHour) {
      throw new AccountsError(AccountsErrorCode.RateLimited, 'too many avatar uploads from this account', {
        retryAfterSeconds: window.resetSeconds,
      });
    }
  }
}

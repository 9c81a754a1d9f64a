import { Injectable } from '@nestjs/common';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { StoredFile, storedFileName } from '../domain/stored-file';
import { AccountRepository } from '../ports/account.repository';
import { CounterStore } from '../ports/counter-store';
import { FileStorage } from '../ports/file-storage';
import { StoredFileRepository } from '../ports/stored-file.repository';

/** Longest hold of an account's files lease; an upload or a deletion takes well under a second. */
const LEASE_SECONDS = 60;

/**
 * The files an account uploaded. Every step keeps this order, so a crash
 * between two steps never leaves an avatar or a row naming bytes that are gone:
 * - a new file: bytes first, then its row, then the account points at it;
 * - a removal: the row first, then the bytes. A crash in between leaves
 *   bytes nothing names and nothing serves (an orphan on disk, the lesser evil).
 * Changes to one account's files run one at a time, on every instance.
 */
@Injectable()
export class AccountFiles {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly files: StoredFileRepository,
    private readonly storage: FileStorage,
    private readonly counters: CounterStore,
  ) {}

  /** Runs `work` holding the account's files lease; while another holds it, answers RateLimited and changes nothing. */
  async exclusively<T>(accountId: number, work: () => Promise<T>): Promise<T> {
    const key = `account-files:${accountId}`;
    if ((await this.counters.acquire(key, LEASE_SECONDS)) > 0) {
      // The holder ends within a second or so; its lease only lasts longer to survive a crash.
      throw new AccountsError(AccountsErrorCode.RateLimited, "another change to this account's files is in progress", {
        retryAfterSeconds: 1,
      });
    }
    try {
      return await work();
    } finally {
      // A release that fails (Redis gone) only delays the next change until the lease expires.
      await this.counters.release(key).catch(() => undefined);
    }
  }

  /** Stores the bytes, then records them; nothing points at the file yet. */
  async add(file: StoredFile, bytes: Buffer): Promise<void> {
    await this.storage.put(storedFileName(file), bytes, file.mimeType);
    await this.files.insert(file);
  }

  /** Removes every file of the account but `keepId`: a replaced avatar, and what a crash left behind. */
  async removeAllBut(accountId: number, keepId: string | null): Promise<void> {
    for (const file of await this.files.listForAccount(accountId)) {
      if (file.id !== keepId) await this.remove(file);
    }
  }

  /** The account stops pointing at its avatar, then every file of it goes (account deletion). */
  async eraseAll(accountId: number): Promise<void> {
    await this.accounts.clearAvatar(accountId);
    await this.removeAllBut(accountId, null);
  }

  private async remove(file: StoredFile): Promise<void> {
    await this.files.remove(file.id);
    await this.storage.remove(storedFileName(file));
  }
}

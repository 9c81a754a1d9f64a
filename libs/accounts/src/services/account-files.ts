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
 * The files an account uploaded. Bytes live outside the store, so their steps keep this
 * order around the unit of work that writes the rows, and a crash never leaves an avatar
 * or a row naming bytes that are gone:
 * - a new file: bytes first, then (in one unit of work) its row and the account pointing at it;
 * - a removal: the row first, then, once it committed, the bytes. A crash in between
 *   leaves bytes nothing names and nothing serves (an orphan on disk, the lesser evil).
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

  /** A new file's bytes, before its row (outside the unit of work): nothing names them yet. */
  putBytes(file: StoredFile, bytes: Buffer): Promise<void> {
    return this.storage.put(storedFileName(file), bytes, file.mimeType);
  }

  /** Inside a unit of work: the new file's row. */
  record(file: StoredFile): Promise<void> {
    return this.files.insert(file);
  }

  /** Inside a unit of work: the rows of the account's files but `keepId` (a replaced avatar, what a crash left). Answers them, for removeBytes. */
  async forgetAllBut(accountId: number, keepId: string | null): Promise<StoredFile[]> {
    const files = (await this.files.listForAccount(accountId)).filter((file) => file.id !== keepId);
    for (const file of files) await this.files.remove(file.id);
    return files;
  }

  /** Account deletion, inside its unit of work: the account stops pointing at its avatar and every file row goes. */
  async forgetAll(accountId: number): Promise<StoredFile[]> {
    await this.accounts.clearAvatar(accountId);
    return this.forgetAllBut(accountId, null);
  }

  /** The bytes of files no row names any more, once that committed; a crash before leaves orphans on disk, never a row without bytes. */
  async removeBytes(files: StoredFile[]): Promise<void> {
    for (const file of files) await this.storage.remove(storedFileName(file));
  }
}

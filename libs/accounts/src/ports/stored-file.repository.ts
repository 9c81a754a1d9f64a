import { StoredFile } from '../domain/stored-file';

export abstract class StoredFileRepository {
  abstract insert(file: StoredFile): Promise<void>;
  abstract findById(id: string): Promise<StoredFile | null>;
  /** Every file recorded for the account, oldest first. */
  abstract listForAccount(accountId: number): Promise<StoredFile[]>;
  abstract remove(id: string): Promise<void>;
}

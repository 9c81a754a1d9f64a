import { StoredFile } from '../domain/stored-file';
import { FileStorage } from '../ports/file-storage';
import { StoredFileRepository } from '../ports/stored-file.repository';

/** Stored-file rows in memory, oldest first per account. */
export class InMemoryStoredFiles extends StoredFileRepository {
  readonly rows = new Map<string, StoredFile>();
  /** Makes the next insert fail, as a database that went away would. */
  failNextInsert = false;

  insert(file: StoredFile): Promise<void> {
    if (this.failNextInsert) {
      this.failNextInsert = false;
      return Promise.reject(new Error('database gone'));
    }
    this.rows.set(file.id, { ...file });
    return Promise.resolve();
  }
  findById(id: string) {
    return Promise.resolve(this.rows.get(id) ?? null);
  }
  listForAccount(accountId: number) {
    return Promise.resolve([...this.rows.values()].filter((file) => file.accountId === accountId));
  }
  remove(id: string): Promise<void> {
    this.rows.delete(id);
    return Promise.resolve();
  }
}

/** Bytes in memory; each operation can be made to fail once, or a put to wait until released. */
export class InMemoryFileStorage extends FileStorage {
  readonly bytes = new Map<string, Buffer>();
  failNext: 'put' | 'remove' | null = null;
  /** While set, put waits for it: an upload held in the middle. */
  gate: Promise<void> | null = null;
  /** Puts waiting at the gate. */
  waiting = 0;

  async put(name: string, bytes: Buffer): Promise<void> {
    if (this.gate) {
      this.waiting += 1;
      await this.gate;
      this.waiting -= 1;
    }
    this.failIf('put');
    this.bytes.set(name, bytes);
  }
  get(name: string) {
    return Promise.resolve(this.bytes.get(name) ?? null);
  }
  remove(name: string): Promise<void> {
    this.failIf('remove');
    this.bytes.delete(name);
    return Promise.resolve();
  }

  private failIf(operation: 'put' | 'remove'): void {
    if (this.failNext !== operation) return;
    this.failNext = null;
    throw new Error(`disk failed on ${operation}`);
  }
}

import { Injectable } from '@nestjs/common';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { StoredFile, storedFileName } from '../domain/stored-file';
import { FileStorage } from '../ports/file-storage';
import { StoredFileRepository } from '../ports/stored-file.repository';

/** Reads a stored upload by its public name (<uuid>.<suffix>). */
@Injectable()
export class ReadStoredFile {
  constructor(
    private readonly files: StoredFileRepository,
    private readonly storage: FileStorage,
  ) {}

  async execute({ name }: { name: string }): Promise<{ file: StoredFile; bytes: Buffer }> {
    const match = /^([0-9a-f-]{36})\.([a-z]{3,4})$/.exec(name);
    const file = match ? await this.files.findById(match[1]) : null;
    const bytes = file && file.suffix === match![2] ? await this.storage.get(storedFileName(file)) : null;
    if (!file || !bytes) throw new AccountsError(AccountsErrorCode.NotFound, 'no such file');
    return { file, bytes };
  }
}

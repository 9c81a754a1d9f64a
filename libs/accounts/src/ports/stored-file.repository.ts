import { StoredFile } from '../domain/stored-file';

export abstract class StoredFileRepository {
  abstract insert(file: StoredFile): Promise<void>;
  abstract findById(id: string): Promise<StoredFile | null>;
}

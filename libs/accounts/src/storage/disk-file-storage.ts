import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { makeDirectory } from './directories';
import { FileStorage } from '../ports/file-storage';

/** Files under DATA_DIR/files, written whole then renamed into place. */
export class DiskFileStorage extends FileStorage {
  constructor(private readonly directory: string) {
    super();
  }

  async put(name: string, bytes: Buffer): Promise<void> {
    await makeDirectory(this.directory);
    const target = this.path(name);
    const draft = `${target}.part`;
    await writeFile(draft, bytes, { flag: 'w' });
    await rename(draft, target);
  }

  async get(name: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async remove(name: string): Promise<void> {
    await rm(this.path(name), { force: true });
  }

  /** basename() keeps a crafted name from leaving the directory. */
  private path(name: string): string {
    return join(this.directory, basename(name));
  }
}

/** Where uploaded bytes live; the disk now, an object store later. */
export abstract class FileStorage {
  abstract put(name: string, bytes: Buffer, mimeType: string): Promise<void>;
  /** Null when there is no such file. */
  abstract get(name: string): Promise<Buffer | null>;
}

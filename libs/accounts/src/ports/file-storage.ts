/** Where uploaded bytes live; the disk now, an object store later. */
export abstract class FileStorage {
  abstract put(name: string, bytes: Buffer, mimeType: string): Promise<void>;
  /** Null when there is no such file. */
  abstract get(name: string): Promise<Buffer | null>;
  /** Removes the bytes; a name already gone is not an error, so a removal can be repeated. */
  abstract remove(name: string): Promise<void>;
}

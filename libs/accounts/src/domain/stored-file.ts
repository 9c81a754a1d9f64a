export interface StoredFile {
  /** UUID; also the stored name: <id>.<suffix>. */
  id: string;
  accountId: number | null;
  originalName: string;
  size: number;
  mimeType: string;
  suffix: string;
  createdAt: Date;
}

export function storedFileName(file: Pick<StoredFile, 'id' | 'suffix'>): string {
  return `${file.id}.${file.suffix}`;
}

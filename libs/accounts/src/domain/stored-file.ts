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

/** Where clients fetch the file: PUBLIC_URL/files/<id>.<suffix>. */
export function fileUrl(publicUrl: string, file: Pick<StoredFile, 'id' | 'suffix'>): string {
  return `${publicUrl.replace(/\/$/, '')}/files/${storedFileName(file)}`;
}

export function storedFileName(file: Pick<StoredFile, 'id' | 'suffix'>): string {
  return `${file.id}.${file.suffix}`;
}

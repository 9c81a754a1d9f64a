const ALLOWED: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

/** The image type by content (file-type reads the magic bytes), or null when not an allowed image. */
export async function sniffImage(bytes: Buffer): Promise<{ mimeType: string; suffix: string } | null> {
  const { fileTypeFromBuffer } = await import('file-type/core');
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !ALLOWED[type.mime]) return null;
  return { mimeType: type.mime, suffix: ALLOWED[type.mime] };
}

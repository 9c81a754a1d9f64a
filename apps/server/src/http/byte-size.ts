/** `64kb` or `1mb` (BODY_LIMIT's validated form) in bytes. */
export function bytesOf(size: string): number {
  const match = /^(\d+)(kb|mb)$/i.exec(size);
  if (!match) throw new Error(`not a size: ${size}`);
  return Number(match[1]) * (match[2].toLowerCase() === 'mb' ? 1024 * 1024 : 1024);
}

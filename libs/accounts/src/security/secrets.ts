import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A URL-safe random token with `bytes` bytes of entropy. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Letters only, as the vcode contract's tokens look (32 letters carry ~182 bits). */
export function randomLetters(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += LETTERS[randomInt(LETTERS.length)];
  return out;
}

export function randomDigits(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String(randomInt(10));
  return out;
}

export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  if (left.length !== right.length) {
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}

/**
 * Keyed hashes for secrets kept only as hashes (codes, refresh and opaque
 * tokens, OAuth client secrets). A database dump alone cannot test guesses
 * against them: the key lives outside the database.
 */
export class SecretHasher {
  constructor(private readonly key: Buffer) {}

  hash(purpose: string, secret: string): string {
    return createHmac('sha256', this.key).update(purpose).update('\0').update(secret).digest('hex');
  }

  matches(purpose: string, secret: string, expectedHash: string): boolean {
    return constantTimeEqual(this.hash(purpose, secret), expectedHash);
  }
}

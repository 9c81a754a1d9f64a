import { randomInt } from 'node:crypto';

/** A 14-digit account number: yyMMddHHmm of creation and 4 random digits (as infinite's example). */
export function newAccountNumber(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp =
    two(now.getUTCFullYear() % 100) + two(now.getUTCMonth() + 1) + two(now.getUTCDate()) + two(now.getUTCHours()) + two(now.getUTCMinutes());
  return stamp + String(randomInt(10_000)).padStart(4, '0');
}

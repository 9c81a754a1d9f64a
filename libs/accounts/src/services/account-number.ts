import { randomInt } from 'node:crypto';
import { Account } from '../domain/account';
import { AccountNumberTaken } from '../ports/account.repository';
import { Clock } from '../ports/clock';

/** A 14-digit account number: yyMMddHHmm of creation and 4 random digits (as infinite's example). */
export function newAccountNumber(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp =
    two(now.getUTCFullYear() % 100) + two(now.getUTCMonth() + 1) + two(now.getUTCDate()) + two(now.getUTCHours()) + two(now.getUTCMinutes());
  return stamp + String(randomInt(10_000)).padStart(4, '0');
}

/** Draws before giving up: 20 clashes in a row mean the minute's 10,000 numbers are nearly all taken. */
const DRAWS = 20;

/**
 * Inserts an account under a fresh account number, drawing another when the
 * store says it is taken: with 4 random digits a minute, two registrations of
 * the same minute clash often once there are dozens a minute.
 */
export async function insertWithFreshAccountNumber(clock: Clock, insert: (accountNumber: string) => Promise<Account>): Promise<Account> {
  for (let draw = 1; ; draw += 1) {
    try {
      return await insert(newAccountNumber(clock.now()));
    } catch (error) {
      if (!(error instanceof AccountNumberTaken) || draw >= DRAWS) throw error;
    }
  }
}

import { randomInt } from 'node:crypto';
import { Account } from '../domain/account';
import { AccountNumberTaken, AccountRepository, NewAccount } from '../ports/account.repository';

/** A 14-digit account number: yyMMddHHmm of creation and 4 random digits (as infinite's example). */
export function newAccountNumber(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp =
    two(now.getUTCFullYear() % 100) + two(now.getUTCMonth() + 1) + two(now.getUTCDate()) + two(now.getUTCHours()) + two(now.getUTCMinutes());
  return stamp + String(randomInt(10_000)).padStart(4, '0');
}

const NUMBER_DRAWS = 5;

/**
 * Inserts a new account, drawing another account number when the one drawn is
 * taken: 10,000 numbers a minute collide already at a hundred sign-ups in one minute.
 */
export async function insertWithFreshNumber(accounts: AccountRepository, account: NewAccount, now: () => Date): Promise<Account> {
  for (let draw = 1; ; draw++) {
    try {
      return await accounts.insert(draw === 1 ? account : { ...account, accountNumber: newAccountNumber(now()) });
    } catch (error) {
      if (!(error instanceof AccountNumberTaken) || draw >= NUMBER_DRAWS) throw error;
    }
  }
}

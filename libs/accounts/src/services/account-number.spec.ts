import { Account } from '../domain/account';
import { AccountNumberTaken } from '../ports/account.repository';
import { Clock } from '../ports/clock';
import { insertWithFreshAccountNumber, newAccountNumber } from './account-number';

const clock: Clock = { now: () => new Date('2025-11-21T06:34:00Z') };
const created = { id: 1 } as Account;

describe('account numbers', () => {
  it('are the creation minute (yyMMddHHmm, UTC) and 4 random digits', () => {
    expect(newAccountNumber(clock.now())).toMatch(/^2511210634\d{4}$/);
  });

  it('are drawn again while the store says the number is taken', async () => {
    const tried: string[] = [];
    const insert = (accountNumber: string) => {
      tried.push(accountNumber);
      return tried.length < 3 ? Promise.reject(new AccountNumberTaken()) : Promise.resolve(created);
    };
    await expect(insertWithFreshAccountNumber(clock, insert)).resolves.toBe(created);
    expect(tried).toHaveLength(3);
    for (const number of tried) expect(number).toMatch(/^2511210634\d{4}$/);
  });

  it('give up after 20 clashes in a row and let every other failure through at once', async () => {
    let calls = 0;
    const alwaysTaken = () => {
      calls += 1;
      return Promise.reject(new AccountNumberTaken());
    };
    await expect(insertWithFreshAccountNumber(clock, alwaysTaken)).rejects.toBeInstanceOf(AccountNumberTaken);
    expect(calls).toBe(20);

    calls = 0;
    const broken = () => {
      calls += 1;
      return Promise.reject(new Error('database down'));
    };
    await expect(insertWithFreshAccountNumber(clock, broken)).rejects.toThrow('database down');
    expect(calls).toBe(1);
  });
});

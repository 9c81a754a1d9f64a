import { AccountRole } from '../domain/account';
import { AccountNumberTaken, AccountRepository, NewAccount } from '../ports/account.repository';
import { insertWithFreshNumber, newAccountNumber } from './account-number';

describe('account numbers', () => {
  const now = () => new Date('2026-03-01T08:30:00Z');
  const draft: NewAccount = {
    uuid: 'u',
    accountNumber: newAccountNumber(now()),
    username: 'n',
    email: null,
    emailVerified: false,
    phone: null,
    passwordHash: null,
    role: AccountRole.User,
    profile: {},
  };
  /** A repository whose first `clashes` inserts find the number taken. */
  const repository = (clashes: number, tried: string[]) =>
    ({
      insert: (account: NewAccount) => {
        tried.push(account.accountNumber);
        if (tried.length <= clashes) return Promise.reject(new AccountNumberTaken());
        return Promise.resolve({ id: 1, ...account });
      },
    }) as unknown as AccountRepository;

  it('are 14 digits: yyMMddHHmm of creation and 4 random digits', () => {
    expect(newAccountNumber(now())).toMatch(/^2603010830\d{4}$/);
  });

  it('draws another number when the one drawn is taken', async () => {
    const tried: string[] = [];
    const account = await insertWithFreshNumber(repository(2, tried), draft, now);
    expect(tried).toHaveLength(3);
    expect(tried[0]).toBe(draft.accountNumber);
    expect(account.accountNumber).toBe(tried[2]);
  });

  it('gives up after five draws, and passes other failures on at once', async () => {
    const tried: string[] = [];
    await expect(insertWithFreshNumber(repository(99, tried), draft, now)).rejects.toBeInstanceOf(AccountNumberTaken);
    expect(tried).toHaveLength(5);
    const failing = { insert: () => Promise.reject(new Error('disk full')) } as unknown as AccountRepository;
    await expect(insertWithFreshNumber(failing, draft, now)).rejects.toThrow('disk full');
  });
});

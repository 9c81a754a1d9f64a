import { AccountsErrorCode } from '../domain/accounts-error';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { admin, registered } from '../testing/use-case-steps';
import { ListAccounts } from './list-accounts.use-case';

describe('ListAccounts', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  it('pages the accounts: page and perPage answered as applied, total over every page', async () => {
    const actor = await admin(f);
    for (let i = 0; i < 4; i++) await registered(f);
    const list = f.get(ListAccounts);
    const first = await list.execute({ actor, page: 1, perPage: 2 });
    expect(first).toMatchObject({ total: 5, page: 1, perPage: 2 });
    expect(first.items).toHaveLength(2);
    const third = await list.execute({ actor, page: 3, perPage: 2 });
    expect(third.items).toHaveLength(1);
    const ids = [...first.items, ...(await list.execute({ actor, page: 2, perPage: 2 })).items, ...third.items].map((account) => account.id);
    expect(new Set(ids).size).toBe(5);
  });

  it('keeps paging in bounds: at least page 1, 1 to 100 per page, 20 by default', async () => {
    const actor = await admin(f);
    const list = f.get(ListAccounts);
    await expect(list.execute({ actor })).resolves.toMatchObject({ page: 1, perPage: 20 });
    await expect(list.execute({ actor, page: 0, perPage: 0 })).resolves.toMatchObject({ page: 1, perPage: 1 });
    await expect(list.execute({ actor, page: -3.7, perPage: 5000 })).resolves.toMatchObject({ page: 1, perPage: 100 });
    await expect(list.execute({ actor, page: 2.9, perPage: 7.5 })).resolves.toMatchObject({ page: 2, perPage: 7 });
  });

  it('leaves deleted accounts out', async () => {
    const actor = await admin(f);
    const gone = await registered(f);
    await f.accounts.erase(gone.id);
    const { items, total } = await f.get(ListAccounts).execute({ actor });
    expect(total).toBe(1);
    expect(items.map((account) => account.id)).toEqual([actor.id]);
  });

  it('refuses a user who is not an administrator', async () => {
    await expect(f.get(ListAccounts).execute({ actor: await registered(f) })).rejects.toMatchObject({ code: AccountsErrorCode.Forbidden });
  });
});

import { AccountsErrorCode } from '../domain/accounts-error';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { admin, registered } from '../testing/use-case-steps';
import { GetAccountAsAdmin } from './get-account-as-admin.use-case';

describe('GetAccountAsAdmin', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  it('answers an account by id or by uuid to an administrator', async () => {
    const [actor, account] = [await admin(f), await registered(f, { email: 'someone@example.com' })];
    const get = f.get(GetAccountAsAdmin);
    await expect(get.execute({ actor, id: account.id })).resolves.toMatchObject({ account: { id: account.id, email: 'someone@example.com' }, avatarFile: null, wechat: null });
    await expect(get.execute({ actor, uuid: account.uuid })).resolves.toMatchObject({ account: { id: account.id } });
  });

  it('answers AccountNotFound for an unknown id or uuid, and for a deleted account', async () => {
    const [actor, account] = [await admin(f), await registered(f)];
    const get = f.get(GetAccountAsAdmin);
    await expect(get.execute({ actor, id: 9999 })).rejects.toMatchObject({ code: AccountsErrorCode.AccountNotFound });
    await expect(get.execute({ actor, uuid: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: AccountsErrorCode.AccountNotFound });
    await f.accounts.erase(account.id);
    await expect(get.execute({ actor, id: account.id })).rejects.toMatchObject({ code: AccountsErrorCode.AccountNotFound });
  });

  it('refuses a user who is not an administrator', async () => {
    const [user, other] = [await registered(f), await registered(f)];
    await expect(f.get(GetAccountAsAdmin).execute({ actor: user, id: other.id })).rejects.toMatchObject({ code: AccountsErrorCode.Forbidden });
  });
});

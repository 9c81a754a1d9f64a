import { AccountsErrorCode } from '../domain/accounts-error';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { registered } from '../testing/use-case-steps';
import { UpdateProfile } from './update-profile.use-case';

describe('UpdateProfile', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  it('stores the fields given, trimmed (blank clears), leaves the others, and answers the account as it is now', async () => {
    const account = await registered(f);
    const update = f.get(UpdateProfile);
    await update.execute({ accountId: account.id, patch: { nickname: '  Ada  ', company: 'ACME', sex: 2 } });
    const now = await update.execute({ accountId: account.id, patch: { company: '   ', website: 'https://ada.example' } });
    expect(now).toMatchObject({ nickname: 'Ada', company: null, sex: 2, website: 'https://ada.example' });
    expect(await f.accounts.findById(account.id)).toMatchObject({ nickname: 'Ada', company: null });
  });

  it('refuses the whole patch when a field breaks a rule, naming each field', async () => {
    const account = await registered(f);
    await expect(
      f.get(UpdateProfile).execute({ accountId: account.id, patch: { nickname: 'ok', sex: 7 as never, website: 'javascript:alert(1)', birthday: 'someday' } }),
    ).rejects.toMatchObject({ code: AccountsErrorCode.ValidationFailed, details: { fields: { sex: ['range'], website: ['pattern'], birthday: ['pattern'] } } });
    expect((await f.accounts.findById(account.id))!.nickname).toBeNull();
  });

  it("copies the public fields to the mirror as best effort: a mirror failure keeps the change", async () => {
    f.mirror.enabled = true;
    const account = await registered(f, { username: 'mirrored', email: 'm@example.com' });
    const update = f.get(UpdateProfile);
    await update.execute({ accountId: account.id, patch: { company: 'not public' } });
    expect(f.mirror.calls.map((call) => call.method)).toEqual(['created']);
    f.mirror.failNext = true;
    await expect(update.execute({ accountId: account.id, patch: { nickname: 'Shown' } })).resolves.toMatchObject({ nickname: 'Shown' });
    await update.execute({ accountId: account.id, patch: { location: 'Lisbon' } });
    expect(f.mirror.calls.at(-1)).toMatchObject({ method: 'profileChanged', account: { nickname: 'Shown', location: 'Lisbon' } });
  });

  it('answers AccountNotFound for an account that is not there', async () => {
    await expect(f.get(UpdateProfile).execute({ accountId: 404, patch: {} })).rejects.toMatchObject({ code: AccountsErrorCode.AccountNotFound });
  });
});

import { AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, registered, signedIn } from '../testing/use-case-steps';
import { ChangeUsername } from './change-username.use-case';

describe('ChangeUsername', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  const rename = async (from: string, to: string) => {
    const account = (await f.accounts.findByUsername(from)) ?? (await registered(f, { username: from }));
    const here = await signedIn(f, account);
    await f.get(ChangeUsername).execute({ auth: here.auth, username: to, client: CLIENT });
    return account;
  };

  it('renames the account, audited; the old name is free again', async () => {
    const account = await rename('before', 'after');
    expect((await f.accounts.findById(account.id))!.username).toBe('after');
    expect(f.audit.events).toContainEqual(expect.objectContaining({ accountId: account.id, type: AuditEventType.UsernameChanged }));
    await expect(registered(f, { username: 'before' })).resolves.toBeTruthy();
  });

  it("takes the account's own name in another case as a rename, and the same name as no change", async () => {
    const account = await rename('casey', 'CASEY');
    expect((await f.accounts.findById(account.id))!.username).toBe('CASEY');
    const audits = f.audit.events.length;
    await rename('CASEY', 'CASEY');
    expect(f.audit.events).toHaveLength(audits);
  });

  it("refuses another account's name, or a look-alike of it, and a name that reads as a phone number", async () => {
    await registered(f, { username: 'taken' });
    await expect(rename('mine', 'TAKEN')).rejects.toMatchObject({ code: AccountsErrorCode.UsernameTaken });
    await expect(rename('mine', 'tak\u0435n')).rejects.toMatchObject({ code: AccountsErrorCode.UsernameTaken }); // Cyrillic е
    await expect(rename('mine', '13800000000')).rejects.toMatchObject({ details: { fields: { username: ['notPhone'] } } });
    expect((await f.accounts.findByUsername('mine'))!.username).toBe('mine');
  });

  it('renames in the mirror first; when the mirror is down the name stays', async () => {
    f.mirror.enabled = true;
    await registered(f, { username: 'mirrored', email: 'm@example.com' });
    f.mirror.failNext = true;
    await expect(rename('mirrored', 'renamed')).rejects.toMatchObject({ code: AccountsErrorCode.MirrorUnavailable });
    expect(await f.accounts.findByUsername('mirrored')).not.toBeNull();
    await rename('mirrored', 'renamed');
    expect(f.mirror.calls.at(-1)).toMatchObject({ method: 'usernameChanged', account: { username: 'mirrored' }, to: 'renamed' });
  });
});

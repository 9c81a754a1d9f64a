import { AccountRole, AccountStatus } from '../domain/account';
import { AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { admin, registered, signedIn, tokenWorks } from '../testing/use-case-steps';
import { UpdateAccountAsAdmin } from './update-account-as-admin.use-case';

describe('UpdateAccountAsAdmin', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  it('changes a profile and the role, audited with who did it and which fields', async () => {
    const [actor, target] = [await admin(f), await registered(f)];
    const updated = await f.get(UpdateAccountAsAdmin).execute({ actor, uuid: target.uuid, patch: { profile: { nickname: 'Set by admin' }, role: AccountRole.Admin } });
    expect(updated).toMatchObject({ id: target.id, nickname: 'Set by admin', role: AccountRole.Admin });
    expect(f.audit.events).toContainEqual(
      expect.objectContaining({ accountId: target.id, type: AuditEventType.AccountUpdatedByAdmin, detail: { by: actor.id, fields: ['nickname', 'role'] } }),
    );
  });

  it('a status other than normal ends the sessions; normal again lets the account sign in', async () => {
    const [actor, target] = [await admin(f), await registered(f)];
    const session = await signedIn(f, target);
    const update = f.get(UpdateAccountAsAdmin);
    await update.execute({ actor, id: target.id, patch: { status: AccountStatus.Paused } });
    expect(await tokenWorks(f, session.accessToken)).toBe(false);
    await update.execute({ actor, id: target.id, patch: { status: AccountStatus.Normal } });
    expect((await f.accounts.findById(target.id))!.status).toBe(AccountStatus.Normal);
  });

  it('refuses deleted as a status, an unknown role, and an admin demoting or disabling themself', async () => {
    const [actor, target] = [await admin(f), await registered(f)];
    const update = f.get(UpdateAccountAsAdmin);
    await expect(update.execute({ actor, id: target.id, patch: { status: AccountStatus.Deleted } })).rejects.toMatchObject({ details: { fields: { status: ['enum'] } } });
    await expect(update.execute({ actor, id: target.id, patch: { role: 'root' as AccountRole } })).rejects.toMatchObject({ details: { fields: { role: ['enum'] } } });
    await expect(update.execute({ actor, id: actor.id, patch: { role: AccountRole.User } })).rejects.toMatchObject({ code: AccountsErrorCode.Forbidden });
    await expect(update.execute({ actor, id: actor.id, patch: { status: AccountStatus.Stopped } })).rejects.toMatchObject({ code: AccountsErrorCode.Forbidden });
    expect(await f.accounts.findById(actor.id)).toMatchObject({ role: AccountRole.Admin, status: AccountStatus.Normal });
  });

  it('refuses a user who is not an administrator, and answers AccountNotFound for an unknown target', async () => {
    const [user, target] = [await registered(f), await registered(f)];
    await expect(f.get(UpdateAccountAsAdmin).execute({ actor: user, id: target.id, patch: { role: AccountRole.Admin } })).rejects.toMatchObject({ code: AccountsErrorCode.Forbidden });
    await expect(f.get(UpdateAccountAsAdmin).execute({ actor: await admin(f), id: 404, patch: {} })).rejects.toMatchObject({ code: AccountsErrorCode.AccountNotFound });
  });
});

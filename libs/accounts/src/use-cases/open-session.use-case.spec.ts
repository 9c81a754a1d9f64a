import { AccountStatus } from '../domain/account';
import { AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { Audience } from '../domain/session';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, registered, tokenWorks } from '../testing/use-case-steps';
import { OpenSession } from './open-session.use-case';

describe('OpenSession', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  it('opens a session for an account already proven by the caller, recorded and audited with its method', async () => {
    const account = await registered(f);
    const issued = await f.get(OpenSession).execute({ account, audience: Audience.Users, client: { ...CLIENT, terminal: 'app' }, method: 'wechat', options: { wechatOpenid: 'o-1' } });
    expect(issued.session).toMatchObject({ accountId: account.id, audience: Audience.Users, terminal: 'app', wechatOpenid: 'o-1' });
    expect(await tokenWorks(f, issued.accessToken, Audience.Users)).toBe(true);
    expect(f.audit.events).toContainEqual(expect.objectContaining({ accountId: account.id, type: AuditEventType.SignInSucceeded, detail: { audience: Audience.Users, method: 'wechat' } }));
    expect((await f.accounts.findById(account.id))!.lastLoginAt).not.toBeNull();
  });

  it('refuses a disabled account and opens nothing', async () => {
    const account = await registered(f);
    await f.accounts.updateAdminFields(account.id, { status: AccountStatus.Locked });
    const locked = (await f.accounts.findById(account.id))!;
    await expect(async () => f.get(OpenSession).execute({ account: locked, audience: Audience.Users, client: CLIENT, method: 'wechat' })).rejects.toMatchObject({
      code: AccountsErrorCode.AccountDisabled,
    });
    expect(f.sessions.sessions.size).toBe(0);
  });
});

import { AccountStatus } from '../domain/account';
import { AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { Audience } from '../domain/session';
import { LoginTickets } from '../services/login-tickets';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, PASSWORD, registered, tokenWorks } from '../testing/use-case-steps';
import { SignInWithPassword, SignInWithPasswordInput } from './sign-in-with-password.use-case';

describe('SignInWithPassword', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    // testConfig locks an account after 3 failures.
    f = await useCaseFixture();
  });

  const signIn = (input: Partial<SignInWithPasswordInput>) =>
    f.get(SignInWithPassword).execute({ identifier: 'ada', kind: 'any', password: PASSWORD, audience: Audience.V2, client: CLIENT, ...input });

  it('opens a session by username, email or phone, records the sign-in and audits it', async () => {
    const account = await registered(f, { username: 'ada', email: 'ada@example.com', phone: '+8613800000010' });
    for (const identifier of ['ada', 'ADA@example.com', '13800000010']) {
      const issued = await signIn({ identifier });
      expect(issued.account.id).toBe(account.id);
      expect(await tokenWorks(f, issued.accessToken)).toBe(true);
    }
    expect(await f.accounts.findById(account.id)).toMatchObject({ lastLoginIp: CLIENT.ip });
    const audited = f.audit.events.filter((event) => event.type === AuditEventType.SignInSucceeded);
    expect(audited).toHaveLength(3);
    expect(audited[0].detail).toEqual({ audience: Audience.V2, method: 'password' });
    expect(f.observer.events).toContainEqual({ type: 'sign_in_succeeded', audience: Audience.V2, method: 'password' });
  });

  it('answers InvalidCredentials for a wrong password and AccountNotFound for an unknown account; both count', async () => {
    await registered(f, { username: 'ada' });
    await expect(signIn({ password: 'Wrong-Password-1' })).rejects.toMatchObject({ code: AccountsErrorCode.InvalidCredentials });
    await expect(signIn({ identifier: 'nobody' })).rejects.toMatchObject({ code: AccountsErrorCode.AccountNotFound });
    expect(f.audit.events.filter((event) => event.type === AuditEventType.SignInFailed).length).toBeGreaterThanOrEqual(1);
    expect(f.sessions.sessions.size).toBe(0);
  });

  it('locks the account after three wrong passwords, even against the right one, until the lock ends', async () => {
    await registered(f, { username: 'ada' });
    for (let i = 0; i < 3; i++) await expect(signIn({ password: `Wrong-Password-${i}` })).rejects.toMatchObject({ code: AccountsErrorCode.InvalidCredentials });
    await expect(signIn({})).rejects.toMatchObject({ code: AccountsErrorCode.AccountLocked, details: { retryAfterSeconds: expect.any(Number) } });
    f.clock.advance(61);
    await expect(signIn({})).resolves.toMatchObject({ account: { username: 'ada' } });
  });

  it('tells a disabled account so only after the right password', async () => {
    const account = await registered(f, { username: 'ada' });
    await f.accounts.updateAdminFields(account.id, { status: AccountStatus.Paused });
    await expect(signIn({ password: 'Wrong-Password-1' })).rejects.toMatchObject({ code: AccountsErrorCode.InvalidCredentials });
    await expect(signIn({})).rejects.toMatchObject({ code: AccountsErrorCode.AccountDisabled });
  });

  it('takes a live login ticket in place of the password once, only where asked to', async () => {
    const account = await registered(f, { username: 'ada' });
    const ticket = await f.get(LoginTickets).issue(account);
    await expect(signIn({ password: ticket, audience: Audience.OAuth })).rejects.toMatchObject({ code: AccountsErrorCode.InvalidCredentials });
    await expect(signIn({ password: ticket, audience: Audience.OAuth, acceptLoginTicket: true, clientId: 'c1' })).resolves.toMatchObject({
      session: { clientId: 'c1', audience: Audience.OAuth },
    });
    await expect(signIn({ password: ticket, audience: Audience.OAuth, acceptLoginTicket: true })).rejects.toMatchObject({ code: AccountsErrorCode.InvalidCredentials });
  });

  it('keeps a "keep me signed in" session longer where the contract has one', async () => {
    await registered(f, { username: 'ada' });
    const short = await signIn({ audience: Audience.Infinite });
    const long = await signIn({ audience: Audience.Infinite, keepLogin: true });
    expect(long.accessExpiresAt.getTime() - short.accessExpiresAt.getTime()).toBeGreaterThan(5 * 86400 * 1000);
  });
});

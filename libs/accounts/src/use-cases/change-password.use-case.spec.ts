import { AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { Audience } from '../domain/session';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, PASSWORD, registered, signedIn, tokenWorks } from '../testing/use-case-steps';
import { ChangePassword, ChangePasswordInput } from './change-password.use-case';
import { SignInWithPassword } from './sign-in-with-password.use-case';

const NEW_PASSWORD = 'Battery-Staple-2027';

describe('ChangePassword', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  const change = (input: Partial<ChangePasswordInput> & Pick<ChangePasswordInput, 'auth'>) =>
    f.get(ChangePassword).execute({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, passwordPolicy: 'standard', client: CLIENT, ...input });
  const signIn = (password: string) =>
    f.get(SignInWithPassword).execute({ identifier: 'pat', kind: 'username', password, audience: Audience.V2, client: CLIENT });

  it("takes the new password, ends every other session, and the caller's session goes on", async () => {
    const account = await registered(f, { username: 'pat' });
    const [here, other, venus] = [await signedIn(f, account), await signedIn(f, account), await signedIn(f, account, Audience.Venus)];
    await change({ auth: here.auth });
    expect(await tokenWorks(f, here.accessToken)).toBe(true);
    expect(await tokenWorks(f, other.accessToken)).toBe(false);
    expect(await tokenWorks(f, venus.accessToken, Audience.Venus)).toBe(false);
    await expect(signIn(PASSWORD)).rejects.toMatchObject({ code: AccountsErrorCode.InvalidCredentials });
    await expect(signIn(NEW_PASSWORD)).resolves.toMatchObject({ account: { id: account.id } });
    expect(f.audit.events).toContainEqual(expect.objectContaining({ accountId: account.id, type: AuditEventType.PasswordChanged, detail: { audience: Audience.V2 } }));
  });

  it('needs the current password where the contract asks it, and refuses a wrong one', async () => {
    const here = await signedIn(f, await registered(f, { username: 'pat' }));
    await expect(change({ auth: here.auth, currentPassword: null })).rejects.toMatchObject({ details: { fields: { currentPassword: ['notBlank'] } } });
    await expect(change({ auth: here.auth, currentPassword: 'Wrong-Password-1' })).rejects.toMatchObject({ code: AccountsErrorCode.InvalidCredentials });
    await expect(signIn(PASSWORD)).resolves.toBeTruthy();
  });

  it('changes on the session alone where the contract does (venus)', async () => {
    const here = await signedIn(f, await registered(f, { username: 'pat' }), Audience.Venus);
    await change({ auth: here.auth, currentPassword: null });
    await expect(signIn(NEW_PASSWORD)).resolves.toBeTruthy();
  });

  it('refuses a differing confirmation, a weak password and the current one, and keeps the password', async () => {
    const here = await signedIn(f, await registered(f, { username: 'pat' }));
    await expect(change({ auth: here.auth, confirmation: 'Something-Else-1' })).rejects.toMatchObject({ code: AccountsErrorCode.PasswordMismatch });
    await expect(change({ auth: here.auth, newPassword: 'short' })).rejects.toMatchObject({ code: AccountsErrorCode.WeakPassword });
    await expect(change({ auth: here.auth, newPassword: PASSWORD })).rejects.toMatchObject({ code: AccountsErrorCode.ValueUnchanged });
    await expect(signIn(PASSWORD)).resolves.toBeTruthy();
  });

  it('changes the mirror first; when the mirror is down nothing changes', async () => {
    f.mirror.enabled = true;
    const here = await signedIn(f, await registered(f, { username: 'pat', email: 'pat@example.com' }));
    f.mirror.failNext = true;
    await expect(change({ auth: here.auth })).rejects.toMatchObject({ code: AccountsErrorCode.MirrorUnavailable });
    await expect(signIn(PASSWORD)).resolves.toBeTruthy();
    await change({ auth: here.auth });
    expect(f.mirror.calls.at(-1)).toMatchObject({ method: 'passwordChanged', password: NEW_PASSWORD });
  });
});

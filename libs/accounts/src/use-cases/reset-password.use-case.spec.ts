import { AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { ContactProof } from '../domain/contact-proof';
import { Audience } from '../domain/session';
import { CodeChannel, CodePurpose } from '../domain/verification-code';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, PASSWORD, registered, sentCode, signedIn, tokenWorks, wrongCode } from '../testing/use-case-steps';
import { ResetPassword, ResetPasswordInput } from './reset-password.use-case';
import { SignInWithPassword } from './sign-in-with-password.use-case';

const EMAIL = 'forgot@example.com';
const NEW_PASSWORD = 'Brand-New-Secret-9';

describe('ResetPassword', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  const resetCode = (audience = Audience.Users) => sentCode(f, { channel: CodeChannel.Email, target: EMAIL, purpose: CodePurpose.ResetPassword, audience });
  const reset = (input: Partial<ResetPasswordInput>) =>
    f.get(ResetPassword).execute({
      channel: CodeChannel.Email, target: EMAIL, code: '', purpose: CodePurpose.ResetPassword, audience: Audience.Users,
      newPassword: NEW_PASSWORD, passwordPolicy: 'standard', client: CLIENT, ...input,
    });
  const signIn = (password: string) => f.get(SignInWithPassword).execute({ identifier: EMAIL, kind: 'email', password, audience: Audience.Users, client: CLIENT });

  it('replaces the password with a code, ends every session and any lockout, and is audited', async () => {
    const account = await registered(f, { email: EMAIL });
    await f.accounts.updateIdentity(account.id, { emailProof: ContactProof.Proven });
    const earlier = await signedIn(f, account, Audience.Users);
    await f.accounts.lockUntil(account.id, new Date(f.clock.now().getTime() + 600_000));
    await reset({ code: await resetCode() });
    expect(await tokenWorks(f, earlier.accessToken, Audience.Users)).toBe(false);
    await expect(signIn(PASSWORD)).rejects.toMatchObject({ code: AccountsErrorCode.InvalidCredentials });
    await expect(signIn(NEW_PASSWORD)).resolves.toMatchObject({ account: { id: account.id } });
    expect(f.audit.events).toContainEqual(expect.objectContaining({ accountId: account.id, type: AuditEventType.PasswordReset }));
  });

  it('refuses a wrong code, a differing confirmation, a weak password and the current one; the code serves once', async () => {
    await registered(f, { email: EMAIL });
    const code = await resetCode();
    await expect(reset({ code: wrongCode(code) })).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
    await expect(reset({ code, confirmation: 'Not-The-Same-1' })).rejects.toMatchObject({ code: AccountsErrorCode.PasswordMismatch });
    await expect(reset({ code, newPassword: 'weak' })).rejects.toMatchObject({ code: AccountsErrorCode.WeakPassword });
    await expect(reset({ code, newPassword: PASSWORD })).rejects.toMatchObject({ code: AccountsErrorCode.ValueUnchanged });
    await reset({ code });
    await expect(reset({ code, newPassword: 'Another-Secret-7' })).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
  });

  it('never through a contact that was only asserted', async () => {
    const account = await registered(f, { email: EMAIL });
    const code = await resetCode();
    await f.accounts.updateIdentity(account.id, { emailProof: ContactProof.Asserted });
    await expect(reset({ code })).rejects.toMatchObject({ code: AccountsErrorCode.ContactUnproven });
    await expect(signIn(PASSWORD)).resolves.toBeTruthy();
  });

  it('a claimed email proven by the reset becomes proven, and the mirror gets the new password first', async () => {
    f.mirror.enabled = true;
    const account = await registered(f, { username: 'claimed', email: EMAIL });
    const code = await resetCode();
    f.mirror.failNext = true;
    await expect(reset({ code })).rejects.toMatchObject({ code: AccountsErrorCode.MirrorUnavailable });
    await reset({ code });
    expect((await f.accounts.findById(account.id))!.emailProof).toBe(ContactProof.Proven);
    expect(f.mirror.calls.filter((call) => call.method === 'passwordChanged').map((call) => 'password' in call && call.password)).toEqual([NEW_PASSWORD]);
  });
});

import { AccountStatus } from '../domain/account';
import { AccountsErrorCode } from '../domain/accounts-error';
import { ContactProof } from '../domain/contact-proof';
import { Audience } from '../domain/session';
import { CodeChannel, CodePurpose } from '../domain/verification-code';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, registered, sentCode, signedIn, tokenWorks, wrongCode } from '../testing/use-case-steps';
import { SignInWithCode, SignInWithCodeInput } from './sign-in-with-code.use-case';
import { SignInWithPassword } from './sign-in-with-password.use-case';

const PHONE = '+8613800000020';

describe('SignInWithCode', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  const loginCode = (audience = Audience.Users) => sentCode(f, { channel: CodeChannel.Sms, target: PHONE, purpose: CodePurpose.Login, audience });
  const signIn = (input: Partial<SignInWithCodeInput>) =>
    f.get(SignInWithCode).execute({ channel: CodeChannel.Sms, target: PHONE, code: '', purpose: CodePurpose.Login, audience: Audience.Users, client: CLIENT, ...input });

  it('opens a session for the holder of a proven phone; the code serves once', async () => {
    const account = await registered(f, { phone: PHONE });
    await f.accounts.updateIdentity(account.id, { phoneProof: ContactProof.Proven });
    const code = await loginCode();
    const issued = await signIn({ code, target: '138 0000 0020' });
    expect(issued.account.id).toBe(account.id);
    expect(await tokenWorks(f, issued.accessToken, Audience.Users)).toBe(true);
    await expect(signIn({ code })).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
  });

  it('a claimed phone proven by code takes the account: the earlier password and sessions end', async () => {
    const account = await registered(f, { phone: PHONE });
    const earlier = await signedIn(f, account, Audience.Users);
    const code = await loginCode();
    const issued = await signIn({ code });
    expect(issued.account).toMatchObject({ id: account.id, phoneProof: ContactProof.Proven, passwordHash: null });
    expect(await tokenWorks(f, earlier.accessToken, Audience.Users)).toBe(false);
    await expect(
      f.get(SignInWithPassword).execute({ identifier: PHONE, kind: 'phone', password: 'Correct-Horse-2026', audience: Audience.Users, client: CLIENT }),
    ).rejects.toMatchObject({ code: AccountsErrorCode.InvalidCredentials });
  });

  it('refuses a wrong code, a code of another contract, and a code for an asserted phone', async () => {
    const account = await registered(f, { phone: PHONE });
    const code = await loginCode();
    await expect(signIn({ code: wrongCode(code) })).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
    await expect(signIn({ code, audience: Audience.Venus })).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
    await f.accounts.updateIdentity(account.id, { phoneProof: ContactProof.Asserted });
    await expect(signIn({ code })).rejects.toMatchObject({ code: AccountsErrorCode.ContactUnproven });
    expect(f.sessions.sessions.size).toBe(0);
  });

  it('ends a password lockout, and refuses a disabled account', async () => {
    const account = await registered(f, { phone: PHONE });
    await f.accounts.updateIdentity(account.id, { phoneProof: ContactProof.Proven });
    await f.accounts.lockUntil(account.id, new Date(f.clock.now().getTime() + 600_000));
    await f.accounts.incrementFailedLogins(account.id);
    await signIn({ code: await loginCode() });
    expect(await f.accounts.findById(account.id)).toMatchObject({ failedLogins: 0, lockedUntil: null });

    await f.accounts.updateAdminFields(account.id, { status: AccountStatus.Stopped });
    await expect(signIn({ code: await loginCode() })).rejects.toMatchObject({ code: AccountsErrorCode.AccountDisabled });
  });
});

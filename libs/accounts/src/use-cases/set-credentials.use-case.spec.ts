import { AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { Audience } from '../domain/session';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, PASSWORD, registered, signedIn, tokenWorks } from '../testing/use-case-steps';
import { SetCredentials, SetCredentialsInput } from './set-credentials.use-case';
import { SignInWithPassword } from './sign-in-with-password.use-case';

const NEW_PASSWORD = 'Fresh-Credentials-3';

describe('SetCredentials', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  const set = (input: Partial<SetCredentialsInput> & Pick<SetCredentialsInput, 'auth'>) =>
    f.get(SetCredentials).execute({ username: 'renamed', password: NEW_PASSWORD, passwordPolicy: 'standard', client: CLIENT, ...input });
  const signIn = (identifier: string, password: string) =>
    f.get(SignInWithPassword).execute({ identifier, kind: 'username', password, audience: Audience.OAuth, client: CLIENT });

  it("sets the username and the password together; other sessions end, the caller's goes on", async () => {
    const account = await registered(f, { username: 'before' });
    const [here, other] = [await signedIn(f, account, Audience.OAuth), await signedIn(f, account, Audience.OAuth)];
    await set({ auth: here.auth });
    expect(await tokenWorks(f, here.accessToken, Audience.OAuth)).toBe(true);
    expect(await tokenWorks(f, other.accessToken, Audience.OAuth)).toBe(false);
    await expect(signIn('renamed', NEW_PASSWORD)).resolves.toMatchObject({ account: { id: account.id } });
    const types = f.audit.events.map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining([AuditEventType.PasswordChanged, AuditEventType.UsernameChanged]));
  });

  it('changes neither when either is refused', async () => {
    await registered(f, { username: 'taken' });
    const here = await signedIn(f, await registered(f, { username: 'before' }), Audience.OAuth);
    await expect(set({ auth: here.auth, username: 'taken' })).rejects.toMatchObject({ code: AccountsErrorCode.UsernameTaken });
    await expect(set({ auth: here.auth, password: 'weak' })).rejects.toMatchObject({ code: AccountsErrorCode.WeakPassword });
    await expect(set({ auth: here.auth, confirmation: 'Other-Password-1' })).rejects.toMatchObject({ code: AccountsErrorCode.PasswordMismatch });
    await expect(set({ auth: here.auth, username: 'bad name' })).rejects.toMatchObject({ details: { fields: { username: ['pattern'] } } });
    await expect(signIn('before', PASSWORD)).resolves.toBeTruthy();
  });

  it('touches the mirror only once both are checked', async () => {
    f.mirror.enabled = true;
    const here = await signedIn(f, await registered(f, { username: 'before', email: 'b@example.com' }), Audience.OAuth);
    await expect(set({ auth: here.auth, password: 'weak' })).rejects.toMatchObject({ code: AccountsErrorCode.WeakPassword });
    expect(f.mirror.calls.map((call) => call.method)).toEqual(['created']);
    await set({ auth: here.auth });
    expect(f.mirror.calls.map((call) => call.method)).toEqual(['created', 'passwordChanged', 'usernameChanged']);
  });
});

import { AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { Audience } from '../domain/session';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, PASSWORD, tokenWorks } from '../testing/use-case-steps';
import { RegisterAndSignIn } from './register-and-sign-in.use-case';

describe('RegisterAndSignIn', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  const register = (username: string) =>
    f.get(RegisterAndSignIn).execute({ username, password: PASSWORD, passwordPolicy: 'standard', audience: Audience.V2, client: CLIENT });

  it('creates the account and answers its first session, audited as a registration sign-in', async () => {
    const issued = await register('newcomer');
    expect(issued.account.username).toBe('newcomer');
    expect(await tokenWorks(f, issued.accessToken)).toBe(true);
    expect(issued.refreshToken).not.toBeNull();
    expect(f.audit.events.map((event) => event.type)).toEqual([AuditEventType.AccountRegistered, AuditEventType.SignInSucceeded]);
    expect(f.audit.events[1].detail).toEqual({ audience: Audience.V2, method: 'registration' });
  });

  it('opens no session for a refused registration', async () => {
    await register('newcomer');
    await expect(register('NEWCOMER')).rejects.toMatchObject({ code: AccountsErrorCode.UsernameTaken });
    expect(f.sessions.sessions.size).toBe(1);
  });

  it('when the session cannot be written, the error reaches the caller and the mirror forgets the account', async () => {
    f.mirror.enabled = true;
    f.sessions.insert = () => Promise.reject(new Error('store gone'));
    await expect(
      f.get(RegisterAndSignIn).execute({ username: 'lost', email: 'lost@example.com', password: PASSWORD, passwordPolicy: 'standard', audience: Audience.V2, client: CLIENT }),
    ).rejects.toThrow('store gone');
    expect(f.mirror.calls.map((call) => call.method)).toEqual(['created', 'deleted']);
  });
});

import { AccountsErrorCode } from '../domain/accounts-error';
import { Audience } from '../domain/session';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, PASSWORD } from '../testing/use-case-steps';
import { RegisterWithLoginTicket } from './register-with-login-ticket.use-case';
import { SignInWithPassword } from './sign-in-with-password.use-case';

describe('RegisterWithLoginTicket', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  const register = (username: string) =>
    f.get(RegisterWithLoginTicket).execute({ username, password: PASSWORD, passwordPolicy: 'standard', audience: Audience.OAuth, client: CLIENT });

  it('creates the account and answers a ticket the password grant takes in place of the password', async () => {
    const { ticket, expiresInSeconds } = await register('oauthuser');
    expect(expiresInSeconds).toBe(600);
    const issued = await f.get(SignInWithPassword).execute({
      identifier: 'oauthuser', kind: 'username', password: ticket, audience: Audience.OAuth, client: CLIENT, acceptLoginTicket: true,
    });
    expect(issued.account.username).toBe('oauthuser');
  });

  it('fails whole when the ticket cannot be written: the error reaches the caller and the mirror forgets the account', async () => {
    f.loginTickets.insert = () => Promise.reject(new Error('store gone'));
    f.mirror.enabled = true;
    await expect(
      f.get(RegisterWithLoginTicket).execute({ username: 'second', email: 's@example.com', password: PASSWORD, passwordPolicy: 'standard', audience: Audience.OAuth, client: CLIENT }),
    ).rejects.toThrow('store gone');
    // That the store keeps nothing of it is the unit of work's part, proven on the real stores (test/atomicity).
    expect(f.mirror.calls.map((call) => `${call.method}:${call.account.username}`)).toEqual(['created:second', 'deleted:second']);
    expect(f.loginTickets.rows).toEqual([]);
  });

  it('refuses a taken username and issues no ticket', async () => {
    await register('first');
    await expect(register('first')).rejects.toMatchObject({ code: AccountsErrorCode.UsernameTaken });
    expect(f.loginTickets.rows).toHaveLength(1);
  });
});

import { AccountsErrorCode } from '../domain/accounts-error';
import { ContactProof } from '../domain/contact-proof';
import { Audience } from '../domain/session';
import { CodeChannel, CodePurpose } from '../domain/verification-code';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, registered, sentCode, wrongCode } from '../testing/use-case-steps';
import { IssueLoginTicket } from './issue-login-ticket.use-case';
import { SignInWithPassword } from './sign-in-with-password.use-case';

const EMAIL = 'ticket@example.com';

describe('IssueLoginTicket', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  const issue = (code: string) =>
    f.get(IssueLoginTicket).execute({ channel: CodeChannel.Email, target: EMAIL, code, purpose: CodePurpose.Login, audience: Audience.OAuth, client: CLIENT });
  const loginCode = () => sentCode(f, { channel: CodeChannel.Email, target: EMAIL, purpose: CodePurpose.Login, audience: Audience.OAuth });
  const redeem = (ticket: string) =>
    f.get(SignInWithPassword).execute({ identifier: EMAIL, kind: 'email', password: ticket, audience: Audience.OAuth, client: CLIENT, acceptLoginTicket: true });

  it('answers a ten-minute ticket for a code, which the password grant takes once', async () => {
    const account = await registered(f, { email: EMAIL });
    await f.accounts.updateIdentity(account.id, { emailProof: ContactProof.Proven });
    const { ticket, expiresInSeconds } = await issue(await loginCode());
    expect(expiresInSeconds).toBe(600);
    expect(JSON.stringify(f.loginTickets.rows)).not.toContain(ticket);
    await expect(redeem(ticket)).resolves.toMatchObject({ account: { id: account.id } });
    await expect(redeem(ticket)).rejects.toMatchObject({ code: AccountsErrorCode.InvalidCredentials });
  });

  it('a ticket expires after ten minutes, and ends with the sessions', async () => {
    const account = await registered(f, { email: EMAIL });
    await f.accounts.updateIdentity(account.id, { emailProof: ContactProof.Proven });
    const late = (await issue(await loginCode())).ticket;
    f.clock.advance(601);
    await expect(redeem(late)).rejects.toMatchObject({ code: AccountsErrorCode.InvalidCredentials });
    const ended = (await issue(await loginCode())).ticket;
    await f.accounts.endAllSessions(account.id);
    await expect(redeem(ended)).rejects.toMatchObject({ code: AccountsErrorCode.InvalidCredentials });
  });

  it('issues nothing for a wrong code or an unknown account', async () => {
    await registered(f, { email: EMAIL });
    const code = await loginCode();
    await expect(issue(wrongCode(code))).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
    await expect(
      f.get(IssueLoginTicket).execute({ channel: CodeChannel.Email, target: 'nobody@example.com', code, purpose: CodePurpose.Login, audience: Audience.OAuth, client: CLIENT }),
    ).rejects.toMatchObject({ code: AccountsErrorCode.CodeInvalid });
    expect(f.loginTickets.rows).toEqual([]);
  });
});

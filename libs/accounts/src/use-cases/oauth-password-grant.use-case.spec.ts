import { AccountsErrorCode } from '../domain/accounts-error';
import { CONSOLE_OPERATOR } from '../domain/oauth-client';
import { Audience } from '../domain/session';
import { LoginTickets } from '../services/login-tickets';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, PASSWORD, registered, tokenWorks } from '../testing/use-case-steps';
import { CreateOAuthClient } from './create-oauth-client.use-case';
import { OAuthPasswordGrant } from './oauth-password-grant.use-case';

describe('OAuthPasswordGrant', () => {
  let f: UseCaseFixture;
  let credentials: { clientId: string; clientSecret: string };
  beforeEach(async () => {
    f = await useCaseFixture();
    const created = await f.get(CreateOAuthClient).execute({ actor: CONSOLE_OPERATOR, name: 'App' });
    credentials = { clientId: created.client.clientId, clientSecret: created.clientSecret };
  });

  const grant = (username: string, password = PASSWORD, creds = credentials) =>
    f.get(OAuthPasswordGrant).execute({ credentials: creds, username, password, client: CLIENT });

  it('opens an oauth session bound to the authenticated client, by any identifier', async () => {
    const account = await registered(f, { username: 'owner', phone: '+8613800000080' });
    const issued = await grant('13800000080');
    expect(issued.account.id).toBe(account.id);
    expect(issued.session).toMatchObject({ audience: Audience.OAuth, clientId: credentials.clientId });
    expect(issued.refreshToken).not.toBeNull();
    expect(await tokenWorks(f, issued.accessToken, Audience.OAuth)).toBe(true);
  });

  it('takes a live login ticket as the password', async () => {
    const account = await registered(f, { username: 'owner' });
    const ticket = await f.get(LoginTickets).issue(account);
    await expect(grant('owner', ticket)).resolves.toMatchObject({ account: { id: account.id } });
  });

  it('authenticates the client before the owner: a bad client learns nothing about the account', async () => {
    await registered(f, { username: 'owner' });
    await expect(grant('nobody', PASSWORD, { ...credentials, clientSecret: 'wrong' })).rejects.toMatchObject({ code: AccountsErrorCode.OAuthClientInvalid });
    await expect(grant('owner', 'Wrong-Password-1')).rejects.toMatchObject({ code: AccountsErrorCode.InvalidCredentials });
    expect(f.sessions.sessions.size).toBe(0);
  });
});

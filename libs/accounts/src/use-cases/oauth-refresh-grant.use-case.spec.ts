import { AccountsErrorCode } from '../domain/accounts-error';
import { CONSOLE_OPERATOR } from '../domain/oauth-client';
import { Audience } from '../domain/session';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, PASSWORD, registered, tokenWorks } from '../testing/use-case-steps';
import { CreateOAuthClient } from './create-oauth-client.use-case';
import { OAuthPasswordGrant } from './oauth-password-grant.use-case';
import { OAuthRefreshGrant } from './oauth-refresh-grant.use-case';

describe('OAuthRefreshGrant', () => {
  let f: UseCaseFixture;
  let mine: { clientId: string; clientSecret: string };
  let other: { clientId: string; clientSecret: string };
  beforeEach(async () => {
    f = await useCaseFixture();
    const create = f.get(CreateOAuthClient);
    const [a, b] = [await create.execute({ actor: CONSOLE_OPERATOR, name: 'Mine' }), await create.execute({ actor: CONSOLE_OPERATOR, name: 'Other' })];
    mine = { clientId: a.client.clientId, clientSecret: a.clientSecret };
    other = { clientId: b.client.clientId, clientSecret: b.clientSecret };
    await registered(f, { username: 'owner' });
  });

  const passwordGrant = () => f.get(OAuthPasswordGrant).execute({ credentials: mine, username: 'owner', password: PASSWORD, client: CLIENT });
  const refresh = (refreshToken: string, credentials = mine) => f.get(OAuthRefreshGrant).execute({ credentials, refreshToken, client: CLIENT });

  it('rotates: a new pair for the refresh token; the earlier access token stops', async () => {
    const first = await passwordGrant();
    const second = await refresh(first.refreshToken!);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(await tokenWorks(f, second.accessToken, Audience.OAuth)).toBe(true);
    expect(await tokenWorks(f, first.accessToken, Audience.OAuth)).toBe(false);
  });

  it('a rotated refresh token presented again ends the session', async () => {
    const first = await passwordGrant();
    const second = await refresh(first.refreshToken!);
    await expect(refresh(first.refreshToken!)).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
    expect(await tokenWorks(f, second.accessToken, Audience.OAuth)).toBe(false);
  });

  it('only the client the session was opened for may refresh it', async () => {
    const first = await passwordGrant();
    await expect(refresh(first.refreshToken!, other)).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
    await expect(refresh(first.refreshToken!, { ...mine, clientSecret: 'wrong' })).rejects.toMatchObject({ code: AccountsErrorCode.OAuthClientInvalid });
    await expect(refresh(first.refreshToken!)).resolves.toBeTruthy();
  });
});

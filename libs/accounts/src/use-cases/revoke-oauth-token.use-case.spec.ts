import { AccountsErrorCode } from '../domain/accounts-error';
import { CONSOLE_OPERATOR } from '../domain/oauth-client';
import { Audience } from '../domain/session';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, PASSWORD, registered, signedIn, tokenWorks } from '../testing/use-case-steps';
import { CreateOAuthClient } from './create-oauth-client.use-case';
import { OAuthPasswordGrant } from './oauth-password-grant.use-case';
import { RevokeOAuthToken } from './revoke-oauth-token.use-case';

describe('RevokeOAuthToken', () => {
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

  const grant = () => f.get(OAuthPasswordGrant).execute({ credentials: mine, username: 'owner', password: PASSWORD, client: CLIENT });
  const revoke = (token: string | null, credentials = mine) => f.get(RevokeOAuthToken).execute({ credentials, token });

  it('ends the session of an access token or of a refresh token', async () => {
    const [byAccess, byRefresh] = [await grant(), await grant()];
    await revoke(byAccess.accessToken);
    await revoke(byRefresh.refreshToken);
    expect(await tokenWorks(f, byAccess.accessToken, Audience.OAuth)).toBe(false);
    expect(await tokenWorks(f, byRefresh.accessToken, Audience.OAuth)).toBe(false);
  });

  it("changes nothing, silently, for another client's token, an unknown one, a v2 token or none", async () => {
    const issued = await grant();
    const v2 = await signedIn(f, issued.account, Audience.V2);
    await expect(revoke(issued.accessToken, other)).resolves.toBeUndefined();
    await expect(revoke('not-a-token')).resolves.toBeUndefined();
    await expect(revoke(v2.accessToken)).resolves.toBeUndefined();
    await expect(revoke(null)).resolves.toBeUndefined();
    expect(await tokenWorks(f, issued.accessToken, Audience.OAuth)).toBe(true);
    expect(await tokenWorks(f, v2.accessToken, Audience.V2)).toBe(true);
  });

  it('takes an access token that expired while its refresh token keeps the session', async () => {
    const issued = await grant();
    f.clock.advance(2 * 86400);
    await revoke(issued.accessToken);
    expect(f.sessions.sessions.get(issued.session.id)!.revokedAt).not.toBeNull();
  });

  it('refuses an unauthenticated client', async () => {
    const issued = await grant();
    await expect(revoke(issued.accessToken, { ...mine, clientSecret: 'wrong' })).rejects.toMatchObject({ code: AccountsErrorCode.OAuthClientInvalid });
    expect(await tokenWorks(f, issued.accessToken, Audience.OAuth)).toBe(true);
  });
});

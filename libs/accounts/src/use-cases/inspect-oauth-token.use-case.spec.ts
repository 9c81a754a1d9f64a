import { AccountsErrorCode } from '../domain/accounts-error';
import { CONSOLE_OPERATOR } from '../domain/oauth-client';
import { Audience } from '../domain/session';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, PASSWORD, registered, signedIn } from '../testing/use-case-steps';
import { CreateOAuthClient } from './create-oauth-client.use-case';
import { InspectOAuthToken } from './inspect-oauth-token.use-case';
import { OAuthPasswordGrant } from './oauth-password-grant.use-case';
import { SignOut } from './sign-out.use-case';

describe('InspectOAuthToken', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  async function grant() {
    const created = await f.get(CreateOAuthClient).execute({ actor: CONSOLE_OPERATOR, name: 'App' });
    await registered(f, { username: 'owner' });
    const issued = await f.get(OAuthPasswordGrant).execute({
      credentials: { clientId: created.client.clientId, clientSecret: created.clientSecret }, username: 'owner', password: PASSWORD, client: CLIENT,
    });
    return { issued, clientId: created.client.clientId };
  }

  it('describes a live access token: account, session, client and the seconds it has left', async () => {
    const { issued, clientId } = await grant();
    f.clock.advance(3600);
    const info = await f.get(InspectOAuthToken).execute({ token: issued.accessToken });
    expect(info).toMatchObject({ account: { id: issued.account.id }, session: { id: issued.session.id }, clientId });
    expect(info.expiresAt.getTime() - info.issuedAt.getTime()).toBe(86400 * 1000);
    expect(info.expiresIn).toBeGreaterThan(86400 - 3600 - 5);
    expect(info.expiresIn).toBeLessThanOrEqual(86400 - 3600);
  });

  it('refuses an ended session, another contract and a missing token', async () => {
    const { issued } = await grant();
    const inspect = f.get(InspectOAuthToken);
    const v2 = await signedIn(f, issued.account, Audience.V2);
    await expect(inspect.execute({ token: v2.accessToken })).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
    await expect(inspect.execute({ token: undefined })).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
    await f.get(SignOut).execute({ auth: { account: issued.account, session: issued.session } });
    await expect(inspect.execute({ token: issued.accessToken })).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
  });
});

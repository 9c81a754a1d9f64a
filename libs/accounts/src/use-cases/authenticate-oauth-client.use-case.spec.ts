import { AccountsErrorCode } from '../domain/accounts-error';
import { CONSOLE_OPERATOR } from '../domain/oauth-client';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { AuthenticateOAuthClient } from './authenticate-oauth-client.use-case';
import { CreateOAuthClient } from './create-oauth-client.use-case';

describe('AuthenticateOAuthClient', () => {
  let f: UseCaseFixture;
  let created: Awaited<ReturnType<CreateOAuthClient['execute']>>;
  beforeEach(async () => {
    f = await useCaseFixture();
    created = await f.get(CreateOAuthClient).execute({ actor: CONSOLE_OPERATOR, name: 'Partner' });
  });

  it('answers the client its id and secret name', async () => {
    const client = await f.get(AuthenticateOAuthClient).execute({ clientId: created.client.clientId, clientSecret: created.clientSecret });
    expect(client).toEqual(created.client);
  });

  it('answers the same error for a wrong secret, an unknown client and missing credentials', async () => {
    const authenticate = f.get(AuthenticateOAuthClient);
    const refused = { code: AccountsErrorCode.OAuthClientInvalid };
    await expect(authenticate.execute({ clientId: created.client.clientId, clientSecret: `${created.clientSecret}x` })).rejects.toMatchObject(refused);
    await expect(authenticate.execute({ clientId: 'no-such-client', clientSecret: created.clientSecret })).rejects.toMatchObject(refused);
    await expect(authenticate.execute({ clientId: '', clientSecret: '' })).rejects.toMatchObject(refused);
  });

  it('refuses the client once it is deleted', async () => {
    f.oauthClients.rows.splice(0);
    await expect(f.get(AuthenticateOAuthClient).execute({ clientId: created.client.clientId, clientSecret: created.clientSecret })).rejects.toMatchObject({
      code: AccountsErrorCode.OAuthClientInvalid,
    });
  });
});

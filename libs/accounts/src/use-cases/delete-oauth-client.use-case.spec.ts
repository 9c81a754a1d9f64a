import { AccountsErrorCode } from '../domain/accounts-error';
import { CONSOLE_OPERATOR } from '../domain/oauth-client';
import { Audience } from '../domain/session';
import { SessionIssuer } from '../services/session-issuer';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { admin, CLIENT, registered, tokenWorks } from '../testing/use-case-steps';
import { AuthenticateOAuthClient } from './authenticate-oauth-client.use-case';
import { CreateOAuthClient } from './create-oauth-client.use-case';
import { DeleteOAuthClient } from './delete-oauth-client.use-case';

describe('DeleteOAuthClient', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  it('removes the client and ends the sessions it opened, not those of other clients', async () => {
    const create = f.get(CreateOAuthClient);
    const [gone, kept] = [await create.execute({ actor: CONSOLE_OPERATOR, name: 'Gone' }), await create.execute({ actor: CONSOLE_OPERATOR, name: 'Kept' })];
    const account = await registered(f);
    const issuer = f.get(SessionIssuer);
    const viaGone = await issuer.open(account, Audience.OAuth, CLIENT, { clientId: gone.client.clientId });
    const viaKept = await issuer.open(account, Audience.OAuth, CLIENT, { clientId: kept.client.clientId });

    await f.get(DeleteOAuthClient).execute({ actor: await admin(f), id: gone.client.id });

    expect(await tokenWorks(f, viaGone.accessToken, Audience.OAuth)).toBe(false);
    expect(await tokenWorks(f, viaKept.accessToken, Audience.OAuth)).toBe(true);
    await expect(f.get(AuthenticateOAuthClient).execute({ clientId: gone.client.clientId, clientSecret: gone.clientSecret })).rejects.toMatchObject({
      code: AccountsErrorCode.OAuthClientInvalid,
    });
  });

  it('answers NotFound for a client that is not there (also when deleted twice)', async () => {
    const { client } = await f.get(CreateOAuthClient).execute({ actor: CONSOLE_OPERATOR, name: 'Once' });
    const remove = f.get(DeleteOAuthClient);
    await remove.execute({ actor: CONSOLE_OPERATOR, id: client.id });
    await expect(remove.execute({ actor: CONSOLE_OPERATOR, id: client.id })).rejects.toMatchObject({ code: AccountsErrorCode.NotFound });
    await expect(remove.execute({ actor: CONSOLE_OPERATOR, id: 999 })).rejects.toMatchObject({ code: AccountsErrorCode.NotFound });
  });

  it('refuses a user who is not an administrator and keeps the client', async () => {
    const { client } = await f.get(CreateOAuthClient).execute({ actor: CONSOLE_OPERATOR, name: 'Stays' });
    await expect(f.get(DeleteOAuthClient).execute({ actor: await registered(f), id: client.id })).rejects.toMatchObject({ code: AccountsErrorCode.Forbidden });
    expect(f.oauthClients.rows.map((row) => row.id)).toEqual([client.id]);
  });
});

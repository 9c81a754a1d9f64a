import { AccountsErrorCode } from '../domain/accounts-error';
import { CONSOLE_OPERATOR } from '../domain/oauth-client';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { admin, registered } from '../testing/use-case-steps';
import { AuthenticateOAuthClient } from './authenticate-oauth-client.use-case';
import { CreateOAuthClient } from './create-oauth-client.use-case';

describe('CreateOAuthClient', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  it('registers a client for an administrator; its secret is shown once and stored only as a hash', async () => {
    const { client, clientSecret } = await f.get(CreateOAuthClient).execute({ actor: await admin(f), name: '  Partner app  ' });
    expect(client).toMatchObject({ name: 'Partner app', clientId: expect.stringMatching(/^\S{16,}$/) });
    expect(clientSecret.length).toBeGreaterThanOrEqual(32);
    expect(JSON.stringify(f.oauthClients.rows)).not.toContain(clientSecret);
    await expect(f.get(AuthenticateOAuthClient).execute({ clientId: client.clientId, clientSecret })).resolves.toMatchObject({ id: client.id });
  });

  it('gives every client its own id and secret', async () => {
    const create = f.get(CreateOAuthClient);
    const [a, b] = [await create.execute({ actor: CONSOLE_OPERATOR, name: 'A' }), await create.execute({ actor: CONSOLE_OPERATOR, name: 'B' })];
    expect(a.client.clientId).not.toBe(b.client.clientId);
    expect(a.clientSecret).not.toBe(b.clientSecret);
  });

  it('refuses a user who is not an administrator, and a blank or over-long name', async () => {
    const create = f.get(CreateOAuthClient);
    await expect(create.execute({ actor: await registered(f), name: 'App' })).rejects.toMatchObject({ code: AccountsErrorCode.Forbidden });
    for (const name of ['   ', 'x'.repeat(256)]) {
      await expect(create.execute({ actor: CONSOLE_OPERATOR, name })).rejects.toMatchObject({
        code: AccountsErrorCode.ValidationFailed,
        details: { fields: { name: ['length'] } },
      });
    }
    expect(f.oauthClients.rows).toEqual([]);
  });
});

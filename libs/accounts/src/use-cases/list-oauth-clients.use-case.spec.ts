import { AccountsErrorCode } from '../domain/accounts-error';
import { CONSOLE_OPERATOR } from '../domain/oauth-client';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { admin, registered } from '../testing/use-case-steps';
import { CreateOAuthClient } from './create-oauth-client.use-case';
import { ListOAuthClients } from './list-oauth-clients.use-case';

describe('ListOAuthClients', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  it('lists every client in the order made, for an administrator and for the console', async () => {
    const create = f.get(CreateOAuthClient);
    const names = ['First', 'Second', 'Third'];
    for (const name of names) await create.execute({ actor: CONSOLE_OPERATOR, name });
    const listed = await f.get(ListOAuthClients).execute({ actor: await admin(f) });
    expect(listed.map((client) => client.name)).toEqual(names);
    expect(await f.get(ListOAuthClients).execute({ actor: CONSOLE_OPERATOR })).toEqual(listed);
  });

  it('refuses a user who is not an administrator', async () => {
    const user = await registered(f);
    // The check runs before anything is read: a caller awaiting it sees a rejection.
    await expect(async () => f.get(ListOAuthClients).execute({ actor: user })).rejects.toMatchObject({ code: AccountsErrorCode.Forbidden });
  });
});

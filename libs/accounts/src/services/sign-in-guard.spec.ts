import { AccountsErrorCode } from '../domain/accounts-error';
import { coreFixture, CoreFixture } from '../testing/core-fixture';
import { newAccountRecord } from '../testing/new-account';

describe('sign-in guard (lockout)', () => {
  let f: CoreFixture;
  const client = { ip: '10.1.1.1' };
  beforeEach(async () => {
    f = await coreFixture({ loginMaxFailures: 3, lockoutMaxSeconds: 300, loginMaxFailuresPerIp: 5 });
  });

  const newAccount = () => f.accounts.insert(newAccountRecord({ accountNumber: '26112100000002' }));
  const fresh = async (id: number) => (await f.accounts.findById(id))!;

  it('locks after N failures for 60 s, doubling per further failure up to the maximum', async () => {
    const { id } = await newAccount();
    for (let i = 0; i < 3; i++) await f.guard.failed({ account: await fresh(id) }, {}, 'wrong_password');
    await expect(f.guard.assertMayTry({ account: await fresh(id) }, {})).rejects.toMatchObject({
      code: AccountsErrorCode.AccountLocked,
      details: { retryAfterSeconds: 60 },
    });
    f.clock.advance(60);
    await f.guard.assertMayTry({ account: await fresh(id) }, {});
    await f.guard.failed({ account: await fresh(id) }, {}, 'wrong_password');
    await expect(f.guard.assertMayTry({ account: await fresh(id) }, {})).rejects.toMatchObject({ details: { retryAfterSeconds: 120 } });
    for (let i = 0; i < 5; i++) {
      f.clock.advance(300);
      await f.guard.failed({ account: await fresh(id) }, {}, 'wrong_password');
    }
    await expect(f.guard.assertMayTry({ account: await fresh(id) }, {})).rejects.toMatchObject({ details: { retryAfterSeconds: 300 } });
    expect(f.audit.events.filter((event) => event.type === 'account.locked_out').length).toBeGreaterThan(0);
  });

  it('resets after a success', async () => {
    const { id } = await newAccount();
    for (let i = 0; i < 2; i++) await f.guard.failed({ account: await fresh(id) }, {}, 'wrong_password');
    await f.guard.succeeded(await fresh(id));
    await f.guard.failed({ account: await fresh(id) }, {}, 'wrong_password');
    await f.guard.assertMayTry({ account: await fresh(id) }, {});
    expect((await fresh(id)).failedLogins).toBe(1);
  });

  it('limits failures per IP across accounts', async () => {
    for (let i = 0; i < 5; i++) await f.guard.failed({ unknownIdentifier: `phone:+861390000000${i}` }, client, 'unknown_account');
    const another = { unknownIdentifier: 'phone:+8613900000009' };
    await expect(f.guard.assertMayTry(another, client)).rejects.toMatchObject({ code: AccountsErrorCode.RateLimited });
    await f.guard.assertMayTry(another, { ip: '10.1.1.2' });
  });

  it('locks an identifier no account has as it locks an account', async () => {
    const unknown = { unknownIdentifier: 'email:nobody@example.com' };
    for (let i = 0; i < 3; i++) await f.guard.failed(unknown, {}, 'unknown_account');
    await expect(f.guard.assertMayTry(unknown, {})).rejects.toMatchObject({
      code: AccountsErrorCode.AccountLocked,
      details: { retryAfterSeconds: 60 },
    });
    f.clock.advance(61);
    await f.guard.assertMayTry(unknown, {});
  });
});

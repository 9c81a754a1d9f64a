import { AccountsErrorCode } from '../domain/accounts-error';
import { Audience } from '../domain/session';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, registered, signedIn, tokenWorks } from '../testing/use-case-steps';
import { RenewAccessToken } from './renew-access-token.use-case';

describe('RenewAccessToken', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  const renew = (token: string, audience = Audience.Users) => f.get(RenewAccessToken).execute({ token, audience, client: CLIENT });

  it('exchanges the token for a new one in a new session; the old one stops at once', async () => {
    const old = await signedIn(f, await registered(f), Audience.Users);
    const renewed = await renew(old.accessToken);
    expect(renewed.session.id).not.toBe(old.session.id);
    expect(await tokenWorks(f, renewed.accessToken, Audience.Users)).toBe(true);
    expect(await tokenWorks(f, old.accessToken, Audience.Users)).toBe(false);
    await expect(renew(old.accessToken)).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
  });

  it("takes an expired token within the contract's grace (users: two hours), not after", async () => {
    const account = await registered(f);
    const within = await signedIn(f, account, Audience.Users);
    const after = await signedIn(f, account, Audience.Users);
    f.clock.advance(86400 + 3600);
    await expect(renew(within.accessToken)).resolves.toBeTruthy();
    f.clock.advance(2 * 3600);
    await expect(renew(after.accessToken)).rejects.toMatchObject({ code: AccountsErrorCode.TokenExpired });
  });

  it('gives one success to parallel renewals of one token', async () => {
    const old = await signedIn(f, await registered(f), Audience.Venus);
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => renew(old.accessToken, Audience.Venus)));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
  });

  it("refuses another contract's token", async () => {
    const v2 = await signedIn(f, await registered(f), Audience.V2);
    await expect(renew(v2.accessToken)).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
  });
});

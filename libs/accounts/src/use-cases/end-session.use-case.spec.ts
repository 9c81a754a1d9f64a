import { AccountsErrorCode } from '../domain/accounts-error';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { registered, signedIn, tokenWorks } from '../testing/use-case-steps';
import { EndSession } from './end-session.use-case';

describe('EndSession', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  it("ends another of the caller's sessions; the caller's own goes on", async () => {
    const account = await registered(f);
    const [here, other] = [await signedIn(f, account), await signedIn(f, account)];
    await f.get(EndSession).execute({ auth: here.auth, sessionId: other.session.id });
    expect(await tokenWorks(f, other.accessToken)).toBe(false);
    expect(await tokenWorks(f, here.accessToken)).toBe(true);
  });

  it("answers NotFound for another account's session, an unknown one and one already ended, and ends none of them", async () => {
    const [mine, theirs] = [await signedIn(f, await registered(f)), await signedIn(f, await registered(f))];
    const end = f.get(EndSession);
    await expect(end.execute({ auth: mine.auth, sessionId: theirs.session.id })).rejects.toMatchObject({ code: AccountsErrorCode.NotFound });
    expect(await tokenWorks(f, theirs.accessToken)).toBe(true);
    await expect(end.execute({ auth: mine.auth, sessionId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: AccountsErrorCode.NotFound });
    const second = await signedIn(f, mine.account);
    await end.execute({ auth: mine.auth, sessionId: second.session.id });
    await expect(end.execute({ auth: mine.auth, sessionId: second.session.id })).rejects.toMatchObject({ code: AccountsErrorCode.NotFound });
  });
});

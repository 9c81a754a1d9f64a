import { Audience } from '../domain/session';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { registered, signedIn, tokenWorks } from '../testing/use-case-steps';
import { SignOut } from './sign-out.use-case';

describe('SignOut', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  it('ends the session it is called in, and only that one', async () => {
    const account = await registered(f);
    const [here, elsewhere] = [await signedIn(f, account, Audience.Venus), await signedIn(f, account, Audience.Venus)];
    const before = f.clock.now();
    await f.get(SignOut).execute({ auth: here.auth });
    expect(await tokenWorks(f, here.accessToken, Audience.Venus)).toBe(false);
    expect(await tokenWorks(f, elsewhere.accessToken, Audience.Venus)).toBe(true);
    expect(f.sessions.sessions.get(here.session.id)!.revokedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime());
  });

  it('answers quietly when the session had already ended', async () => {
    const here = await signedIn(f, await registered(f));
    await f.get(SignOut).execute({ auth: here.auth });
    const endedAt = f.sessions.sessions.get(here.session.id)!.revokedAt;
    f.clock.advance(30);
    await expect(f.get(SignOut).execute({ auth: here.auth })).resolves.toBeUndefined();
    expect(f.sessions.sessions.get(here.session.id)!.revokedAt).toEqual(endedAt);
  });
});

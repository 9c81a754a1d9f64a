import { Audience } from '../domain/session';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { registered, signedIn } from '../testing/use-case-steps';
import { EndSession } from './end-session.use-case';
import { ListSessions } from './list-sessions.use-case';

describe('ListSessions', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  it("lists the caller's live sessions in every contract, not another account's", async () => {
    const account = await registered(f);
    const here = await signedIn(f, account, Audience.V2);
    const venus = await signedIn(f, account, Audience.Venus);
    await signedIn(f, await registered(f));
    const ids = (await f.get(ListSessions).execute({ auth: here.auth })).map((session) => session.id).sort();
    expect(ids).toEqual([here.session.id, venus.session.id].sort());
  });

  it('leaves out sessions that ended, expired, or belong to an earlier password', async () => {
    const account = await registered(f);
    const here = await signedIn(f, account);
    const ended = await signedIn(f, account);
    await f.get(EndSession).execute({ auth: here.auth, sessionId: ended.session.id });
    const venus = await signedIn(f, account, Audience.Venus); // lives a day
    f.clock.advance(2 * 86400);
    const fresh = await signedIn(f, account);
    const list = f.get(ListSessions);
    expect((await list.execute({ auth: fresh.auth })).map((session) => session.id).sort()).toEqual([here.session.id, fresh.session.id].sort());
    expect(venus.session.expiresAt.getTime()).toBeLessThan(f.clock.now().getTime());

    await f.accounts.endAllSessions(account.id);
    const after = await signedIn(f, account);
    expect((await list.execute({ auth: after.auth })).map((session) => session.id)).toEqual([after.session.id]);
  });
});

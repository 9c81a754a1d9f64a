import { AccountRepository, UnitOfWork } from '@app/accounts';
import { newAccountRecord } from '@app/accounts/testing/new-account';
import { createTestApp, DIALECT, TestApp, uniqueName } from '../support/test-app';

/** The unit of work on the real store: what commits together, and what another request sees meanwhile. */
describe(`UnitOfWork on ${DIALECT}`, () => {
  let t: TestApp;
  let work: UnitOfWork;
  let accounts: AccountRepository;
  let numbers = 0;

  const record = (username: string) => newAccountRecord({ username, accountNumber: `2612${String(Date.now()).slice(-7)}${String(++numbers).padStart(3, '0')}` });
  const exists = async (username: string) => (await accounts.findByUsername(username)) !== null;
  const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeAll(async () => {
    t = await createTestApp();
    work = t.app.get(UnitOfWork);
    accounts = t.app.get(AccountRepository);
  });
  afterAll(() => t.close());

  it('commits every write of the work together', async () => {
    const [a, b] = [uniqueName('uowa'), uniqueName('uowb')];
    await work.run(async () => {
      await accounts.insert(record(a));
      await accounts.insert(record(b));
    });
    expect([await exists(a), await exists(b)]).toEqual([true, true]);
  });

  it('leaves nothing of work that throws after its first write', async () => {
    const a = uniqueName('uowfail');
    await expect(
      work.run(async () => {
        await accounts.insert(record(a));
        throw new Error('injected');
      }),
    ).rejects.toThrow('injected');
    expect(await exists(a)).toBe(false);
  });

  it('joins a unit of work started inside another: the outer failure undoes the inner writes', async () => {
    const inner = uniqueName('uowinner');
    await expect(
      work.run(async () => {
        await work.run(() => accounts.insert(record(inner)));
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    expect(await exists(inner)).toBe(false);
  });

  it('never shows another request the half of a unit of work', async () => {
    const [a, b] = [uniqueName('uowhalfa'), uniqueName('uowhalfb')];
    let firstWritten!: () => void;
    const halfway = new Promise<void>((resolve) => (firstWritten = resolve));
    const running = work.run(async () => {
      await accounts.insert(record(a));
      firstWritten();
      await later(100);
      await accounts.insert(record(b));
    });
    await halfway;
    // SQLite: the read waits for the commit; MySQL: it reads the last committed state.
    const seen = await Promise.all([exists(a), exists(b)]);
    await running;
    expect(seen[0]).toBe(seen[1]);
    expect([await exists(a), await exists(b)]).toEqual([true, true]);
  });

  it('keeps the writes of other requests made while a unit of work runs, when that one rolls back', async () => {
    const [mine, theirs] = [uniqueName('uowmine'), uniqueName('uowtheirs')];
    let firstWritten!: () => void;
    const halfway = new Promise<void>((resolve) => (firstWritten = resolve));
    const failing = work.run(async () => {
      await accounts.insert(record(mine));
      firstWritten();
      await later(50);
      throw new Error('rolls back');
    });
    await halfway;
    const outside = accounts.insert(record(theirs));
    await expect(failing).rejects.toThrow('rolls back');
    await outside;
    expect([await exists(mine), await exists(theirs)]).toEqual([false, true]);
  });

  it(DIALECT === 'mysql' ? 'runs the work again after a deadlock, and both transactions commit' : 'serialises two crossing transactions, and both commit', async () => {
    const first = await accounts.insert(record(uniqueName('uowx')));
    const second = await accounts.insert(record(uniqueName('uowy')));
    let attempts = 0;
    let arrived = 0;
    const bothHoldOneRow = async () => {
      arrived++;
      for (let waited = 0; arrived < 2 && waited < 300; waited += 10) await later(10);
    };
    const crossing = (one: number, other: number, nickname: string) =>
      work.run(async () => {
        attempts++;
        await accounts.updateProfile(one, { nickname });
        await bothHoldOneRow();
        await accounts.updateProfile(other, { nickname });
      });
    await Promise.all([crossing(first.id, second.id, 'left'), crossing(second.id, first.id, 'right')]);
    const nicknames = [(await accounts.findById(first.id))!.nickname, (await accounts.findById(second.id))!.nickname];
    // Whichever committed last wrote both rows: never one of each.
    expect(nicknames[0]).toBe(nicknames[1]);
    expect(attempts).toBe(DIALECT === 'mysql' ? 3 : 2);
  });
});

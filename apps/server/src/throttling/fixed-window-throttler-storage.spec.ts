import { FixedWindowThrottlerStorage } from './fixed-window-throttler-storage';

describe('FixedWindowThrottlerStorage', () => {
  let now: number;
  let storage: FixedWindowThrottlerStorage;
  const hit = (key = 'client-a', limit = 3, ttl = 60_000, blockDuration = 60_000) => storage.increment(key, ttl, limit, blockDuration, 'default');

  beforeEach(() => {
    now = 1_000_000;
    storage = new FixedWindowThrottlerStorage(() => now);
  });

  it('counts hits in a window that starts at the first hit', async () => {
    expect(await hit()).toEqual({ totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 });
    now += 20_000;
    expect(await hit()).toEqual({ totalHits: 2, timeToExpire: 40, isBlocked: false, timeToBlockExpire: 0 });
  });

  it('blocks past the limit for the block duration, then counts afresh', async () => {
    for (let i = 0; i < 3; i++) expect((await hit()).isBlocked).toBe(false);
    expect(await hit()).toEqual({ totalHits: 4, timeToExpire: 60, isBlocked: true, timeToBlockExpire: 60 });
    now += 30_000;
    expect(await hit()).toMatchObject({ isBlocked: true, timeToBlockExpire: 30 });
    now += 30_000;
    expect(await hit()).toEqual({ totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 });
  });

  it('keeps a block that outlasts its window, as the Redis storage does', async () => {
    for (let i = 0; i < 4; i++) await hit('client-a', 3, 10_000, 60_000);
    now += 15_000;
    expect(await hit('client-a', 3, 10_000, 60_000)).toEqual({ totalHits: 1, timeToExpire: 10, isBlocked: true, timeToBlockExpire: 45 });
  });

  it('counts each key and each throttler apart', async () => {
    for (let i = 0; i < 4; i++) await hit('client-a');
    expect((await hit('client-b')).totalHits).toBe(1);
    expect((await storage.increment('client-a', 60_000, 3, 60_000, 'other')).totalHits).toBe(1);
  });

  it('forgets windows that ended once it sweeps', async () => {
    await hit('client-gone');
    now += 61_000;
    for (let i = 0; i < 999; i++) await hit(`client-${i}`, 10_000);
    expect(storage.size).toBe(999);
    await hit('client-gone');
    expect(storage.size).toBe(1000);
  });
});

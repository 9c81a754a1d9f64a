import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { defaultHashQueueLimit, hashingConcurrency, PasswordHasher } from './password-hasher';

const FAST = { memoryKiB: 1024, timeCost: 1, parallelism: 1 };

describe('hashingConcurrency', () => {
  it('keeps one libuv pool thread free of hashing and never exceeds the cores', () => {
    expect(hashingConcurrency(2, 4)).toBe(2);
    expect(hashingConcurrency(8, 4)).toBe(3);
    expect(hashingConcurrency(8, 16)).toBe(8);
    expect(hashingConcurrency(1, 4)).toBe(1);
    expect(hashingConcurrency(4, 1)).toBe(1);
  });
});

describe('defaultHashQueueLimit', () => {
  it('holds about 2 s of hashing: 90 per slot (~45 OWASP hashes a second each)', () => {
    expect(defaultHashQueueLimit(2)).toBe(180);
    expect(defaultHashQueueLimit(3)).toBe(270);
  });
});

describe('PasswordHasher', () => {
  it('verifies its own hashes and answers false for a wrong password or an unreadable hash', async () => {
    const hasher = new PasswordHasher(FAST);
    const hash = await hasher.hash('correct horse');
    expect(await hasher.verify(hash, 'correct horse')).toBe(true);
    expect(await hasher.verify(hash, 'wrong')).toBe(false);
    expect(await hasher.verify('not a hash', 'x')).toBe(false);
  });

  it('past its queue answers RateLimited (retry in 1 s) for hashes, checks and burns alike', async () => {
    const hasher = new PasswordHasher(FAST, { limit: 0, maxWaitMs: 60_000 });
    const hash = await hasher.hash('correct horse');
    await hasher.burnVerification('warm the dummy hash');
    const slots = hashingConcurrency();
    const storm = [
      ...Array.from({ length: slots }, () => hasher.verify(hash, 'correct horse')),
      hasher.hash('x'),
      hasher.verify(hash, 'correct horse'),
      hasher.burnVerification('x'),
    ].map((attempt) => attempt.then(() => 'done', (error: unknown) => error));
    const outcomes = await Promise.all(storm);
    expect(outcomes.slice(0, slots)).toEqual(Array(slots).fill('done'));
    for (const shed of outcomes.slice(slots)) {
      expect(shed).toBeInstanceOf(AccountsError);
      expect(shed).toMatchObject({ code: AccountsErrorCode.RateLimited, details: { retryAfterSeconds: 1 } });
    }
  });
});

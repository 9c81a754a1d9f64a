import { hashingConcurrency } from './password-hasher';

describe('hashingConcurrency', () => {
  it('keeps one libuv pool thread free of hashing and never exceeds the cores', () => {
    expect(hashingConcurrency(2, 4)).toBe(2);
    expect(hashingConcurrency(8, 4)).toBe(3);
    expect(hashingConcurrency(8, 16)).toBe(8);
    expect(hashingConcurrency(1, 4)).toBe(1);
    expect(hashingConcurrency(4, 1)).toBe(1);
  });
});

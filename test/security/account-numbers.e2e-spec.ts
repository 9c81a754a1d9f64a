import { createTestApp, TestApp, uniqueName } from '../support/test-app';
import { GOOD_PASSWORD } from '../support/v2-helpers';

/**
 * Account numbers are yyMMddHHmm and 4 random digits: 10,000 a minute. The
 * test clock stands still, so every registration here falls in one minute;
 * without a fresh draw on a clash, some of them would fail.
 */
describe('account numbers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ ARGON2_MEMORY_KIB: '1024', ARGON2_TIME_COST: '1' });
  });
  afterAll(() => t.close());

  it('300 registrations within one minute all succeed', async () => {
    const statuses: number[] = [];
    for (let batch = 0; batch < 15; batch++) {
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => t.http.post('/v2/auth/register').send({ username: uniqueName('num'), password: GOOD_PASSWORD })),
      );
      statuses.push(...responses.map((response) => response.status));
    }
    expect(statuses.filter((status) => status !== 201)).toEqual([]);
  }, 120_000);
});

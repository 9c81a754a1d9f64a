import { createAccount, newSession, SHARED_PASSWORD, TestAccount } from '../../support/contract-sessions';
import { createTestApp, TestApp } from '../../support/test-app';
import { FUZZ_ENV, fuzzContract } from './fuzz-runner';

describe('fuzz: every infinite operation', () => {
  let t: TestApp;
  let known: TestAccount;
  beforeAll(async () => {
    t = await createTestApp(FUZZ_ENV);
    known = await createAccount(t);
  });
  afterAll(() => t.close());

  it('answers malformed requests in {code, data, msg}, never 5xx, leaking nothing', async () => {
    const report = await fuzzContract(t, {
      contract: 'infinite',
      prepare: (op, session) => {
        switch (op.id) {
          case 'POST /api/user/login':
            return { body: { username: known.username, password: known.password } };
          case 'POST /api/user/deleteUser':
          case 'POST /api/user/editUserMobile':
            return { body: { password: SHARED_PASSWORD } };
          case 'POST /api/user/modifyUserEmail':
            return { body: { password: SHARED_PASSWORD, oriEmail: session?.account.email } };
          case 'POST /api/user/modifyUserPassword':
            return { body: { oriPassword: SHARED_PASSWORD, password: 'Another2025x' } };
          default:
            return {};
        }
      },
    });
    expect(report.operations.length).toBeGreaterThanOrEqual(12);
    expect(report.problems).toEqual([]);
    await newSession(t, 'infinite');
  }, 300_000);
});

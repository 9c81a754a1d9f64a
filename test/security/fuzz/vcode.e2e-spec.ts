import { createAccount, newSession, TestAccount } from '../../support/contract-sessions';
import { createTestApp, TestApp } from '../../support/test-app';
import { FUZZ_ENV, fuzzContract } from './fuzz-runner';

describe('fuzz: every vcode operation', () => {
  let t: TestApp;
  let known: TestAccount;
  beforeAll(async () => {
    t = await createTestApp(FUZZ_ENV);
    known = await createAccount(t);
  });
  afterAll(() => t.close());

  it('answers malformed requests in {code, message} (HTTP 200), never 5xx, leaking nothing', async () => {
    const report = await fuzzContract(t, {
      contract: 'vcode',
      prepare: (op, session) => {
        switch (op.id) {
          case 'POST /api/user/logIn':
            return { body: { userName: known.phone, password: known.password } };
          case 'POST /api/user/perfectInfo':
          case 'POST /api/user/checkToken':
            return { body: { userName: session?.account.phone } };
          default:
            return {};
        }
      },
    });
    expect(report.operations.length).toBeGreaterThanOrEqual(8);
    expect(report.problems).toEqual([]);
    await newSession(t, 'vcode');
  }, 300_000);
});

import { createAccount, newSession, TestAccount } from '../../support/contract-sessions';
import { createTestApp, TestApp } from '../../support/test-app';
import { FUZZ_ENV, fuzzContract } from './fuzz-runner';

describe('fuzz: every users operation (and the /files download)', () => {
  let t: TestApp;
  let known: TestAccount;
  let target: TestAccount;
  beforeAll(async () => {
    t = await createTestApp(FUZZ_ENV);
    known = await createAccount(t);
    target = await createAccount(t);
  });
  afterAll(() => t.close());

  it('answers malformed requests in {code, message, data, total} with status == code, never 5xx, leaking nothing', async () => {
    const report = await fuzzContract(t, {
      contract: 'users',
      prepare: (op) => {
        switch (op.id) {
          case 'POST /users/login':
            return { body: { phone: known.phone, code: undefined }, headers: { 'word-info': known.password } };
          case 'GET /users/info':
            return { query: { id: target.uuid } };
          case 'POST /users/edit':
            return { body: { id: target.uuid } };
          default:
            return {};
        }
      },
    });
    expect(report.operations.length).toBeGreaterThanOrEqual(12);
    expect(report.problems).toEqual([]);
    await newSession(t, 'users');
  }, 300_000);
});

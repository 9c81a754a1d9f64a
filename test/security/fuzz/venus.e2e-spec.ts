import { createAccount, newSession, TestAccount } from '../../support/contract-sessions';
import { createTestApp, TestApp } from '../../support/test-app';
import { FUZZ_ENV, fuzzContract } from './fuzz-runner';

describe('fuzz: every venus operation', () => {
  let t: TestApp;
  let known: TestAccount;
  beforeAll(async () => {
    t = await createTestApp(FUZZ_ENV);
    known = await createAccount(t);
  });
  afterAll(() => t.close());

  it('answers malformed requests in the venus envelope, never 5xx, leaking nothing', async () => {
    const report = await fuzzContract(t, {
      contract: 'venus',
      prepare: (op) => {
        if (op.path.endsWith('/signin_with_name')) return { body: { user_name: known.username, password: known.password } };
        if (op.path.endsWith('/signin_with_phone')) return { body: { phone_number: known.phone, password: known.password } };
        return {};
      },
    });
    expect(report.operations).toHaveLength(7);
    expect(report.problems).toEqual([]);
    await newSession(t, 'venus');
  }, 300_000);
});

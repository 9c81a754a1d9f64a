import { createAccount, newSession, SHARED_PASSWORD, TestAccount } from '../../support/contract-sessions';
import { createTestApp, TestApp } from '../../support/test-app';
import { FUZZ_ENV, fuzzContract } from './fuzz-runner';

describe('fuzz: every v2 operation', () => {
  let t: TestApp;
  let known: TestAccount;
  let target: TestAccount;
  beforeAll(async () => {
    t = await createTestApp(FUZZ_ENV);
    known = await createAccount(t);
    target = await createAccount(t);
  });
  afterAll(() => t.close());

  it('answers malformed requests as problem+json, never 5xx, leaking nothing', async () => {
    const report = await fuzzContract(t, {
      contract: 'v2',
      // Real credentials in the base request, so that one broken field is all that stands between it and success.
      prepare: (op) => {
        switch (op.id) {
          case 'POST /v2/auth/login':
            return { body: { identifier: known.username, password: known.password } };
          case 'DELETE /v2/me':
            return { body: { password: SHARED_PASSWORD } };
          case 'POST /v2/me/password':
            return { body: { current_password: SHARED_PASSWORD, new_password: 'Another2025pass' } };
          case 'GET /v2/users/{id}':
          case 'PATCH /v2/users/{id}':
            return { path: { id: String(target.id) } };
          default:
            return {};
        }
      },
    });
    expect(report.operations.length).toBeGreaterThanOrEqual(23);
    expect(report.problems).toEqual([]);
    await newSession(t, 'v2');
  }, 300_000);
});

import { createAccount, newSession, oauthClient, TestAccount } from '../../support/contract-sessions';
import { createTestApp, TestApp } from '../../support/test-app';
import { FUZZ_ENV, fuzzContract } from './fuzz-runner';

/** The README: "phone and validation_code sent as JSON numbers are taken as their digits". */
const NUMBERS_AS_DIGITS = ['phone', 'validation_code'];

describe('fuzz: every oauth-v1 operation (/api/v1/users and /oauth)', () => {
  let t: TestApp;
  let known: TestAccount;
  beforeAll(async () => {
    t = await createTestApp(FUZZ_ENV);
    known = await createAccount(t);
  });
  afterAll(() => t.close());

  it('answers malformed requests in {result:0, error} (HTTP 200) or RFC 6749 errors, never 5xx, leaking nothing', async () => {
    const { clientId, clientSecret } = await oauthClient(t);
    const client = { client_id: clientId, client_secret: clientSecret };
    const report = await fuzzContract(t, {
      contract: 'oauth-v1',
      coerced: {
        'POST /api/v1/users/register': NUMBERS_AS_DIGITS,
        'POST /api/v1/users/login': NUMBERS_AS_DIGITS,
        'PUT /api/v1/users/reset': NUMBERS_AS_DIGITS,
      },
      prepare: (op) => {
        switch (op.id) {
          case 'POST /oauth/token':
            return { body: { grant_type: 'password', username: known.phone, password: known.password, refresh_token: undefined, ...client } };
          case 'POST /oauth/revoke':
            return { body: client };
          default:
            return {};
        }
      },
    });
    expect(report.operations.length).toBeGreaterThanOrEqual(8);
    expect(report.problems).toEqual([]);
    await newSession(t, 'oauth-v1');
  }, 300_000);
});

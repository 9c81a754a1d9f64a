import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { GOOD_PASSWORD, registerV2 } from '../support/v2-helpers';

const count = (statuses: number[], status: number) => statuses.filter((value) => value === status).length;

describe('races settle with exactly one winner', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('50 parallel registrations of one username', async () => {
    const username = uniqueName('race');
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => t.http.post('/v2/auth/register').send({ username, password: GOOD_PASSWORD })),
    );
    const statuses = responses.map((response) => response.status);
    expect(count(statuses, 201)).toBe(1);
    expect(count(statuses, 409)).toBe(49);
  });

  it('50 parallel registrations of one phone', async () => {
    const phone = uniquePhone();
    await t.http.post('/v2/verification-codes').send({ channel: 'sms', target: phone, purpose: 'register' }).expect(202);
    const code = t.lastCode(`+86${phone}`);
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => t.http.post('/v2/auth/register').send({ phone, code, password: GOOD_PASSWORD })),
    );
    const statuses = responses.map((response) => response.status);
    expect(count(statuses, 201)).toBe(1);
    expect(statuses.every((status) => [201, 400, 409].includes(status))).toBe(true);
  });

  it('20 parallel uses of one code', async () => {
    const email = `${uniqueName('code')}@example.com`;
    await registerV2(t, { email });
    await t.http.post('/v2/verification-codes').send({ channel: 'email', target: email, purpose: 'login' }).expect(202);
    const code = t.lastCode(email);
    const responses = await Promise.all(Array.from({ length: 20 }, () => t.http.post('/v2/auth/login/code').send({ target: email, code })));
    const statuses = responses.map((response) => response.status);
    expect(count(statuses, 200)).toBe(1);
    expect(count(statuses, 400)).toBe(19);
  });

  it('parallel refreshes of one refresh token', async () => {
    const { refresh_token } = await registerV2(t);
    const responses = await Promise.all(Array.from({ length: 10 }, () => t.http.post('/v2/auth/refresh').send({ refresh_token })));
    const statuses = responses.map((response) => response.status);
    expect(count(statuses, 200)).toBe(1);
    expect(count(statuses, 401)).toBe(9);
  });
});

import { DataSource } from 'typeorm';
import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { bearer, registerV2 } from '../support/v2-helpers';
import { expectVenusError, VENUS_PASSWORD, venusSession } from './venus-helpers';

describe('the venus envelope for every failure under /venus', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers unknown routes, wrong methods and wrong case with 404 10010', async () => {
    expectVenusError(await t.http.get('/venus/nothing/here'), 404, 10010, 'user_not_found');
    expectVenusError(await t.http.get('/venus/auth/user/create'), 404, 10010, 'user_not_found');
    expectVenusError(await t.http.post('/venus/Auth/user/create').send({}), 404, 10010, 'user_not_found');
  });

  it('answers a body that is not valid JSON with 400 10001', async () => {
    const response = await t.http.post('/venus/auth/user/signin_with_name').set('Content-Type', 'application/json').send('{"user_name": "a", ');
    expectVenusError(response, 400, 10001, 'invalid_params');
  });

  it('answers a JSON array body, a nested form field and a too large body with 400 10001', async () => {
    const array = await t.http.post('/venus/auth/user/signin_with_name').send([{ user_name: 'a', password: 'b' }]);
    expectVenusError(array, 400, 10001, 'invalid_params');
    const nested = await t.http.post('/venus/auth/user/signin_with_name').type('form').send('user_name[a]=b&password=Correct-Horse-42');
    expectVenusError(nested, 400, 10001, 'invalid_params');
    const huge = await t.http.post('/venus/auth/user/create').send({ user_name: 'x', password: 'y'.repeat(100 * 1024) });
    expectVenusError(huge, 400, 10001, 'invalid_params');
  });

  it('refuses tokens of other contracts, and venus tokens elsewhere', async () => {
    const v2 = await registerV2(t);
    expectVenusError(await t.http.get('/venus/user/info').set('token', v2.access_token), 401, 11001, 'invalid_token');
    expectVenusError(await t.http.post('/venus/token/refresh').set('token', v2.access_token), 401, 11001, 'invalid_token');
    const { token } = await venusSession(t);
    const onV2 = await t.http.get('/v2/me').set(bearer(token)).expect(401);
    expect(onV2.body.code).toBe('token_invalid');
    expectVenusError(await t.http.get('/venus/user/info').set('Authorization', `Bearer ${token}`), 401, 11001, 'invalid_token');
  });
});

describe('venus rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '2' });
  });
  afterAll(() => t.close());

  it.each([
    ['/venus/auth/user/create', () => ({ user_name: uniqueName(), password: VENUS_PASSWORD })],
    ['/venus/auth/user/signin_with_name', () => ({ user_name: uniqueName('ghost'), password: VENUS_PASSWORD })],
    ['/venus/auth/user/signin_with_phone', () => ({ phone_number: uniquePhone(), password: VENUS_PASSWORD })],
  ])('answers 429 10029 too_many_requests past the limit on %s', async (path, body) => {
    for (let i = 0; i < 2; i++) expect((await t.http.post(path).send(body())).status).not.toBe(429);
    const limited = await t.http.post(path).send(body());
    expectVenusError(limited, 429, 10029, 'too_many_requests');
  });
});

describe('venus internal errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 500 10500 internal_error, with nothing of the failure in the body', async () => {
    const { token } = await venusSession(t);
    await t.app.get(DataSource).query('ALTER TABLE accounts RENAME TO accounts_gone');
    const signIn = await t.http.post('/venus/auth/user/signin_with_name').send({ user_name: uniqueName(), password: VENUS_PASSWORD });
    expectVenusError(signIn, 500, 10500, 'internal_error');
    const info = await t.http.get('/venus/user/info').set('token', token);
    expectVenusError(info, 500, 10500, 'internal_error');
    await t.app.get(DataSource).query('ALTER TABLE accounts_gone RENAME TO accounts');
  });
});

import { createTestApp, TestApp } from './support/test-app';
import { adminToken, failure, tokenHeader } from './users/users-helpers';

/**
 * Issue 21, defect 7: a field that breaks several rules is told by one, the
 * first a client must fix: missing, then of the wrong type, then its length
 * or format; in the words of the contract that answers.
 */
describe('validation messages name the first rule a field broke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('users: a phone sent as a JSON number is "not a string", not "too long"', async () => {
    const response = await t.http.post('/users/register').set('word-info', 'Correct-Horse-42').send({ phone: 13900000002 }).expect(400);
    expect(response.body).toEqual(failure(400, '参数错误：phone必须是字符串'));
  });

  it('users: GET /users/info without id says the id is required, not that it must be a UUID', async () => {
    const admin = await adminToken(t);
    const response = await t.http.get('/users/info').set(tokenHeader(admin)).expect(400);
    expect(response.body).toEqual(failure(400, '参数错误：id不能为空'));
    const malformed = await t.http.get('/users/info').query({ id: '42' }).set(tokenHeader(admin)).expect(400);
    expect(malformed.body).toEqual(failure(400, '参数错误：id必须是 UUID'));
  });

  it('v2: a login without identifier lists the one missing rule per field, not maxLength', async () => {
    const response = await t.http.post('/v2/auth/login').send({ password: 'correct horse battery staple' }).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toEqual({
      type: 'urn:accounts:problem:validation_failed',
      title: 'The request is not valid',
      status: 400,
      detail: 'identifier: isNotEmpty',
      code: 'validation_failed',
      errors: { identifier: ['isNotEmpty'] },
    });
  });

  it('v2: a value of the wrong type is told by its type, before its length', async () => {
    const response = await t.http.post('/v2/auth/login').send({ identifier: 13900000002, password: 'x'.repeat(2000) }).expect(400);
    expect(response.body).toMatchObject({ detail: 'identifier: isString', errors: { identifier: ['isString'], password: ['maxLength'] } });
  });
});

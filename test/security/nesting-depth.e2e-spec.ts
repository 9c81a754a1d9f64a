import { Logger } from '@nestjs/common';
import { answerOf, envelopeProblem, surfaceOf } from '../support/envelopes';
import { createTestApp, TestApp, uniqueName } from '../support/test-app';
import { GOOD_PASSWORD } from '../support/v2-helpers';

/** 10,000 levels in about 20 kB (JSON) or 30 kB (form): well inside BODY_LIMIT. */
const LEVELS = 10_000;
const deepJsonArray = `{"a":${'['.repeat(LEVELS)}${']'.repeat(LEVELS)}}`;
const deepJsonObject = `${'{"a":'.repeat(LEVELS)}1${'}'.repeat(LEVELS)}`;
const deepForm = `a${'[b]'.repeat(LEVELS)}=1`;

/** `levels` objects inside one another, as an unknown field's value (JSON) or as a body's key (form: `x[y]=1` is two). */
const nestedJson = (levels: number) => `${'{"x":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`;
const nestedFormKey = (levels: number) => `x${'[y]'.repeat(levels - 1)}`;

/** One operation per contract, with the exact failure it answers for a body it cannot take. */
const CONTRACTS: { path: string; status: number; body: Record<string, unknown> }[] = [
  { path: '/v2/auth/register', status: 400, body: { code: 'malformed_request', status: 400 } },
  { path: '/venus/auth/user/create', status: 400, body: { errorCode: 10001, errorMessage: 'invalid_params' } },
  { path: '/users/register', status: 400, body: { code: 400, message: '请求格式错误', data: null, total: 0 } },
  { path: '/api/user/login', status: 200, body: { code: 'General.ParameterInvalid', data: {}, msg: '参数校验失败' } },
  { path: '/api/v1/users/register', status: 200, body: { result: 0, error: '请求格式错误' } },
  { path: '/oauth/token', status: 400, body: { error: 'invalid_request' } },
  { path: '/api/vcode/send', status: 200, body: { code: '1', message: '请求参数格式错误' } },
  { path: '/api/user/logIn', status: 200, body: { code: '1', message: '请求参数格式错误' } },
];

/**
 * Bodies nested deeper than MAX_BODY_DEPTH (32) are refused by the body parser,
 * before Nest's ValidationPipe and class-transformer walk them by recursion
 * (which overflowed the stack: a 500 and a logged stack on every contract).
 */
describe('deeply nested bodies', () => {
  let t: TestApp;
  let loggedErrors: jest.SpyInstance;
  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(() => {
    loggedErrors = jest.spyOn(Logger.prototype, 'error');
  });
  afterEach(() => {
    const calls = loggedErrors.mock.calls.length;
    loggedErrors.mockRestore();
    // An internal error is the only failure the exception filter logs (with its stack).
    expect(calls).toBe(0);
  });
  afterAll(() => t.close());

  const bodies: [string, string, string][] = [
    ['JSON arrays', 'application/json', deepJsonArray],
    ['JSON objects', 'application/json', deepJsonObject],
    ['form keys', 'application/x-www-form-urlencoded', deepForm],
  ];
  for (const { path, status, body } of CONTRACTS) {
    it(`${path} answers ${LEVELS.toLocaleString('en')} levels in its own envelope`, async () => {
      for (const [kind, contentType, text] of bodies) {
        const response = await t.http.post(path).set('Content-Type', contentType).send(text);
        const what = `${path}, ${kind}: HTTP ${response.status} ${response.text.slice(0, 200)}`;
        expect({ what, status: response.status }).toEqual({ what, status });
        expect(response.body).toMatchObject(body);
        expect(envelopeProblem(surfaceOf(path), answerOf(response))).toBeNull();
      }
    });
  }

  it('takes 32 levels (JSON and form) and refuses 33', async () => {
    const register = () => t.http.post('/v2/auth/register');
    const json = (levels: number) => `{"username":"${uniqueName('deep')}","password":"${GOOD_PASSWORD}","extra":${nestedJson(levels - 1)}}`;
    await register().set('Content-Type', 'application/json').send(json(32)).expect(201);
    expect((await register().set('Content-Type', 'application/json').send(json(33)).expect(400)).body.code).toBe('malformed_request');
    const form = (levels: number) => `username=${uniqueName('deep')}&password=${encodeURIComponent(GOOD_PASSWORD)}&${nestedFormKey(levels)}=1`;
    await register().type('form').send(form(32)).expect(201);
    expect((await register().type('form').send(form(33)).expect(400)).body.code).toBe('malformed_request');
  });

  it('counts no bracket inside a string, escaped quotes included', async () => {
    const username = uniqueName('brackets');
    const password = `${'"[{'.repeat(20)}${GOOD_PASSWORD}`;
    await t.http.post('/v2/auth/register').send({ username, password }).expect(201);
    await t.http.post('/v2/auth/login').send({ identifier: username, password }).expect(200);
  });
});

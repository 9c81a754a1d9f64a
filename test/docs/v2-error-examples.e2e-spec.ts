import { Response } from 'supertest';
import { createTestApp, TestApp } from '../support/test-app';
import { registerV2 } from '../support/v2-helpers';

interface Operation {
  responses: Record<string, { content?: Record<string, { examples?: Record<string, { value: unknown }> }> }>;
}

/**
 * The v2 error examples of /docs are what the service answers: each case makes
 * the request a developer would, and compares status and body with the example.
 */
describe('v2 error examples in /docs', () => {
  let t: TestApp;
  let paths: Record<string, Record<string, Operation>>;
  let bearer: { Authorization: string };
  beforeAll(async () => {
    t = await createTestApp();
    paths = (await t.http.get('/docs-json').expect(200)).body.paths;
    bearer = { Authorization: `Bearer ${(await registerV2(t)).access_token}` };
  });
  afterAll(() => t.close());

  const example = (method: string, path: string, status: string, key: string) =>
    paths[path]?.[method]?.responses[status]?.content?.['application/problem+json']?.examples?.[key]?.value;

  const cases: [string, string, string, string, () => Promise<Response>][] = [
    ['post', '/v2/auth/register', '400', 'validation_failed', () => t.http.post('/v2/auth/register').send({ password: 'Some long passphrase' })],
    ['post', '/v2/auth/register', '400', 'weak_password', () => t.http.post('/v2/auth/register').send({ username: 'shorty1', password: 'short' })],
    ['post', '/v2/auth/login', '400', 'validation_failed', () => t.http.post('/v2/auth/login').send({ identifier: '', password: 'x' })],
    ['post', '/v2/auth/login', '401', 'invalid_credentials', () => t.http.post('/v2/auth/login').send({ identifier: 'ghost', password: 'x' })],
    ['post', '/v2/auth/login/code', '400', 'validation_failed', () => t.http.post('/v2/auth/login/code').send({ target: 'a@b.c', code: '12' })],
    ['post', '/v2/auth/refresh', '400', 'validation_failed', () => t.http.post('/v2/auth/refresh').send({ refresh_token: '' })],
    ['post', '/v2/auth/refresh', '401', 'token_invalid', () => t.http.post('/v2/auth/refresh').send({ refresh_token: 'nope' })],
    ['post', '/v2/verification-codes', '400', 'validation_failed', () =>
      t.http.post('/v2/verification-codes').send({ channel: 'email', target: 'a@b.c', purpose: 'x' })],
    ['post', '/v2/auth/password-reset', '400', 'validation_failed', () =>
      t.http.post('/v2/auth/password-reset').send({ target: 'a@b.c', code: '123456', new_password: '' })],
    ['get', '/v2/me', '401', 'token_missing', () => t.http.get('/v2/me')],
    ['get', '/v2/me', '401', 'token_invalid', () => t.http.get('/v2/me').set({ Authorization: 'Bearer not.a.token' })],
    ['patch', '/v2/me', '400', 'validation_failed', () => t.http.patch('/v2/me').set(bearer).send({ nickname: 'x'.repeat(256) })],
    ['put', '/v2/me/email', '400', 'validation_failed', () => t.http.put('/v2/me/email').set(bearer).send({ email: 'q@q.q', code: '12' })],
    ['put', '/v2/me/avatar', '400', 'validation_failed', () => t.http.put('/v2/me/avatar').set(bearer)],
    ['put', '/v2/me/avatar', '415', 'file_type_not_allowed', () =>
      t.http.put('/v2/me/avatar').set(bearer).attach('file', Buffer.from('hello'), 'a.png')],
    ['delete', '/v2/me/sessions/{id}', '400', 'malformed_request', () => t.http.delete('/v2/me/sessions/nope').set(bearer)],
    ['delete', '/v2/me/sessions/{id}', '404', 'not_found', () =>
      t.http.delete('/v2/me/sessions/00000000-0000-4000-8000-000000000000').set(bearer)],
    ['get', '/v2/users', '403', 'forbidden', () => t.http.get('/v2/users').set(bearer)],
    ['post', '/v2/oauth/clients', '403', 'forbidden', () => t.http.post('/v2/oauth/clients').set(bearer).send({ name: 'x' })],
  ];

  it.each(cases)('%s %s: the %s %s example is the real answer', async (method, path, status, key, call) => {
    const documented = example(method, path, status, key);
    expect(documented).toBeDefined();
    const response = await call();
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect({ status: String(response.status), body: response.body as unknown }).toEqual({ status, body: documented });
  });
});

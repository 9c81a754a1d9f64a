import { createLocalJWKSet, jwtVerify } from 'jose';
import { createTestApp, TestApp, uniqueName } from './support/test-app';
import { bearer, GOOD_PASSWORD, registerV2 } from './support/v2-helpers';

describe('platform: health, docs, keys, limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES: '3', LOCKOUT_MAX_SECONDS: '900' });
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('reports health with the database state', async () => {
    const health = await t.http.get('/health').expect(200);
    expect(health.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('serves Swagger UI and an OpenAPI document listing every v2 operation', async () => {
    const page = await t.http.get('/docs').redirects(1).expect(200);
    expect(page.text).toContain('swagger-ui');
    const doc = await t.http.get('/docs-json').expect(200);
    const operations = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    for (const operation of [
      'POST /v2/auth/register',
      'POST /v2/auth/login',
      'POST /v2/auth/login/code',
      'POST /v2/auth/refresh',
      'POST /v2/auth/logout',
      'POST /v2/verification-codes',
      'POST /v2/auth/password-reset',
      'GET /v2/me',
      'PATCH /v2/me',
      'DELETE /v2/me',
      'POST /v2/me/password',
      'PUT /v2/me/email',
      'PUT /v2/me/phone',
      'PUT /v2/me/avatar',
      'GET /v2/me/sessions',
      'DELETE /v2/me/sessions/{id}',
      'GET /v2/users',
      'GET /v2/users/{id}',
      'PATCH /v2/users/{id}',
      'GET /.well-known/jwks.json',
    ]) {
      expect(operations).toContain(operation);
    }
    const register = doc.body.paths['/v2/auth/register'].post;
    expect(register.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/RegisterDto');
    expect(doc.body.components.schemas.RegisterDto.properties.password).toMatchObject({ type: 'string' });
    expect(register.responses['201'].content['application/json'].schema.$ref).toBe('#/components/schemas/TokensDto');
  });

  it('publishes the keys that verify its access tokens', async () => {
    const { access_token, user } = await registerV2(t);
    const jwks = await t.http.get('/.well-known/jwks.json').expect(200);
    const { payload, protectedHeader } = await jwtVerify(access_token, createLocalJWKSet(jwks.body), { audience: 'v2' });
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', kid: jwks.body.keys[0].kid });
    expect(payload).toMatchObject({ sub: String(user.id), iss: 'http://accounts.test' });
  });

  it('locks password sign-in after repeated failures, doubling, and reopens after a success', async () => {
    const username = uniqueName('target');
    await registerV2(t, { username });
    const attempt = (password: string) => t.http.post('/v2/auth/login').set('X-Forwarded-For', '10.0.0.1').send({ identifier: username, password });
    for (let i = 0; i < 3; i++) await attempt('wrong-password-x').expect(401);
    const locked = await attempt(GOOD_PASSWORD).expect(423);
    expect(locked.body.code).toBe('account_locked');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(55);
    t.clock.advance(61);
    await attempt('wrong-password-x').expect(401);
    const doubled = await attempt(GOOD_PASSWORD).expect(423);
    expect(Number(doubled.headers['retry-after'])).toBeGreaterThan(115);
    t.clock.advance(121);
    await attempt(GOOD_PASSWORD).expect(200);
    await attempt('wrong-password-x').expect(401);
    await attempt(GOOD_PASSWORD).expect(200);
  });

  it('leaves code sign-in open while password sign-in is locked', async () => {
    const email = `${uniqueName('locked')}@example.com`;
    await registerV2(t, { email });
    for (let i = 0; i < 3; i++) await t.http.post('/v2/auth/login').send({ identifier: email, password: 'wrong-password-x' }).expect(401);
    await t.http.post('/v2/auth/login').send({ identifier: email, password: GOOD_PASSWORD }).expect(423);
    await t.http.post('/v2/verification-codes').send({ channel: 'email', target: email, purpose: 'login' }).expect(202);
    const signedIn = await t.http.post('/v2/auth/login/code').send({ target: email, code: t.lastCode(email) }).expect(200);
    expect(signedIn.body.user.email).toBe(email);
  });

  it('limits sign-in requests per IP and minute', async () => {
    const limited = await createTestApp({ RATE_LIMIT_PER_MINUTE: '5' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        const response = await limited.http.post('/v2/auth/login').send({ identifier: uniqueName('x'), password: 'whatever-else' });
        statuses.push(response.status);
        if (response.status === 429) expect(response.body).toMatchObject({ code: 'rate_limited', status: 429 });
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('answers unknown routes and bad bodies in the v2 envelope', async () => {
    const unknown = await t.http.get('/v2/nothing-here').expect(404);
    expect(unknown.headers['content-type']).toMatch(/problem\+json/);
    expect(unknown.body).toMatchObject({ status: 404, code: 'route_not_found' });
    const badJson = await t.http.post('/v2/auth/register').set('Content-Type', 'application/json').send('{"username":').expect(400);
    expect(badJson.body.code).toBe('malformed_request');
    const array = await t.http.post('/v2/auth/register').send([1, 2]).expect(400);
    expect(array.body.code).toBe('validation_failed');
    const huge = await t.http.post('/v2/auth/register').send({ username: 'x'.repeat(200_000), password: GOOD_PASSWORD }).expect(413);
    expect(huge.body.code).toBe('payload_too_large');
    const { access_token } = await registerV2(t);
    await t.http.get('/v2/me').set(bearer(access_token)).expect(200);
  });
});

import { gzipSync } from 'node:zlib';
import { createTestApp, TestApp, uniqueName } from './support/test-app';
import { GOOD_PASSWORD } from './support/v2-helpers';

/**
 * Bodies and URLs are answered as the legacy clients were answered before the
 * HTTP layer moved to Fastify: the same parsing rules, every failure in the
 * envelope of the URL's contract.
 */
describe('HTTP bodies and URLs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const register = () => t.http.post('/v2/auth/register');
  const signIn = (username: string) => t.http.post('/v2/auth/login').send({ identifier: username, password: GOOD_PASSWORD });

  it('reads an empty JSON body as {} (a validation failure, not a malformed body)', async () => {
    const response = await register().set('Content-Type', 'application/json').send('').expect(400);
    expect(response.body.code).toBe('validation_failed');
  });

  it('refuses JSON that is not an object or an array, and JSON that is not UTF-8', async () => {
    const scalar = await register().set('Content-Type', 'application/json').send('12345').expect(400);
    expect(scalar.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(scalar.body.code).toBe('malformed_request');
    const latin1 = await register().set('Content-Type', 'application/json; charset=iso-8859-1').send('{"username":"x"}').expect(400);
    expect(latin1.body.code).toBe('malformed_request');
  });

  it('inflates a gzip body', async () => {
    const username = uniqueName('gzip');
    await register()
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      // The bytes as they are: superagent would serialize a Buffer as JSON.
      .serialize((bytes: Buffer) => bytes as unknown as string)
      .send(gzipSync(JSON.stringify({ username, password: GOOD_PASSWORD })))
      .expect(201);
    await signIn(username).expect(200);
  });

  it('takes form bodies, up to 100 fields', async () => {
    const username = uniqueName('form');
    await register().type('form').send(`username=${username}&password=${encodeURIComponent(GOOD_PASSWORD)}`).expect(201);
    await signIn(username).expect(200);
    const many = Array.from({ length: 150 }, (_, i) => `f${i}=1`).join('&');
    const tooMany = await register().type('form').send(many).expect(413);
    expect(tooMany.body.code).toBe('payload_too_large');
  });

  it('ignores a body of an unknown type (the fields are missing, not the type refused)', async () => {
    const response = await register().set('Content-Type', 'text/plain').send('username=x').expect(400);
    expect(response.body.code).toBe('validation_failed');
  });

  it('drops __proto__ keys instead of merging them anywhere', async () => {
    const username = uniqueName('proto');
    await register()
      .set('Content-Type', 'application/json')
      .send(`{"__proto__":{"polluted":true},"username":"${username}","password":"${GOOD_PASSWORD}"}`)
      .expect(201);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    await signIn(username).expect(200);
  });

  it('answers a URL it cannot decode in the envelope of its path, with the security headers', async () => {
    const v2 = await t.http.get('/v2/users/%E0%A4%A').expect(400);
    expect(v2.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(v2.body.code).toBe('malformed_request');
    expect(v2.headers['x-content-type-options']).toBe('nosniff');
    const users = await t.http.get('/users/%E0%A4%A').expect(400);
    expect(users.body).toEqual({ code: 400, message: '请求格式错误', data: null, total: 0 });
  });

  it('never reads the body of a GET', async () => {
    await t.http.get('/users/public-key').set('Content-Type', 'application/json').send('{"broken": ').expect(200);
  });
});

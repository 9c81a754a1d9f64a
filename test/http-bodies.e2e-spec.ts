import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
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

  it('reads an empty JSON body as {} (a validation failure, not a malformed body), but not one of blanks', async () => {
    const response = await register().set('Content-Type', 'application/json').send('').expect(400);
    expect(response.body.code).toBe('validation_failed');
    const blanks = await register().set('Content-Type', 'application/json').send(' \n ').expect(400);
    expect(blanks.body).toMatchObject({ code: 'malformed_request', detail: 'the request is malformed' });
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

  it('answers a gzip body that inflates past the body limit as too large', async () => {
    const response = await register()
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .serialize((bytes: Buffer) => bytes as unknown as string)
      .send(gzipSync(JSON.stringify({ username: 'x'.repeat(300 * 1024) })))
      .expect(413);
    expect(response.body.code).toBe('payload_too_large');
  });

  it('reads a form body in ISO-8859-1 by its charset', async () => {
    // `%E9` is é in ISO-8859-1 (in UTF-8 it would be a broken byte): the username is taken as sent.
    const username = `${uniqueName('latin')}caf%E9`;
    await register().set('Content-Type', 'application/x-www-form-urlencoded; charset=iso-8859-1')
      .send(`username=${username}&password=${encodeURIComponent(GOOD_PASSWORD)}`).expect(201);
    await signIn(username.replace('%E9', 'é')).expect(200);
  });

  it('takes form bodies, up to 100 fields', async () => {
    const username = uniqueName('form');
    await register().type('form').send(`username=${username}&password=${encodeURIComponent(GOOD_PASSWORD)}`).expect(201);
    await signIn(username).expect(200);
    const many = Array.from({ length: 150 }, (_, i) => `f${i}=1`).join('&');
    const tooMany = await register().type('form').send(many).expect(413);
    expect(tooMany.body.code).toBe('payload_too_large');
  });

  it('ignores a body of an unknown type, whatever its size (the fields are missing, not the type refused)', async () => {
    const response = await register().set('Content-Type', 'text/plain').send('username=x').expect(400);
    expect(response.body.code).toBe('validation_failed');
    const large = await register().set('Content-Type', 'text/plain').send('x'.repeat(200 * 1024)).expect(400);
    expect(large.body.code).toBe('validation_failed');
  });

  it('reads a refused upload to its end, so its connection serves the next request', async () => {
    const { access_token } = (await register().send({ username: uniqueName('upload'), password: GOOD_PASSWORD }).expect(201)).body;
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    // One kept-alive connection for both requests.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const boundary = 'refusedupload';
    const part = (name: string, bytes: Buffer) =>
      Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`), bytes, Buffer.from('\r\n')]);
    const body = Buffer.concat([part('image', Buffer.alloc(12 * 1024 * 1024)), part('file', Buffer.alloc(1024)), Buffer.from(`--${boundary}--\r\n`)]);
    const send = (method: string, path: string, headers: Record<string, string | number>, payload?: Buffer) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const outgoing = httpRequest({ host: '127.0.0.1', port, method, path, agent, headers, timeout: 10_000 }, (incoming) => {
          let text = '';
          incoming.on('data', (chunk: Buffer) => (text += chunk.toString()));
          incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, text }));
        });
        outgoing.on('timeout', () => outgoing.destroy(new Error(`${method} ${path}: no answer within 10 s`)));
        outgoing.on('error', reject);
        outgoing.end(payload);
      });
    try {
      const refused = await send('PUT', '/v2/me/avatar', {
        authorization: `Bearer ${access_token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': body.length,
      }, body);
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.text).code).toBe('malformed_request');
      expect((await send('GET', '/health', {})).status).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it('drops __proto__ and constructor.prototype keys instead of merging them anywhere', async () => {
    for (const poison of ['"__proto__":{"polluted":true}', '"constructor":{"prototype":{"polluted":true}}']) {
      const username = uniqueName('proto');
      await register()
        .set('Content-Type', 'application/json')
        .send(`{${poison},"username":"${username}","password":"${GOOD_PASSWORD}"}`)
        .expect(201);
      expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
      await signIn(username).expect(200);
    }
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

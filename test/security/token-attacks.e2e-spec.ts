import { createHmac, createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { createTestApp, TestApp } from '../support/test-app';
import { bearer, registerV2, V2Session } from '../support/v2-helpers';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
const header = (token: string) => JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()) as Record<string, unknown>;

describe('token attacks are refused', () => {
  let t: TestApp;
  let session: V2Session;
  let signingKey: ReturnType<typeof createPrivateKey>;

  beforeAll(async () => {
    t = await createTestApp();
    session = await registerV2(t);
    signingKey = createPrivateKey(readFileSync(join(t.dataDir, 'keys', 'jwt-signing.pem'), 'utf8'));
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  /** A token signed with the service's own key: only the claims are wrong. */
  const signed = (payload: Record<string, unknown>, kid = header(session.access_token).kid as string) =>
    new SignJWT(payload).setProtectedHeader({ alg: 'EdDSA', kid, typ: 'JWT' }).sign(signingKey);

  const refused = async (token: string, code = 'token_invalid') => {
    const response = await t.http.get('/v2/me').set(bearer(token)).expect(401);
    expect(response.body.code).toBe(code);
  };

  it('accepts the genuine token (control)', async () => {
    await t.http.get('/v2/me').set(bearer(session.access_token)).expect(200);
  });

  it('refuses alg none', async () => {
    await refused(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims(session.access_token))}.`);
  });

  it('refuses HS256 signed with the public key as the secret', async () => {
    const publicPem = createPublicKey(signingKey).export({ type: 'spki', format: 'pem' }).toString();
    const head = b64({ alg: 'HS256', typ: 'JWT', kid: header(session.access_token).kid });
    const body = b64(claims(session.access_token));
    const mac = createHmac('sha256', publicPem).update(`${head}.${body}`).digest('base64url');
    await refused(`${head}.${body}.${mac}`);
  });

  it('refuses an unknown kid', async () => {
    await refused(await signed(claims(session.access_token), 'another-key'));
  });

  it('refuses a tampered payload', async () => {
    const [head, , signature] = session.access_token.split('.');
    const original = claims(session.access_token);
    await refused(`${head}.${b64({ ...original, exp: (original.exp as number) + 86400 })}.${signature}`);
  });

  it('refuses an expired token', async () => {
    t.clock.advance(16 * 60);
    await refused(session.access_token, 'token_expired');
  });

  it('refuses a token not yet valid', async () => {
    const now = Math.floor(Date.now() / 1000);
    await refused(await signed({ ...claims(session.access_token), nbf: now + 3600 }));
  });

  it('refuses a token of another API', async () => {
    for (const aud of ['venus', 'infinite', 'oauth', 'storage', 'gitea']) {
      await refused(await signed({ ...claims(session.access_token), aud }));
    }
  });

  it('refuses a token naming another account than its session', async () => {
    const other = await registerV2(t);
    await refused(await signed({ ...claims(session.access_token), sub: String(other.user.id) }));
  });

  it('refuses a token of an ended session, and a rotated refresh token', async () => {
    const victim = await registerV2(t);
    const rotated = await t.http.post('/v2/auth/refresh').send({ refresh_token: victim.refresh_token }).expect(200);
    await t.http.post('/v2/auth/refresh').send({ refresh_token: victim.refresh_token }).expect(401);
    await refused(rotated.body.access_token as string);
    const other = await registerV2(t);
    await t.http.post('/v2/auth/logout').set(bearer(other.access_token)).expect(204);
    await refused(other.access_token);
  });
});

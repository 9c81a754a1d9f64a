import { createLocalJWKSet, jwtVerify } from 'jose';
import { createTestApp, TestApp } from '../support/test-app';
import { registerV2 } from '../support/v2-helpers';
import { call, INFINITE_PASSWORD, loginInfinite, OTHER_PASSWORD, registerInfinite } from './infinite-helpers';

const HOUR = 3600;
const DAY = 24 * HOUR;
const INACTIVE = { active: false };

type Login = Record<string, unknown> & { accessToken: string; storageToken: string; giteaToken: string; userId: string };

/**
 * infinite's storageToken and giteaToken (a JWT without Gitea configured) name
 * their session, live exactly as long, and end with it; POST
 * /v2/token-introspection (RFC 7662) tells their holder whether they are live.
 */
describe('infinite side tokens: lifetime of their session, introspection at /v2/token-introspection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  const introspect = async (token: string) => (await t.http.post('/v2/token-introspection').type('form').send({ token }).expect(200)).body as Record<string, unknown>;

  async function signIn(username: string, password = INFINITE_PASSWORD, fields: Record<string, unknown> = {}): Promise<Login> {
    return (await loginInfinite(t, { username, password, ...fields })) as Login;
  }

  it('describes a live side token: audience, account, issuer, and exp - iat = the session lifetime (2 h; 7 days with keepLogin)', async () => {
    const { username } = await registerInfinite(t);
    const jwks = createLocalJWKSet((await t.http.get('/.well-known/jwks.json').expect(200)).body);
    for (const [fields, lifetime] of [[{}, 2 * HOUR], [{ enableKeepLogin: true }, 7 * DAY]] as const) {
      const login = await signIn(username, INFINITE_PASSWORD, fields);
      const access = await jwtVerify(login.accessToken, jwks, { audience: 'infinite', currentDate: t.clock.now() });
      for (const [token, aud] of [[login.storageToken, 'storage'], [login.giteaToken, 'gitea']] as const) {
        const answer = await introspect(token);
        expect(answer).toEqual({ active: true, aud, sub: login.userId, iss: 'http://accounts.test', iat: expect.any(Number), exp: expect.any(Number), token_type: 'Bearer' });
        expect((answer.exp as number) - (answer.iat as number)).toBe(lifetime);
        // Still verifiable offline with the JWKS, and expiring with the session's access token.
        const { payload } = await jwtVerify(token, jwks, { audience: aud, currentDate: t.clock.now() });
        expect(payload).toMatchObject({ sub: login.userId, sid: access.payload.sid, iat: answer.iat, exp: answer.exp });
        expect(payload.exp).toBe(access.payload.exp);
      }
    }
  });

  it('answers active:false for the earlier session\'s side tokens after a password change (modifyUserPassword)', async () => {
    const { username } = await registerInfinite(t);
    const earlier = await signIn(username);
    const changer = await signIn(username);
    expect((await introspect(earlier.storageToken)).active).toBe(true);
    const changed = await call(t, 'modifyUserPassword', { oriPassword: INFINITE_PASSWORD, password: OTHER_PASSWORD }, changer.accessToken).expect(200);
    expect(changed.body.code).toBe('General.Success');
    expect(await introspect(earlier.storageToken)).toEqual(INACTIVE);
    expect(await introspect(earlier.giteaToken)).toEqual(INACTIVE);
    // The signature alone still verifies: only introspection sees that the session ended.
    const jwks = createLocalJWKSet((await t.http.get('/.well-known/jwks.json').expect(200)).body);
    await jwtVerify(earlier.storageToken, jwks, { audience: 'storage', currentDate: t.clock.now() });
  });

  it('answers active:false after logout and after account deletion', async () => {
    const { username } = await registerInfinite(t);
    const loggedOut = await signIn(username);
    const kept = await signIn(username);
    await call(t, 'logout', {}, loggedOut.accessToken).expect(200);
    expect(await introspect(loggedOut.storageToken)).toEqual(INACTIVE);
    expect((await introspect(kept.storageToken)).active).toBe(true);

    const deleted = await call(t, 'deleteUser', { password: INFINITE_PASSWORD }, kept.accessToken).expect(200);
    expect(deleted.body.code).toBe('General.Success');
    expect(await introspect(kept.storageToken)).toEqual(INACTIVE);
  });

  it('answers active:false for an expired, a forged or a foreign token', async () => {
    const { username } = await registerInfinite(t);
    const login = await signIn(username);
    const [header, payload, signature] = login.storageToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const longer = Buffer.from(JSON.stringify({ ...claims, exp: (claims.exp as number) + 30 * DAY })).toString('base64url');
    const v2 = await registerV2(t);
    for (const token of [
      `${header}.${longer}.${signature}`,
      `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`,
      login.accessToken,
      v2.access_token,
      'not-a-token',
    ]) {
      expect(await introspect(token)).toEqual(INACTIVE);
    }
    expect((await introspect(login.storageToken)).active).toBe(true);
    t.clock.advance(2 * HOUR + 1);
    expect(await introspect(login.storageToken)).toEqual(INACTIVE);
    expect(await introspect(login.giteaToken)).toEqual(INACTIVE);
  });

  it('takes JSON too, is never cached, and answers a missing token in the v2 envelope', async () => {
    const { username } = await registerInfinite(t);
    const login = await signIn(username);
    const live = await t.http.post('/v2/token-introspection').send({ token: login.storageToken, token_type_hint: 'access_token' }).expect(200);
    expect(live.body.active).toBe(true);
    expect(live.headers['cache-control']).toBe('no-store');
    const missing = await t.http.post('/v2/token-introspection').send({}).expect(400);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(missing.body).toMatchObject({ status: 400, code: 'validation_failed' });
  });
});

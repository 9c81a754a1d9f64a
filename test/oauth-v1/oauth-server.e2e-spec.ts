import { createTestApp, TestApp, uniquePhone } from '../support/test-app';
import { GOOD_PASSWORD, registerV2 } from '../support/v2-helpers';
import {
  basicAuth,
  bearer,
  createOAuthClient,
  jwtClaims,
  OAuthTestClient,
  OAuthTokens,
  passwordGrant,
  registerPhone,
  requestCode,
} from './oauth-v1-helpers';

const INVALID_CLIENT = {
  error: 'invalid_client',
  error_description: 'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
};
const INVALID_GRANT = {
  error: 'invalid_grant',
  error_description:
    'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
};
const INVALID_TOKEN = { error: 'invalid_token', error_description: 'The access token is invalid' };
const THIRTY_DAYS = 30 * 24 * 3600;

describe('oauth-v1 OAuth2 server: /oauth/token, /oauth/revoke, /oauth/token/info', () => {
  let t: TestApp;
  let client: OAuthTestClient;
  let other: OAuthTestClient;
  beforeAll(async () => {
    t = await createTestApp();
    client = await createOAuthClient(t, 'first app');
    other = await createOAuthClient(t, 'second app');
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  const token = (fields: Record<string, string>) => t.http.post('/oauth/token').type('form').send(fields);
  const withClient = (fields: Record<string, string>, c: OAuthTestClient = client) =>
    token({ ...fields, client_id: c.clientId, client_secret: c.clientSecret });

  async function v2Account(): Promise<string> {
    return (await registerV2(t)).user.username!;
  }

  describe('client authentication', () => {
    it('accepts HTTP Basic as well as the body', async () => {
      const username = await v2Account();
      const response = await t.http
        .post('/oauth/token')
        .set(basicAuth(client))
        .type('form')
        .send({ grant_type: 'password', username, password: GOOD_PASSWORD })
        .expect(200);
      expect(jwtClaims(response.body.access_token).client_id).toBe(client.clientId);
    });

    it('answers 401 invalid_client for an unknown client, a wrong secret or no credentials', async () => {
      const username = await v2Account();
      const grant = { grant_type: 'password', username, password: GOOD_PASSWORD };
      const attempts = [
        token({ ...grant, client_id: 'no-such-client', client_secret: client.clientSecret }),
        token({ ...grant, client_id: client.clientId, client_secret: other.clientSecret }),
        token(grant),
      ];
      for (const attempt of attempts) {
        const response = await attempt.expect(401);
        expect(response.body).toEqual(INVALID_CLIENT);
        expect(response.headers['www-authenticate']).toMatch(/^Bearer realm="oauth", error="invalid_client"/);
        expect(response.headers['cache-control']).toBe('no-store');
      }
      const basic = await t.http
        .post('/oauth/token')
        .set(basicAuth({ clientId: client.clientId, clientSecret: 'wrong' }))
        .type('form')
        .send(grant)
        .expect(401);
      expect(basic.body).toEqual(INVALID_CLIENT);
      expect(basic.headers['www-authenticate']).toBe('Basic realm="oauth"');
    });
  });

  describe('password grant', () => {
    it('answers invalid_grant alike for a wrong password and an unknown user', async () => {
      const username = await v2Account();
      const wrong = await withClient({ grant_type: 'password', username, password: 'not-the-password' }).expect(400);
      const unknown = await withClient({ grant_type: 'password', username: 'nobody-here', password: 'not-the-password' }).expect(400);
      expect(wrong.body).toEqual(INVALID_GRANT);
      expect(unknown.body).toEqual(INVALID_GRANT);
    });

    it('takes an oauth_login_code once, only for its own account, and not after ten minutes', async () => {
      const phone = uniquePhone();
      const ticket = await registerPhone(t, phone);
      const otherPhone = uniquePhone();
      await registerPhone(t, otherPhone);
      const foreign = await withClient({ grant_type: 'password', username: otherPhone, password: ticket }).expect(400);
      expect(foreign.body).toEqual(INVALID_GRANT);
      await passwordGrant(t, client, phone, ticket);
      const reused = await withClient({ grant_type: 'password', username: phone, password: ticket }).expect(400);
      expect(reused.body).toEqual(INVALID_GRANT);

      t.clock.advance(61);
      const loginCode = await requestCode(t, phone, 2);
      const login = await t.http.post('/api/v1/users/login').send({ phone, validation_code: loginCode }).expect(200);
      t.clock.advance(601);
      const late = await withClient({ grant_type: 'password', username: phone, password: login.body.oauth_login_code }).expect(400);
      expect(late.body).toEqual(INVALID_GRANT);
    });

    it('locks password sign-in after ten failures, and still takes a login code (a code sign-in is not locked)', async () => {
      const phone = uniquePhone();
      const ticket = await registerPhone(t, phone);
      for (let i = 0; i < 10; i++) await withClient({ grant_type: 'password', username: phone, password: 'wrong-password' }).expect(400);
      const locked = await withClient({ grant_type: 'password', username: phone, password: 'wrong-password' }).expect(400);
      expect(locked.body).toEqual({ error: 'invalid_grant', error_description: expect.stringMatching(/^Too many failed sign-ins; try again in \d+ seconds\.$/) });
      await passwordGrant(t, client, phone, ticket);
    });

    it('answers invalid_request for missing parameters and unsupported_grant_type for other grants', async () => {
      const noGrant = await withClient({ username: 'x', password: 'y' }).expect(400);
      expect(noGrant.body).toEqual({ error: 'invalid_request', error_description: 'Missing required parameter: grant_type.' });
      const noPassword = await withClient({ grant_type: 'password', username: 'x' }).expect(400);
      expect(noPassword.body).toEqual({ error: 'invalid_request', error_description: 'Missing required parameter: password.' });
      const noRefresh = await withClient({ grant_type: 'refresh_token' }).expect(400);
      expect(noRefresh.body).toEqual({ error: 'invalid_request', error_description: 'Missing required parameter: refresh_token.' });
      for (const grant of ['authorization_code', 'client_credentials', 'implicit']) {
        const response = await withClient({ grant_type: grant, code: 'abc' }).expect(400);
        expect(response.body).toEqual({
          error: 'unsupported_grant_type',
          error_description: 'The authorization grant type is not supported by the authorization server.',
        });
      }
      const badJson = await t.http.post('/oauth/token').set('Content-Type', 'application/json').send('{"grant_type":').expect(400);
      expect(badJson.body.error).toBe('invalid_request');
    });
  });

  describe('refresh grant', () => {
    let tokens: OAuthTokens;
    beforeEach(async () => {
      tokens = await passwordGrant(t, client, await v2Account(), GOOD_PASSWORD);
    });

    it('rotates: a new pair works, the used refresh token ends the session when it comes back', async () => {
      const refreshed = await withClient({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token }).expect(200);
      expect(Object.keys(refreshed.body).sort()).toEqual(['access_token', 'created_at', 'expires_in', 'refresh_token', 'token_type']);
      expect(refreshed.body).toMatchObject({ token_type: 'Bearer', expires_in: 86400 });
      expect(refreshed.body.refresh_token).not.toBe(tokens.refresh_token);
      await t.http.get('/oauth/token/info').set(bearer(refreshed.body.access_token)).expect(200);

      const reuse = await withClient({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token }).expect(400);
      expect(reuse.body).toEqual(INVALID_GRANT);
      await t.http.get('/oauth/token/info').set(bearer(refreshed.body.access_token)).expect(401);
      await withClient({ grant_type: 'refresh_token', refresh_token: refreshed.body.refresh_token }).expect(400);
    });

    it('refuses another client\'s refresh token without ending the session', async () => {
      const foreign = await withClient({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token }, other).expect(400);
      expect(foreign.body).toEqual(INVALID_GRANT);
      await withClient({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token }).expect(200);
    });

    it('refreshes an expired access token, and refuses a refresh token unused for 30 days', async () => {
      t.clock.advance(86401);
      const expired = await t.http.get('/oauth/token/info').set(bearer(tokens.access_token)).expect(401);
      expect(expired.body).toEqual({ error: 'invalid_token', error_description: 'The access token expired' });
      const refreshed = await withClient({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token }).expect(200);
      t.clock.advance(THIRTY_DAYS + 1);
      const stale = await withClient({ grant_type: 'refresh_token', refresh_token: refreshed.body.refresh_token }).expect(400);
      expect(stale.body).toEqual(INVALID_GRANT);
    });
  });

  describe('revocation (RFC 7009)', () => {
    let tokens: OAuthTokens;
    beforeEach(async () => {
      tokens = await passwordGrant(t, client, await v2Account(), GOOD_PASSWORD);
    });
    const revoke = (tokenValue: string | undefined, c: OAuthTestClient = client) =>
      t.http.post('/oauth/revoke').set(basicAuth(c)).type('form').send(tokenValue === undefined ? {} : { token: tokenValue });

    it('revoking the access token ends the session: token info and refresh fail', async () => {
      const response = await revoke(tokens.access_token).expect(200);
      expect(response.body).toEqual({});
      const info = await t.http.get('/oauth/token/info').set(bearer(tokens.access_token)).expect(401);
      expect(info.body).toEqual(INVALID_TOKEN);
      expect(info.headers['www-authenticate']).toMatch(/^Bearer realm="oauth", error="invalid_token"/);
      const refresh = await withClient({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token }).expect(400);
      expect(refresh.body).toEqual(INVALID_GRANT);
      const update = await t.http.put('/api/v1/users/update').set(bearer(tokens.access_token)).send({ name: 'x', password: 'y', password_confirmation: 'y' });
      expect(update.body).toEqual({ result: 0, error: 'token无效或已失效' });
    });

    it('revoking the refresh token ends the access token too (client credentials in the body)', async () => {
      await t.http
        .post('/oauth/revoke')
        .type('form')
        .send({ token: tokens.refresh_token, token_type_hint: 'refresh_token', client_id: client.clientId, client_secret: client.clientSecret })
        .expect(200);
      await t.http.get('/oauth/token/info').set(bearer(tokens.access_token)).expect(401);
    });

    it('answers 200 for unknown, missing and other clients\' tokens, leaving the latter alive', async () => {
      expect((await revoke('not-a-token').expect(200)).body).toEqual({});
      expect((await revoke(undefined).expect(200)).body).toEqual({});
      await revoke(tokens.access_token, other).expect(200);
      await revoke(tokens.refresh_token, other).expect(200);
      await t.http.get('/oauth/token/info').set(bearer(tokens.access_token)).expect(200);
      await revoke(tokens.access_token).expect(200);
      await revoke(tokens.access_token).expect(200);
    });

    it('needs client authentication', async () => {
      const response = await t.http.post('/oauth/revoke').type('form').send({ token: tokens.access_token }).expect(401);
      expect(response.body).toEqual(INVALID_CLIENT);
      await t.http.get('/oauth/token/info').set(bearer(tokens.access_token)).expect(200);
    });
  });

  describe('token info', () => {
    it('describes the token: owner, scope, seconds left, client, creation time', async () => {
      const made = await registerV2(t);
      const tokens = await passwordGrant(t, client, made.user.username!, GOOD_PASSWORD);
      t.clock.advance(3600);
      const info = await t.http.get('/oauth/token/info').set(bearer(tokens.access_token)).expect(200);
      expect(info.body).toMatchObject({ resource_owner_id: made.user.id, scope: [], application: { uid: client.clientId }, created_at: tokens.created_at });
      expect(info.body.expires_in).toBeGreaterThan(82790);
      expect(info.body.expires_in).toBeLessThanOrEqual(82800);
    });

    it('answers 401 invalid_token without a token, with a garbage one and with a v2 token', async () => {
      const made = await registerV2(t);
      for (const headers of [{}, bearer('garbage'), bearer(made.access_token)]) {
        const response = await t.http.get('/oauth/token/info').set(headers).expect(401);
        expect(response.body).toEqual(INVALID_TOKEN);
      }
    });

    it('answers unknown /oauth routes in OAuth JSON', async () => {
      const response = await t.http.get('/oauth/authorize').expect(404);
      expect(response.body).toEqual({ error: 'invalid_request', error_description: 'No such endpoint.' });
    });
  });
});

import { createTestApp, TestApp } from '../support/test-app';
import { GOOD_PASSWORD, registerV2 } from '../support/v2-helpers';
import { basicAuth, bearer, createOAuthClient, OAuthTestClient, OAuthTokens, passwordGrant } from './oauth-v1-helpers';

/** RFC 6749 §2.3: "The client MUST NOT use more than one authentication method in each request." */
const TWO_METHODS = {
  error: 'invalid_request',
  error_description:
    'Use one client authentication method per request (RFC 6749 section 2.3): HTTP Basic or client_id and client_secret in the body, not both.',
};

describe('oauth-v1 OAuth2 server: one client authentication method per request', () => {
  let t: TestApp;
  let client: OAuthTestClient;
  let other: OAuthTestClient;
  let username: string;
  beforeAll(async () => {
    t = await createTestApp();
    client = await createOAuthClient(t, 'first app');
    other = await createOAuthClient(t, 'second app');
    username = (await registerV2(t)).user.username!;
  });
  afterAll(() => t.close());

  /** Basic for `client`, plus body fields naming `another` (another client, or the same one). */
  const bodies = (another: OAuthTestClient) => [
    { client_id: another.clientId, client_secret: another.clientSecret },
    { client_id: another.clientId },
    { client_secret: another.clientSecret },
  ];

  it('/oauth/token refuses HTTP Basic beside body credentials with 400 invalid_request, whichever clients they name', async () => {
    for (const credentials of [...bodies(other), ...bodies(client)]) {
      const response = await t.http
        .post('/oauth/token')
        .set(basicAuth(client))
        .type('form')
        .send({ grant_type: 'password', username, password: GOOD_PASSWORD, ...credentials })
        .expect(400);
      expect(response.body).toEqual(TWO_METHODS);
      expect(response.headers['cache-control']).toBe('no-store');
    }
    // Also in JSON bodies, and for the refresh grant: no tokens were issued by the refused requests.
    const tokens = await passwordGrant(t, client, username, GOOD_PASSWORD);
    const refresh = await t.http
      .post('/oauth/token')
      .set(basicAuth(client))
      .send({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token, client_id: client.clientId, client_secret: client.clientSecret })
      .expect(400);
    expect(refresh.body).toEqual(TWO_METHODS);
    // The refused refresh did not spend the refresh token: one method at a time still works, each alone.
    await t.http.post('/oauth/token').set(basicAuth(client)).type('form').send({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token }).expect(200);
    await t.http.post('/oauth/token').type('form').send({ grant_type: 'password', username, password: GOOD_PASSWORD, client_id: client.clientId, client_secret: client.clientSecret }).expect(200);
  });

  it('/oauth/revoke refuses them too and leaves the token alive', async () => {
    const tokens: OAuthTokens = await passwordGrant(t, client, username, GOOD_PASSWORD);
    for (const credentials of [...bodies(other), ...bodies(client)]) {
      const response = await t.http.post('/oauth/revoke').set(basicAuth(client)).type('form').send({ token: tokens.access_token, ...credentials }).expect(400);
      expect(response.body).toEqual(TWO_METHODS);
    }
    await t.http.get('/oauth/token/info').set(bearer(tokens.access_token)).expect(200);
    await t.http.post('/oauth/revoke').set(basicAuth(client)).type('form').send({ token: tokens.access_token }).expect(200);
    await t.http.get('/oauth/token/info').set(bearer(tokens.access_token)).expect(401);
  });
});

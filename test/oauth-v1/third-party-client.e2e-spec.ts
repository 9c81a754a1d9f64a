import { AddressInfo } from 'node:net';
import { ResourceOwnerPassword } from 'simple-oauth2';
import { Server } from 'node:http';
import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { createOAuthClient, NEW_PASSWORD, OAuthTestClient, requestCode } from './oauth-v1-helpers';

/**
 * simple-oauth2, the client a third party would use: form-encoded POST to the
 * token endpoint, client credentials by HTTP Basic, standard parsing of answers
 * and errors. Its errors are Boom errors carrying the status and the body.
 */
function passwordClient(baseUrl: string, id: string, secret: string): ResourceOwnerPassword {
  return new ResourceOwnerPassword({
    client: { id, secret },
    auth: { tokenHost: baseUrl, tokenPath: '/oauth/token' },
    options: { authorizationMethod: 'header', bodyFormat: 'form' },
  });
}

/** What simple-oauth2 reports for an OAuth error answer. */
function failure(status: number, code: string) {
  return expect.objectContaining({
    output: expect.objectContaining({ statusCode: status }),
    data: expect.objectContaining({ payload: expect.objectContaining({ error: code }) }),
  });
}

describe('a standard OAuth2 client written elsewhere, over real HTTP', () => {
  let t: TestApp;
  let client: OAuthTestClient;
  let baseUrl: string;
  beforeAll(async () => {
    t = await createTestApp();
    client = await createOAuthClient(t, 'third party');
    const server = (await t.app.listen(0, '127.0.0.1')) as Server;
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('obtains a token with the oauth_login_code, uses it, refreshes it, and signs in with the password', async () => {
    const phone = uniquePhone();
    const code = await requestCode(t, phone, 1);
    const registered = await fetch(`${baseUrl}/api/v1/users/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ phone, validation_code: code }),
    });
    const { oauth_login_code: loginCode } = (await registered.json()) as { oauth_login_code: string };

    const oauth = passwordClient(baseUrl, client.clientId, client.clientSecret);
    const first = await oauth.getToken({ username: phone, password: loginCode });
    expect(first.token.token_type).toBe('Bearer');
    expect(first.token.refresh_token).toEqual(expect.any(String));
    expect(first.expired()).toBe(false);
    expect((first.token.expires_at as Date).getTime() - Date.now()).toBeGreaterThan(86000 * 1000);

    const info = await fetch(`${baseUrl}/oauth/token/info`, { headers: { Authorization: `Bearer ${first.token.access_token as string}` } });
    expect(info.status).toBe(200);
    expect(((await info.json()) as { application: { uid: string } }).application.uid).toBe(client.clientId);

    const refreshed = await first.refresh();
    expect(refreshed.token.refresh_token).toEqual(expect.any(String));
    expect(refreshed.token.refresh_token).not.toBe(first.token.refresh_token);
    // A rotated refresh token presented again is refused, and ends the session it belonged to.
    await expect(first.refresh()).rejects.toEqual(failure(400, 'invalid_grant'));
    const ended = await fetch(`${baseUrl}/oauth/token/info`, { headers: { Authorization: `Bearer ${refreshed.token.access_token as string}` } });
    expect(ended.status).toBe(401);
    // The oauth_login_code was single use.
    await expect(oauth.getToken({ username: phone, password: loginCode })).rejects.toEqual(failure(400, 'invalid_grant'));

    // Sign in again through the contract, then set a name and password with the new token.
    t.clock.advance(61);
    const loginCode2 = await requestCode(t, phone, 2);
    const login = await fetch(`${baseUrl}/api/v1/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ phone, validation_code: loginCode2 }).toString(),
    });
    const fresh = await oauth.getToken({ username: phone, password: ((await login.json()) as { oauth_login_code: string }).oauth_login_code });
    const name = uniqueName('third');
    const update = await fetch(`${baseUrl}/api/v1/users/update`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${fresh.token.access_token as string}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD }),
    });
    expect(await update.json()).toEqual({ result: 1 });

    const byPassword = await oauth.getToken({ username: name, password: NEW_PASSWORD });
    expect((await byPassword.refresh()).token.access_token).toEqual(expect.any(String));
  });

  it('reports a wrong client secret as invalid_client (401)', async () => {
    const wrong = passwordClient(baseUrl, client.clientId, 'not the secret');
    await expect(wrong.getToken({ username: 'anyone', password: 'whatever' })).rejects.toEqual(failure(401, 'invalid_client'));
  });
});

import { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { createOAuthClient, NEW_PASSWORD, OAuthTestClient, requestCode } from './oauth-v1-helpers';

/** An OAuth error answer, as a client library reports it. */
class OAuth2Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly description: string | undefined,
  ) {
    super(`${code}: ${description ?? ''}`);
  }
}

interface AccessToken {
  accessToken: string;
  tokenType: string;
  refreshToken: string | undefined;
  expiresAt: Date;
}

/**
 * A minimal RFC 6749 client written only from the RFC, as a third party would
 * write one (or as simple-oauth2 behaves): form-encoded POST to the token
 * endpoint, client credentials by HTTP Basic with each part form-encoded
 * first (§2.3.1), JSON answers (§5.1), errors as {error, error_description} (§5.2).
 */
class Rfc6749Client {
  constructor(
    private readonly tokenUrl: string,
    private readonly clientId: string,
    private readonly clientSecret: string,
  ) {}

  getToken(username: string, password: string): Promise<AccessToken> {
    return this.request({ grant_type: 'password', username, password });
  }

  refresh(token: AccessToken): Promise<AccessToken> {
    if (!token.refreshToken) throw new Error('no refresh token');
    return this.request({ grant_type: 'refresh_token', refresh_token: token.refreshToken });
  }

  private async request(params: Record<string, string>): Promise<AccessToken> {
    const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
    const credentials = Buffer.from(`${encode(this.clientId)}:${encode(this.clientSecret)}`).toString('base64');
    const response = await fetch(this.tokenUrl, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${credentials}`,
        'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
        Accept: 'application/json',
      },
      body: new URLSearchParams(params).toString(),
    });
    const body = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new OAuth2Error(response.status, String(body.error), body.error_description as string | undefined);
    if (typeof body.access_token !== 'string' || typeof body.token_type !== 'string') throw new Error('malformed token response');
    if (body.token_type.toLowerCase() !== 'bearer') throw new Error(`unsupported token type ${body.token_type}`);
    const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : Number(body.expires_in);
    return {
      accessToken: body.access_token,
      tokenType: body.token_type,
      refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : undefined,
      expiresAt: new Date(Date.now() + expiresIn * 1000),
    };
  }
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

    const oauth = new Rfc6749Client(`${baseUrl}/oauth/token`, client.clientId, client.clientSecret);
    const first = await oauth.getToken(phone, loginCode);
    expect(first.tokenType).toBe('Bearer');
    expect(first.refreshToken).toEqual(expect.any(String));
    expect(first.expiresAt.getTime() - Date.now()).toBeGreaterThan(86000 * 1000);

    const info = await fetch(`${baseUrl}/oauth/token/info`, { headers: { Authorization: `Bearer ${first.accessToken}` } });
    expect(info.status).toBe(200);
    expect(((await info.json()) as { application: { uid: string } }).application.uid).toBe(client.clientId);

    const refreshed = await oauth.refresh(first);
    expect(refreshed.refreshToken).toEqual(expect.any(String));
    expect(refreshed.refreshToken).not.toBe(first.refreshToken);
    // A rotated refresh token presented again is refused, and ends the session it belonged to.
    await expect(oauth.refresh(first)).rejects.toMatchObject({ status: 400, code: 'invalid_grant' });
    const ended = await fetch(`${baseUrl}/oauth/token/info`, { headers: { Authorization: `Bearer ${refreshed.accessToken}` } });
    expect(ended.status).toBe(401);
    // The oauth_login_code was single use.
    await expect(oauth.getToken(phone, loginCode)).rejects.toMatchObject({ status: 400, code: 'invalid_grant' });

    // Sign in again through the contract, then set a name and password with the new token.
    t.clock.advance(61);
    const loginCode2 = await requestCode(t, phone, 2);
    const login = await fetch(`${baseUrl}/api/v1/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ phone, validation_code: loginCode2 }).toString(),
    });
    const fresh = await oauth.getToken(phone, ((await login.json()) as { oauth_login_code: string }).oauth_login_code);
    const name = uniqueName('third');
    const update = await fetch(`${baseUrl}/api/v1/users/update`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${fresh.accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD }),
    });
    expect(await update.json()).toEqual({ result: 1 });

    const byPassword = await oauth.getToken(name, NEW_PASSWORD);
    await oauth.refresh(byPassword);
  });

  it('reports a wrong client secret as invalid_client (401)', async () => {
    const wrong = new Rfc6749Client(`${baseUrl}/oauth/token`, client.clientId, 'not the secret');
    await expect(wrong.getToken('anyone', 'whatever')).rejects.toMatchObject({ status: 401, code: 'invalid_client' });
  });
});

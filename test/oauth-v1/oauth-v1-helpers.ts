import { AccountRepository, AccountRole, CONSOLE_OPERATOR, CreateOAuthClient } from '@app/accounts';
import { TestApp } from '../support/test-app';

export const NEW_PASSWORD = 'Blue-Lantern-1987';
export const OTHER_PASSWORD = 'Quiet-Harbour-2046';

export interface OAuthTestClient {
  clientId: string;
  clientSecret: string;
}

export interface OAuthTokens {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token: string;
  created_at: number;
}

/** Registers a client as the operator's CLI does (`oauth-client:create`). */
export async function createOAuthClient(t: TestApp, name = 'test app'): Promise<OAuthTestClient> {
  const { client, clientSecret } = await t.app.get(CreateOAuthClient).execute({ actor: CONSOLE_OPERATOR, name });
  return { clientId: client.clientId, clientSecret };
}

/** Promotes an account to administrator, as the operator's CLI would have made it. */
export async function makeAdmin(t: TestApp, accountId: number): Promise<void> {
  await t.app.get(AccountRepository).updateAdminFields(accountId, { role: AccountRole.Admin });
}

/** Asks a code of the given type (1 register, 2 login, 3 reset) and reads it from the outbox. */
export async function requestCode(t: TestApp, phone: string, type: 1 | 2 | 3): Promise<string> {
  const response = await t.http.get('/api/v1/users/validation_code').query({ phone, type }).expect(200);
  expect(response.body).toEqual({ result: 1 });
  return t.lastCode(`+86${phone}`);
}

/** Registers a phone through the contract and answers its oauth_login_code. */
export async function registerPhone(t: TestApp, phone: string): Promise<string> {
  const code = await requestCode(t, phone, 1);
  const response = await t.http.post('/api/v1/users/register').send({ phone, validation_code: code }).expect(200);
  expect(response.body).toEqual({ result: 1, oauth_login_code: expect.any(String) });
  return response.body.oauth_login_code as string;
}

/** The password grant with client credentials in the form body; expects success. */
export async function passwordGrant(t: TestApp, client: OAuthTestClient, username: string, password: string): Promise<OAuthTokens> {
  const response = await t.http
    .post('/oauth/token')
    .type('form')
    .send({ grant_type: 'password', username, password, client_id: client.clientId, client_secret: client.clientSecret })
    .expect(200);
  return response.body as OAuthTokens;
}

export function basicAuth(client: OAuthTestClient): { Authorization: string } {
  const pair = `${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`;
  return { Authorization: `Basic ${Buffer.from(pair).toString('base64')}` };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The JWT payload, read without verification (tests look at what the token claims). */
export function jwtClaims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** Waits out the one-send-a-minute rule for codes. */
export function afterResendWindow(t: TestApp): void {
  t.clock.advance(61);
}

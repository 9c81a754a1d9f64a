import { AccountRole, Audience, CONSOLE_OPERATOR, CreateOAuthClient, RegisterAccount } from '@app/accounts';
import { TestApp, uniqueName, uniquePhone } from './test-app';

/** The six APIs, each with its own token. */
export type Contract = 'v2' | 'venus' | 'users' | 'infinite' | 'oauth-v1' | 'vcode';
export const CONTRACTS: Contract[] = ['v2', 'venus', 'users', 'infinite', 'oauth-v1', 'vcode'];

/** Passes every contract's password rule: v2's policy and infinite's 8-16 letters and digits. */
export const SHARED_PASSWORD = 'Fuzz2024pass';

export interface TestAccount {
  id: number;
  uuid: string;
  username: string;
  email: string;
  /** 11-digit national form. */
  phone: string;
  password: string;
}

export interface ContractSession {
  contract: Contract;
  account: TestAccount;
  token: string;
}

/** An account with a username, an email and a phone, made through the core (as the CLI does). */
export async function createAccount(t: TestApp, options: { admin?: boolean } = {}): Promise<TestAccount> {
  const username = uniqueName('acct');
  const fields = { username, email: `${username.toLowerCase()}@example.com`, phone: uniquePhone(), password: SHARED_PASSWORD };
  const account = await t.app.get(RegisterAccount).execute({
    ...fields,
    passwordPolicy: 'standard',
    role: options.admin ? AccountRole.Admin : AccountRole.User,
    audience: Audience.Venus,
    client: {},
  });
  return { id: account.id, uuid: account.uuid, ...fields };
}

const oauthClients = new WeakMap<TestApp, Promise<{ clientId: string; clientSecret: string }>>();

/** One OAuth client per app, registered as the operator's CLI does. */
export function oauthClient(t: TestApp): Promise<{ clientId: string; clientSecret: string }> {
  let client = oauthClients.get(t);
  if (!client) {
    client = t.app
      .get(CreateOAuthClient)
      .execute({ actor: CONSOLE_OPERATOR, name: 'fuzz client' })
      .then(({ client: created, clientSecret }) => ({ clientId: created.clientId, clientSecret }));
    oauthClients.set(t, client);
  }
  return client;
}

function expectStatus(response: { status: number; text: string }, what: string): void {
  if (response.status !== 200) throw new Error(`${what} failed: HTTP ${response.status} ${response.text}`);
}

/** Signs the account in through the contract's own sign-in and answers its token. */
export async function signIn(t: TestApp, contract: Contract, account: TestAccount): Promise<string> {
  const { password } = account;
  switch (contract) {
    case 'v2': {
      const response = await t.http.post('/v2/auth/login').send({ identifier: account.username, password });
      expectStatus(response, 'v2 login');
      return response.body.access_token as string;
    }
    case 'venus': {
      const response = await t.http.post('/venus/auth/user/signin_with_name').send({ user_name: account.username, password });
      expectStatus(response, 'venus signin_with_name');
      return response.body.token as string;
    }
    case 'users': {
      const response = await t.http.post('/users/login').set('word-info', password).send({ phone: account.phone });
      expectStatus(response, 'users login');
      return response.body.data as string;
    }
    case 'infinite': {
      const response = await t.http.post('/api/user/login').send({ username: account.username, password });
      if (response.body.code !== 'General.Success') throw new Error(`infinite login failed: ${response.text}`);
      return response.body.data.accessToken as string;
    }
    case 'oauth-v1': {
      const { clientId, clientSecret } = await oauthClient(t);
      const response = await t.http
        .post('/oauth/token')
        .type('form')
        .send({ grant_type: 'password', username: account.phone, password, client_id: clientId, client_secret: clientSecret });
      expectStatus(response, 'oauth password grant');
      return response.body.access_token as string;
    }
    case 'vcode': {
      const response = await t.http.post('/api/user/logIn').send({ userName: account.phone, password });
      if (response.body.code !== '0') throw new Error(`vcode logIn failed: ${response.text}`);
      return response.body.data.token as string;
    }
  }
}

/** A new account signed in through the contract. */
export async function newSession(t: TestApp, contract: Contract, options: { admin?: boolean } = {}): Promise<ContractSession> {
  const account = await createAccount(t, options);
  return { contract, account, token: await signIn(t, contract, account) };
}

/** Where each contract carries its token: headers, or (vcode) body fields. */
export function credentials(contract: Contract, token: string): { headers: Record<string, string>; body: Record<string, string> } {
  switch (contract) {
    case 'v2':
    case 'oauth-v1':
      return { headers: { Authorization: `Bearer ${token}` }, body: {} };
    case 'venus':
    case 'users':
      return { headers: { token }, body: {} };
    case 'infinite':
      return { headers: { Authorization: token }, body: {} };
    case 'vcode':
      return { headers: {}, body: { token } };
  }
}

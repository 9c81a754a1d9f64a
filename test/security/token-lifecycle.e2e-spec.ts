import { CONTRACTS, Contract, ContractSession, createAccount, newSession, oauthClient, signIn } from '../support/contract-sessions';
import { createTestApp, TestApp } from '../support/test-app';
import { accepted, probe, refusal } from '../support/token-probes';

const NEW_PASSWORD = 'Renewed2026pass';

/** How each contract ends its own session (vcode has no sign-out: its sessions end by a reset, below). */
const SIGN_OUTS: Record<Exclude<Contract, 'vcode'>, (t: TestApp, session: ContractSession) => Promise<unknown>> = {
  v2: (t, { token }) => t.http.post('/v2/auth/logout').set('Authorization', `Bearer ${token}`).expect(204),
  // venus has no sign-out: a password change made in another of the account's sessions ends this one.
  venus: async (t, { account }) => {
    const other = await signIn(t, 'venus', account);
    await t.http.post('/venus/user/password').set('token', other).send({ password: NEW_PASSWORD, confirm_password: NEW_PASSWORD }).expect(200);
  },
  users: (t, { token }) => t.http.get('/users/exit').set('token', token).expect(200),
  infinite: (t, { token }) =>
    t.http.post('/api/user/logout').set('Authorization', token).send({}).expect(200, { code: 'General.Success', data: {}, msg: '接口调用成功' }),
  'oauth-v1': async (t, { token }) => {
    const { clientId, clientSecret } = await oauthClient(t);
    return t.http.post('/oauth/revoke').type('form').send({ token, client_id: clientId, client_secret: clientSecret }).expect(200);
  },
};

describe('ended, replaced and rotated tokens are refused', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ ARGON2_MEMORY_KIB: '1024', ARGON2_TIME_COST: '1' });
  });
  afterAll(() => t.close());

  it.each(Object.keys(SIGN_OUTS) as Exclude<Contract, 'vcode'>[])('%s: a token of an ended session is refused', async (contract) => {
    const session = await newSession(t, contract);
    expect(accepted(contract, await probe(t, contract, session.token))).toBe(true);
    await SIGN_OUTS[contract](t, session);
    expect(await probe(t, contract, session.token)).toEqual(refusal(contract));
  });

  it('venus and users: a renewed token is refused, for reading and for another renewal; the new one works', async () => {
    const renewals = {
      venus: async (token: string) => {
        const response = await t.http.post('/venus/token/refresh').set('token', token);
        return { ok: response.status === 200, token: response.body.token as string, body: response.body as unknown };
      },
      users: async (token: string) => {
        const response = await t.http.get('/users/token/refresh').set('token', token);
        return { ok: response.body.code === 200, token: response.body.data as string, body: response.body as unknown };
      },
    };
    for (const contract of ['venus', 'users'] as const) {
      const { token: old } = await newSession(t, contract);
      const renewed = await renewals[contract](old);
      expect(renewed.ok).toBe(true);
      expect(renewed.token).not.toBe(old);
      expect(await probe(t, contract, old)).toEqual(refusal(contract));
      const replay = await renewals[contract](old);
      expect({ contract, ok: replay.ok, body: replay.body }).toEqual({ contract, ok: false, body: refusal(contract).body });
      expect(accepted(contract, await probe(t, contract, renewed.token))).toBe(true);
    }
  });

  it('oauth-v1: a rotated refresh token is refused, and presenting it ends the session', async () => {
    const account = await createAccount(t);
    const { clientId, clientSecret } = await oauthClient(t);
    const grant = (body: Record<string, string>) =>
      t.http.post('/oauth/token').type('form').send({ client_id: clientId, client_secret: clientSecret, ...body });
    const first = (await grant({ grant_type: 'password', username: account.phone, password: account.password }).expect(200)).body;
    const second = (await grant({ grant_type: 'refresh_token', refresh_token: first.refresh_token }).expect(200)).body;
    expect(accepted('oauth-v1', await probe(t, 'oauth-v1', second.access_token))).toBe(true);

    const reuse = await grant({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect({ status: reuse.status, error: reuse.body.error }).toEqual({ status: 400, error: 'invalid_grant' });
    expect(await probe(t, 'oauth-v1', second.access_token)).toEqual(refusal('oauth-v1'));
    const afterReuse = await grant({ grant_type: 'refresh_token', refresh_token: second.refresh_token });
    expect({ status: afterReuse.status, error: afterReuse.body.error }).toEqual({ status: 400, error: 'invalid_grant' });
  });

  it('a vcode password reset ends the sessions of the account in every API, vcode included', async () => {
    const account = await createAccount(t);
    const tokens = await Promise.all(CONTRACTS.map(async (contract) => [contract, await signIn(t, contract, account)] as const));
    for (const [contract, token] of tokens) expect({ contract, ok: accepted(contract, await probe(t, contract, token)) }).toEqual({ contract, ok: true });

    await t.http.post('/api/vcode/send').send({ phone: account.phone }).expect(200, { code: '0', message: 'SUCCESS' });
    const code = t.lastCode(`+86${account.phone}`);
    await t.http.post('/api/user/resetPassword').send({ phone: account.phone, code, newPassword: NEW_PASSWORD }).expect(200, { code: '0', message: '修改密码成功' });

    for (const [contract, token] of tokens) expect({ contract, answer: await probe(t, contract, token) }).toEqual({ contract, answer: refusal(contract) });
    expect(accepted('vcode', await probe(t, 'vcode', await signIn(t, 'vcode', { ...account, password: NEW_PASSWORD })))).toBe(true);
  });
});

import { createHmac, createPublicKey, KeyObject } from 'node:crypto';
import { Contract, ContractSession, createAccount, newSession } from '../support/contract-sessions';
import { createTestApp, TestApp } from '../support/test-app';
import { accepted, b64url, jwtClaims, jwtHeader, probe, refusal, resign, signingKey } from '../support/token-probes';

/** Access-token lifetimes (core audience policies); the users token's 2-hour grace serves renewal only. */
const TTL_SECONDS: Record<Exclude<Contract, 'vcode'>, number> = {
  v2: 15 * 60,
  venus: 24 * 3600,
  users: 24 * 3600,
  infinite: 2 * 3600,
  'oauth-v1': 24 * 3600,
};

describe.each(Object.keys(TTL_SECONDS) as Exclude<Contract, 'vcode'>[])('forged and stale %s tokens are refused', (contract) => {
  let t: TestApp;
  let session: ContractSession;
  let key: KeyObject;

  beforeAll(async () => {
    t = await createTestApp({ ARGON2_MEMORY_KIB: '1024', ARGON2_TIME_COST: '1' });
    session = await newSession(t, contract);
    key = signingKey(t);
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  const expectRefused = async (token: string, kind: 'invalid' | 'expired' = 'invalid') => {
    expect(await probe(t, contract, token)).toEqual(refusal(contract, kind));
  };
  const header = () => jwtHeader(session.token);
  const claims = () => jwtClaims(session.token);

  it('accepts the genuine token (control)', async () => {
    expect(accepted(contract, await probe(t, contract, session.token))).toBe(true);
    // The control for the forgeries below: re-signing the genuine claims with the genuine header is accepted.
    expect(accepted(contract, await probe(t, contract, await resign(key, header(), claims())))).toBe(true);
  });

  it('refuses alg none', async () => {
    await expectRefused(`${b64url({ ...header(), alg: 'none' })}.${b64url(claims())}.`);
  });

  it('refuses HS256 signed with the public key as the secret', async () => {
    const publicPem = createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
    const head = b64url({ ...header(), alg: 'HS256' });
    const body = b64url(claims());
    await expectRefused(`${head}.${body}.${createHmac('sha256', publicPem).update(`${head}.${body}`).digest('base64url')}`);
  });

  it('refuses an unknown kid', async () => {
    await expectRefused(await resign(key, { ...header(), kid: 'another-key' }, claims()));
  });

  it('refuses a tampered payload (a longer life under the old signature)', async () => {
    const [head, , signature] = session.token.split('.');
    await expectRefused(`${head}.${b64url({ ...claims(), exp: (claims().exp as number) + 30 * 86400 })}.${signature}`);
  });

  it('refuses a token not yet valid', async () => {
    await expectRefused(await resign(key, header(), { ...claims(), nbf: Math.floor(Date.now() / 1000) + 3600 }));
  });

  it('refuses a validly signed token naming another account than its session', async () => {
    const other = await createAccount(t);
    const renamed = contract === 'users' ? { id: other.uuid } : { sub: String(other.id) };
    await expectRefused(await resign(key, header(), { ...claims(), ...renamed }));
  });

  it('refuses the token once expired, as expired', async () => {
    t.clock.advance(TTL_SECONDS[contract] + 60);
    await expectRefused(session.token, 'expired');
  });
});

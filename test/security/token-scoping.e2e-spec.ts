import { randomInt } from 'node:crypto';
import { CONTRACTS, Contract, createAccount, signIn, TestAccount } from '../support/contract-sessions';
import { createTestApp, TestApp } from '../support/test-app';
import { accepted, probe, refusal } from '../support/token-probes';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const guessLetters = (length: number) => Array.from({ length }, () => LETTERS[randomInt(LETTERS.length)]).join('');

/**
 * One account signed in through every contract: each token works on its own
 * API and is refused by the five others, although the account is valid there.
 */
describe('tokens are scoped to the API that issued them', () => {
  let t: TestApp;
  let account: TestAccount;
  const tokens = {} as Record<Contract, string>;

  beforeAll(async () => {
    t = await createTestApp({ ARGON2_MEMORY_KIB: '1024', ARGON2_TIME_COST: '1' });
    account = await createAccount(t);
    for (const contract of CONTRACTS) tokens[contract] = await signIn(t, contract, account);
  });
  afterAll(() => t.close());

  it.each(CONTRACTS)('%s: its token works on its own API only', async (issuer) => {
    expect(accepted(issuer, await probe(t, issuer, tokens[issuer]))).toBe(true);
    for (const other of CONTRACTS.filter((contract) => contract !== issuer)) {
      expect({ issuer, other, answer: await probe(t, other, tokens[issuer]) }).toEqual({ issuer, other, answer: refusal(other) });
    }
  });

  it('refuses the side tokens of an infinite sign-in (storage, gitea) as an access token anywhere', async () => {
    const login = await t.http.post('/api/user/login').send({ username: account.username, password: account.password }).expect(200);
    const { storageToken, giteaToken } = login.body.data as { storageToken: string; giteaToken: string };
    for (const side of [storageToken, giteaToken]) {
      for (const contract of CONTRACTS) expect({ contract, answer: await probe(t, contract, side) }).toEqual({ contract, answer: refusal(contract) });
    }
  });

  it('refuses a guessed vcode token and the genuine one with one letter altered', async () => {
    const genuine = tokens.vcode;
    expect(genuine).toMatch(/^[A-Za-z]{32}$/);
    const altered = genuine.slice(0, 31) + (genuine[31] === 'a' ? 'b' : 'a');
    for (const token of [guessLetters(32), altered, genuine.toLowerCase() === genuine ? genuine.toUpperCase() : genuine.toLowerCase(), `${genuine}a`, genuine.slice(0, 31)]) {
      expect(await probe(t, 'vcode', token)).toEqual(refusal('vcode'));
    }
    expect(accepted('vcode', await probe(t, 'vcode', genuine))).toBe(true);
  });

  it('refuses a vcode token for another account in checkToken and perfectInfo', async () => {
    const other = await createAccount(t);
    for (const path of ['/api/user/checkToken', '/api/user/perfectInfo']) {
      const answer = await t.http.post(path).send({ userName: other.phone, token: tokens.vcode, nickName: 'x' }).expect(200);
      expect(answer.body).toEqual({ code: path.endsWith('checkToken') ? '1' : '2', message: 'Token无效' });
    }
  });
});

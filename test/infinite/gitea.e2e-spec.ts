import { createLocalJWKSet, jwtVerify } from 'jose';
import { createTestApp, TestApp } from '../support/test-app';
import { bearer, GOOD_PASSWORD, loginV2, registerV2 } from '../support/v2-helpers';
import { GiteaStub } from './gitea-stub';
import {
  call,
  GITEA_ERROR,
  loginInfinite,
  newUser,
  OTHER_PASSWORD,
  registerInfinite,
  signedInUser,
  SUCCESS,
  TOKEN_INVALID,
} from './infinite-helpers';

const OK = { ...SUCCESS, data: {} };

describe('infinite with the Gitea mirror', () => {
  let t: TestApp;
  const gitea = new GiteaStub();

  beforeAll(async () => {
    await gitea.start();
    t = await createTestApp({ GITEA_URL: gitea.url, GITEA_ADMIN_TOKEN: gitea.adminToken });
  });
  afterAll(async () => {
    await t.close();
    await gitea.stop();
  });
  afterEach(() => {
    gitea.mode = 'ok';
    t.clock.reset();
  });

  const emailCode = async (email: string) => {
    await call(t, 'emailVerifyCode', { email }).expect(200);
    return t.lastCode(email);
  };

  it('creates the Gitea user at registration and answers a Gitea access token at login', async () => {
    const user = await registerInfinite(t);
    expect(gitea.user(user.username)).toEqual({ username: user.username, email: user.email, password: user.password });
    const login = await loginInfinite(t, { email: user.email, password: user.password });
    const issued = gitea.tokens.filter((token) => token.username === user.username);
    expect(issued).toHaveLength(1);
    expect(login.giteaToken).toBe(issued[0].sha1);
    const again = await loginInfinite(t, { username: user.username, password: user.password });
    expect(again.giteaToken).not.toBe(login.giteaToken);
  });

  it('mirrors a password change with the fields every Gitea release needs', async () => {
    const user = await signedInUser(t);
    await call(t, 'modifyUserPassword', { oriPassword: user.password, password: OTHER_PASSWORD }, user.token).expect(200);
    expect(gitea.user(user.username)!.password).toBe(OTHER_PASSWORD);
    const patch = gitea.requests.filter((request) => request.method === 'PATCH').at(-1)!;
    expect(patch.path).toBe(`/gitea/api/v1/admin/users/${user.username}`);
    expect(patch.body).toMatchObject({ login_name: user.username, source_id: 0, email: user.email, password: OTHER_PASSWORD });
    await loginInfinite(t, { username: user.username, password: OTHER_PASSWORD });
  });

  it('mirrors a password reset', async () => {
    const user = await registerInfinite(t);
    const verifyCode = await emailCode(user.email);
    expect((await call(t, 'resetUserPassword', { email: user.email, password: OTHER_PASSWORD, verifyCode })).body).toEqual(OK);
    expect(gitea.user(user.username)!.password).toBe(OTHER_PASSWORD);
  });

  it('mirrors an email change', async () => {
    const user = await signedInUser(t);
    const email = newUser('moved').email;
    const verifyCode = await emailCode(email);
    await call(t, 'modifyUserEmail', { password: user.password, oriEmail: user.email, email, verifyCode }, user.token).expect(200);
    expect(gitea.user(user.username)!.email).toBe(email);
  });

  it('copies the public profile to Gitea, and keeps the change here when Gitea is down', async () => {
    const user = await signedInUser(t);
    const profile = { nickname: '测试', avatarUrl: '', description: '小菜鸟', website: 'http://www.baidu.com', location: 'China' };
    expect((await call(t, 'editUser', profile, user.token)).body).toEqual(OK);
    expect(gitea.user(user.username)!.profile).toEqual({ full_name: '测试', website: 'http://www.baidu.com', location: 'China', description: '小菜鸟' });

    gitea.mode = 'error';
    expect((await call(t, 'editUser', { ...profile, nickname: '离线' }, user.token)).body).toEqual(OK);
    expect((await call(t, 'getUserDetail', {}, user.token)).body.data.nickname).toBe('离线');
    expect(gitea.user(user.username)!.profile!.full_name).toBe('测试');
  });

  it('deletes the Gitea user with the account', async () => {
    const user = await signedInUser(t);
    expect((await call(t, 'deleteUser', { password: user.password }, user.token)).body).toEqual(OK);
    expect(gitea.user(user.username)).toBeUndefined();
    expect(gitea.requests.at(-1)).toMatchObject({ method: 'DELETE', path: `/gitea/api/v1/admin/users/${user.username}?purge=true` });
  });

  it('brings an account made through v2 into Gitea at its first infinite login', async () => {
    const username = newUser('v2made').username;
    await registerV2(t, { username, email: `${username}@example.com` });
    const login = await loginInfinite(t, { username, password: GOOD_PASSWORD });
    expect(gitea.user(username)).toMatchObject({ email: `${username}@example.com`, password: GOOD_PASSWORD });
    expect(login.giteaToken).toBe(gitea.tokens.at(-1)!.sha1);
  });

  it('gives the Gitea user a password nobody knows when someone proves the email it was registered with', async () => {
    const squat = newUser('squat');
    expect((await call(t, 'registerIndividual', { ...squat })).body).toEqual(OK);
    await t.http.post('/v2/verification-codes').send({ channel: 'email', target: squat.email, purpose: 'login' }).expect(202);
    await t.http.post('/v2/auth/login/code').send({ target: squat.email, code: t.lastCode(squat.email) }).expect(200);
    expect(gitea.user(squat.username)!.password).not.toBe(squat.password);
  });

  it('answers a gitea JWT for an account Gitea cannot hold (no email)', async () => {
    const session = await registerV2(t, { username: newUser('noemail').username });
    const login = await loginInfinite(t, { username: session.user.username, password: GOOD_PASSWORD });
    const jwks = createLocalJWKSet((await t.http.get('/.well-known/jwks.json')).body);
    const { payload } = await jwtVerify(login.giteaToken as string, jwks, { audience: 'gitea', currentDate: t.clock.now() });
    expect(payload.sub).toBe(login.userId);
  });

  describe.each(['error', 'down'] as const)('when Gitea fails (%s)', (mode) => {
    it('registers nothing', async () => {
      const user = newUser();
      gitea.mode = mode;
      expect((await call(t, 'registerIndividual', { ...user }).expect(200)).body).toEqual(GITEA_ERROR);
      gitea.mode = 'ok';
      expect(gitea.user(user.username)).toBeUndefined();
      await registerInfinite(t, user);
    });

    it('opens no session at login', async () => {
      const user = await registerInfinite(t);
      const v2 = await loginV2(t, user.username, user.password);
      gitea.mode = mode;
      expect((await call(t, 'login', { username: user.username, password: user.password })).body).toEqual(GITEA_ERROR);
      const sessions = await t.http.get('/v2/me/sessions').set(bearer(v2.access_token)).expect(200);
      expect(sessions.body.items.map((session: { audience: string }) => session.audience)).toEqual(['v2']);
    });

    it('keeps the old password and the session on a password change', async () => {
      const user = await signedInUser(t);
      gitea.mode = mode;
      const body = { oriPassword: user.password, password: OTHER_PASSWORD };
      expect((await call(t, 'modifyUserPassword', body, user.token)).body).toEqual(GITEA_ERROR);
      gitea.mode = 'ok';
      expect((await call(t, 'getUserDetail', {}, user.token)).body).toMatchObject(SUCCESS);
      expect(gitea.user(user.username)!.password).toBe(user.password);
      await loginV2(t, user.username, user.password);
    });

    it('keeps the password and the code on a reset', async () => {
      const user = await registerInfinite(t);
      const verifyCode = await emailCode(user.email);
      gitea.mode = mode;
      const body = { email: user.email, password: OTHER_PASSWORD, verifyCode };
      expect((await call(t, 'resetUserPassword', body)).body).toEqual(GITEA_ERROR);
      gitea.mode = 'ok';
      await loginV2(t, user.username, user.password);
      expect((await call(t, 'resetUserPassword', body)).body).toEqual(OK);
    });

    it('keeps the email', async () => {
      const user = await signedInUser(t);
      const email = newUser('kept').email;
      const verifyCode = await emailCode(email);
      gitea.mode = mode;
      const body = { password: user.password, oriEmail: user.email, email, verifyCode };
      expect((await call(t, 'modifyUserEmail', body, user.token)).body).toEqual(GITEA_ERROR);
      gitea.mode = 'ok';
      expect((await call(t, 'getUserDetail', {}, user.token)).body.data.email).toBe(user.email);
      expect(gitea.user(user.username)!.email).toBe(user.email);
    });

    it('keeps the account on deletion', async () => {
      const user = await signedInUser(t);
      gitea.mode = mode;
      expect((await call(t, 'deleteUser', { password: user.password }, user.token)).body).toEqual(GITEA_ERROR);
      gitea.mode = 'ok';
      expect((await call(t, 'getUserDetail', {}, user.token)).body).toMatchObject(SUCCESS);
      expect(gitea.user(user.username)).toBeDefined();
      expect((await call(t, 'logout', {}, user.token)).body).toEqual(OK);
      expect((await call(t, 'getUserDetail', {}, user.token)).body).toEqual(TOKEN_INVALID);
    });
  });
});

import { createLocalJWKSet, jwtVerify } from 'jose';
import { createTestApp, TestApp } from '../support/test-app';
import { bearer, loginV2 } from '../support/v2-helpers';
import {
  call,
  failure,
  INFINITE_PASSWORD,
  invalid,
  loginInfinite,
  newUser,
  registerInfinite,
  signedInUser,
  SUCCESS,
  TOKEN_EXPIRED,
  TOKEN_INVALID,
  VERIFY_ERROR,
} from './infinite-helpers';

const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const HOUR = 3600;
const DAY = 24 * HOUR;

describe('infinite registration, login, logout and the token', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('registers, then signs in by username and by email with every documented field', async () => {
    const user = await registerInfinite(t);
    for (const credentials of [{ username: user.username }, { email: user.email.toUpperCase() }]) {
      const response = await call(t, 'login', { ...credentials, password: user.password }).set('X-Device', 'MAC: 00-D0-F8-00-00-01').expect(200);
      expect(response.body).toMatchObject(SUCCESS);
      const data = response.body.data;
      expect(Object.keys(data)).toEqual([
        'accessToken', 'giteaToken', 'storageToken', 'createDatetime', 'nickname', 'accountId', 'username', 'email',
        'mobile', 'emailVerified', 'iconUrl', 'loginIp', 'loginDevice', 'status', 'updateDatetime', 'userId',
      ]);
      expect(data).toMatchObject({
        username: user.username,
        email: user.email,
        nickname: null,
        mobile: null,
        iconUrl: null,
        emailVerified: 'email.unUerified',
        status: 'status.normal',
        loginDevice: 'MAC: 00-D0-F8-00-00-01',
      });
      expect(typeof data.loginIp).toBe('string');
      expect(data.accountId).toMatch(/^\d{14}$/);
      expect(data.userId).toMatch(/^\d+$/);
      expect(data.createDatetime).toMatch(DATE_TIME);
      expect(data.updateDatetime).toMatch(DATE_TIME);
      for (const token of [data.accessToken, data.giteaToken, data.storageToken]) expect(token.split('.')).toHaveLength(3);
    }
  });

  it('answers getUserDetail with the numeric enumerations, the numeric userId and Shanghai times', async () => {
    const user = await signedInUser(t);
    const login = await loginInfinite(t, { username: user.username, password: user.password });
    const response = await call(t, 'getUserDetail', {}, user.token).expect(200);
    expect(response.body).toMatchObject(SUCCESS);
    const detail = response.body.data;
    expect(detail).toMatchObject({ username: user.username, email: user.email, emailVerified: 1, status: 1, accountId: login.accountId });
    expect(detail.userId).toBe(Number(login.userId));
    expect(detail).not.toHaveProperty('accessToken');

    const v2 = await loginV2(t, user.username, user.password);
    const me = await t.http.get('/v2/me').set(bearer(v2.access_token)).expect(200);
    expect(me.body.id).toBe(detail.userId);
    const shanghai = (iso: string) => new Date(Date.parse(iso) + 8 * HOUR * 1000).toISOString().slice(0, 19).replace('T', ' ');
    expect(detail.createDatetime).toBe(shanghai(me.body.created_at));
    expect(detail.updateDatetime).toBe(shanghai(me.body.updated_at));
  });

  it('refuses taken usernames and emails, case-insensitively', async () => {
    const user = await registerInfinite(t);
    const sameName = await call(t, 'registerIndividual', { ...newUser(), username: user.username.toUpperCase() }).expect(200);
    expect(sameName.body).toEqual(failure('General.UserRepeat', '用户名已存在'));
    const sameEmail = await call(t, 'registerIndividual', { ...newUser(), email: user.email.toUpperCase() }).expect(200);
    expect(sameEmail.body).toEqual(failure('General.EmailRepeat', '邮箱已被使用'));
  });

  it('holds registration to the infinite password rule and the field rules', async () => {
    const cases: [Record<string, unknown>, ReturnType<typeof invalid>][] = [
      [{ password: 'abc1234' }, invalid('password', 'length')],
      [{ password: 'abcd12345678901234' }, invalid('password', 'length')],
      [{ password: 'abcdefghij' }, invalid('password', 'pattern')],
      [{ password: '1234567890' }, invalid('password', 'pattern')],
      [{ password: 'abc_12345' }, invalid('password', 'pattern')],
      [{ password: 'a1'.repeat(17) }, invalid('password', 'length')],
      [{ username: '' }, invalid('username', 'notBlank')],
      [{ username: 12345 }, invalid('username', 'pattern')],
      [{ username: 'has space' }, invalid('username', 'pattern')],
      [{ email: 'not-an-email' }, invalid('email', 'pattern')],
      [{ email: `${'e'.repeat(250)}@x.com` }, invalid('email', 'length')],
    ];
    for (const [fields, expected] of cases) {
      const response = await call(t, 'registerIndividual', { ...newUser(), ...fields }).expect(200);
      expect(response.body).toEqual(expected);
    }
    const missing = await call(t, 'registerIndividual', {}).expect(200);
    expect(missing.body.code).toBe('General.ParameterInvalid');
    expect(missing.body.data.ruleViolated).toEqual({ username: ['notBlank'], email: ['notBlank'], password: ['notBlank'] });
  });

  it('answers Account.VerifyError for a wrong password and an unknown account alike', async () => {
    const user = await registerInfinite(t);
    const wrong = await call(t, 'login', { username: user.username, password: 'wrong1234' }).expect(200);
    expect(wrong.body).toEqual(VERIFY_ERROR);
    const unknown = await call(t, 'login', { email: 'nobody@example.com', password: INFINITE_PASSWORD }).expect(200);
    expect(unknown.body).toEqual(VERIFY_ERROR);
  });

  it('locks password sign-in after ten failures, answering Account.VerifyError with retryAfter', async () => {
    const user = await registerInfinite(t);
    for (let i = 0; i < 10; i += 1) await call(t, 'login', { username: user.username, password: 'wrong1234' }).expect(200);
    const locked = await call(t, 'login', { username: user.username, password: user.password }).expect(200);
    expect(locked.body).toEqual(failure('Account.VerifyError', '账户检验失败', { retryAfter: 60 }));
    t.clock.advance(61);
    await loginInfinite(t, { username: user.username, password: user.password });
  });

  it('validates login fields, enableKeepLogin included', async () => {
    expect((await call(t, 'login', { password: INFINITE_PASSWORD })).body).toEqual(invalid('username', 'notBlank'));
    expect((await call(t, 'login', { username: 'someone' })).body).toEqual(invalid('password', 'notBlank'));
    expect((await call(t, 'login', { username: 'someone', password: INFINITE_PASSWORD, enableKeepLogin: 'forever' })).body).toEqual(
      invalid('enableKeepLogin', 'notContainsDict'),
    );
    const trailing = await call(t, 'login', { username: 'someone', password: INFINITE_PASSWORD, 'enableKeepLogin ': 7 });
    expect(trailing.body).toEqual(invalid('enableKeepLogin', 'notContainsDict'));
  });

  describe('token lifetimes', () => {
    const cases: [string, Record<string, unknown>, number][] = [
      ['no enableKeepLogin', {}, 2 * HOUR],
      ['keepLogin.enable', { enableKeepLogin: 'keepLogin.enable' }, 2 * HOUR],
      ['keepLogin.disable under the trailing-space key', { 'enableKeepLogin ': 'keepLogin.disable' }, 7 * DAY],
      ['keepLogin.disable', { enableKeepLogin: 'keepLogin.disable' }, 7 * DAY],
      ['true', { enableKeepLogin: true }, 7 * DAY],
      ['false', { 'enableKeepLogin ': false }, 2 * HOUR],
    ];
    it.each(cases)('%s keeps the token for its lifetime, then General.TokenExpired', async (_name, keep, seconds) => {
      const user = await registerInfinite(t);
      const { accessToken } = await loginInfinite(t, { username: user.username, password: user.password, ...keep });
      t.clock.advance(seconds - 60);
      expect((await call(t, 'getUserDetail', {}, accessToken)).body).toMatchObject(SUCCESS);
      t.clock.advance(61);
      expect((await call(t, 'getUserDetail', {}, accessToken)).body).toEqual(TOKEN_EXPIRED);
    });

    it('takes enableKeepLogin=true from a form body', async () => {
      const user = await registerInfinite(t);
      const response = await t.http
        .post('/api/user/login')
        .type('form')
        .send({ username: user.username, password: user.password, enableKeepLogin: 'true' })
        .expect(200);
      t.clock.advance(3 * DAY);
      expect((await call(t, 'getUserDetail', {}, response.body.data.accessToken)).body).toMatchObject(SUCCESS);
    });
  });

  it('takes the token raw or as Bearer, and names a missing one', async () => {
    const user = await signedInUser(t);
    expect((await call(t, 'getUserDetail', {}, user.token)).body).toMatchObject(SUCCESS);
    expect((await call(t, 'getUserDetail', {}, `Bearer ${user.token}`)).body).toMatchObject(SUCCESS);
    expect((await call(t, 'getUserDetail', {})).body).toEqual(
      failure('General.ParameterInvalid', 'token为空', { ruleViolated: { Authorization: ['notBlank'] } }),
    );
    expect((await call(t, 'getUserDetail', {}, 'not-a-token')).body).toEqual(TOKEN_INVALID);
  });

  it('refuses tokens of other contracts and the side tokens as access tokens', async () => {
    const user = await registerInfinite(t);
    const login = await loginInfinite(t, { username: user.username, password: user.password });
    const v2 = await loginV2(t, user.username, user.password);
    expect((await call(t, 'getUserDetail', {}, v2.access_token)).body).toEqual(TOKEN_INVALID);
    expect((await call(t, 'getUserDetail', {}, login.storageToken as string)).body).toEqual(TOKEN_INVALID);
    expect((await call(t, 'getUserDetail', {}, login.giteaToken as string)).body).toEqual(TOKEN_INVALID);
    await t.http.get('/v2/me').set(bearer(login.accessToken)).expect(401);
  });

  it('signs storageToken and giteaToken for their audiences, verifiable with the JWKS', async () => {
    const user = await registerInfinite(t);
    const login = await loginInfinite(t, { username: user.username, password: user.password });
    const jwks = createLocalJWKSet((await t.http.get('/.well-known/jwks.json').expect(200)).body);
    const access = await jwtVerify(login.accessToken, jwks, { audience: 'infinite' });
    for (const [token, audience] of [[login.storageToken, 'storage'], [login.giteaToken, 'gitea']] as const) {
      const { payload } = await jwtVerify(token as string, jwks, { audience, currentDate: t.clock.now() });
      expect(payload.sub).toBe(login.userId);
      expect(payload.sid).toBe(access.payload.sid);
      expect(payload.exp).toBe(access.payload.exp);
    }
  });

  it('logs out the session of the token only', async () => {
    const user = await signedInUser(t);
    const other = await loginInfinite(t, { username: user.username, password: user.password });
    expect((await call(t, 'logout', {}, user.token).expect(200)).body).toEqual({ ...SUCCESS, data: {} });
    expect((await call(t, 'getUserDetail', {}, user.token)).body).toEqual(TOKEN_INVALID);
    expect((await call(t, 'logout', {}, user.token)).body).toEqual(TOKEN_INVALID);
    expect((await call(t, 'getUserDetail', {}, other.accessToken)).body).toMatchObject(SUCCESS);
    expect((await call(t, 'logout', {})).body.code).toBe('General.ParameterInvalid');
  });

  it('takes form bodies for registration and login', async () => {
    const user = newUser();
    const registered = await t.http.post('/api/user/registerIndividual').type('form').send(user).expect(200);
    expect(registered.body).toEqual({ ...SUCCESS, data: {} });
    const login = await t.http.post('/api/user/login').type('form').send({ email: user.email, password: user.password }).expect(200);
    expect(login.body.data.username).toBe(user.username);
  });

  it('answers unknown routes, bad JSON and non-object bodies in its envelope', async () => {
    const unknown = await t.http.post('/api/user/nothingHere').send({}).expect(404);
    expect(unknown.body).toEqual(failure('General.Failure', '接口调用失败'));
    const wrongCase = await t.http.post('/api/user/Login').send({}).expect(404);
    expect(wrongCase.body).toEqual(failure('General.Failure', '接口调用失败'));
    const wrongMethod = await t.http.get('/api/user/login').expect(404);
    expect(wrongMethod.body.code).toBe('General.Failure');
    const badJson = await t.http.post('/api/user/login').set('Content-Type', 'application/json').send('{"username": ').expect(200);
    expect(badJson.body).toEqual(failure('General.ParameterInvalid', '参数校验失败'));
    const array = await t.http.post('/api/user/login').send([1, 2]).expect(200);
    expect(array.body.code).toBe('General.ParameterInvalid');
    const huge = await t.http.post('/api/user/login').send({ username: 'x'.repeat(100_000), password: 'p' }).expect(413);
    expect(huge.body).toEqual(failure('General.ParameterInvalid', '参数校验失败'));
  });
});

describe('infinite rate limit and OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '2' });
  });
  afterAll(() => t.close());

  it('answers the rate limit in its envelope with Retry-After', async () => {
    const user = await registerInfinite(t);
    await call(t, 'login', { username: user.username, password: user.password }).expect(200);
    await call(t, 'login', { username: user.username, password: user.password }).expect(200);
    const limited = await call(t, 'login', { username: user.username, password: user.password }).expect(429);
    expect(limited.body).toMatchObject({ code: 'General.Failure', msg: '接口调用失败' });
    expect(limited.body.data.retryAfter).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('documents the twelve endpoints under the infinite tag with their examples', async () => {
    const document = (await t.http.get('/docs-json').expect(200)).body;
    const names = ['login', 'logout', 'emailVerifyCode', 'registerIndividual', 'getUserDetail', 'editUser', 'resetUserPassword',
      'modifyUserEmail', 'modifyUserPassword', 'deleteUser', 'editUserMobile', 'generateSmsCode'];
    const withToken = ['logout', 'getUserDetail', 'editUser', 'modifyUserEmail', 'modifyUserPassword', 'deleteUser', 'editUserMobile'];
    for (const name of names) {
      const operation = document.paths[`/api/user/${name}`]?.post;
      expect(operation).toBeDefined();
      expect(operation.tags).toEqual(['infinite']);
      expect(operation.summary).toBeTruthy();
      const examples = operation.responses['200'].content['application/json'].examples;
      expect(examples['General.Success'].value).toMatchObject({ code: 'General.Success', msg: '接口调用成功' });
      expect(examples['General.Failure']).toBeDefined();
      expect(Boolean(operation.security?.some((entry: object) => 'infinite-authorization' in entry))).toBe(withToken.includes(name));
    }
    const mobile = document.paths['/api/user/editUserMobile'].post.responses['200'].content['application/json'].examples;
    expect(mobile['General.ParameterInvalid'].value).toEqual({
      code: 'General.ParameterInvalid',
      data: { ruleViolated: { mobile: ['notBlank'] } },
      msg: 'request params[mobile] notBlank.',
    });
    const loginSchema = (document.paths['/api/user/login'].post.requestBody.content['application/json'].schema.$ref as string).split('/').pop()!;
    expect(document.components.schemas[loginSchema].properties).toHaveProperty(['enableKeepLogin ']);
  });
});

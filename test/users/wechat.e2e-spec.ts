import { createTestApp, TestApp } from '../support/test-app';
import { DATE_TIME, decodeJwt, failure, loginUsers, PASSWORD, registerUsers, tokenHeader, UUID } from './users-helpers';
import { startWeChatStub, WeChatStub } from './wechat-stub';

const PROFILE = {
  avatarUrl: 'https://thirdwx.qlogo.cn/mmopen/vi_32/avatar/132',
  nickName: '零陵上将军',
  country: '',
  province: '',
  city: '',
  language: 'zh_CN',
};

describe('users: WeChat mini-program sign-in and linking', () => {
  let t: TestApp;
  let stub: WeChatStub;
  let openidCounter = 0;
  const nextOpenid = () => `oZ9dO5Pi46v3m0AJj6vGXx${Date.now().toString(36)}${(openidCounter += 1)}`;

  beforeAll(async () => {
    stub = await startWeChatStub();
    t = await createTestApp({
      WECHAT_API_BASE: stub.base,
      WECHAT_APP_ID: stub.appId,
      WECHAT_APP_SECRET: stub.secret,
      // Short enough to keep the suite quick, long enough for a loaded machine.
      UPSTREAM_TIMEOUT_MS: '1500',
    });
  });
  afterAll(async () => {
    await t.close();
    await stub.close();
  });

  async function wechatLogin(openid: string, profile: Record<string, string> = PROFILE, terminal = 'wechat'): Promise<string> {
    const response = await t.http.post('/users/login').set('terminal', terminal).send({ code: `ok:${openid}`, ...profile }).expect(200);
    expect(response.body).toEqual({ code: 200, message: '操作成功', data: expect.any(String), total: 0 });
    return response.body.data as string;
  }

  it('exchanges the code at WeChat with the app credentials and answers a token carrying the openid', async () => {
    const openid = nextOpenid();
    const token = await wechatLogin(openid);
    const call = stub.calls[stub.calls.length - 1];
    expect(Object.fromEntries(call)).toEqual({
      appid: stub.appId,
      secret: stub.secret,
      js_code: `ok:${openid}`,
      grant_type: 'authorization_code',
    });
    const { payload } = decodeJwt(token);
    expect(payload).toMatchObject({ openid, phone: null, terminal: 'WECHAT' });
    expect(payload.id).toMatch(UUID);
  });

  it('creates the WeChat user on first sight and answers its WeChat profile', async () => {
    const openid = nextOpenid();
    const token = await wechatLogin(openid);
    const self = await t.http.get('/users/info/self').set(tokenHeader(token)).expect(200);
    expect(self.body).toEqual({
      code: 200,
      message: '操作成功',
      data: {
        avatarUrl: PROFILE.avatarUrl,
        city: '',
        country: '',
        headImg: null,
        id: decodeJwt(token).payload.id,
        language: 'zh_CN',
        nickName: '零陵上将军',
        openid,
        userName: '零陵上将军',
        phone: null,
        province: '',
        createTime: expect.stringMatching(DATE_TIME),
      },
      total: 0,
    });
  });

  it('signs the same WeChat user in again, keeping one account and the newest profile', async () => {
    const openid = nextOpenid();
    const first = decodeJwt(await wechatLogin(openid)).payload;
    const second = await wechatLogin(openid, { nickName: '新昵称', city: '深圳' });
    expect(decodeJwt(second).payload.id).toBe(first.id);
    const self = await t.http.get('/users/info/self').set(tokenHeader(second)).expect(200);
    expect(self.body.data).toMatchObject({ nickName: '新昵称', city: '深圳', avatarUrl: PROFILE.avatarUrl, language: 'zh_CN' });
  });

  it('maps WeChat error codes to clear answers', async () => {
    const cases: [string, number, string][] = [
      ['err:40029', 400, '微信登录失败：code 无效'],
      ['err:40163', 400, '微信登录失败：code 已被使用'],
      ['err:45011', 429, '微信登录过于频繁，请稍后再试'],
      ['err:40226', 403, '微信登录失败：该用户被微信判定为高风险用户'],
      ['err:41008', 400, '微信登录失败（微信错误码 41008）'],
      ['err:40125', 500, '微信登录暂不可用：AppSecret 配置错误'],
      ['err:-1', 500, '微信服务暂时不可用，请稍后再试'],
    ];
    for (const [code, status, message] of cases) {
      const response = await t.http.post('/users/login').send({ code }).expect(status);
      expect(response.body).toEqual(failure(status, message));
    }
  });

  it('answers 500 in the envelope when WeChat is slow, drops the connection or fails', async () => {
    for (const code of ['slow', 'reset', 'http500']) {
      const response = await t.http.post('/users/login').send({ code }).expect(500);
      expect(response.body).toEqual(failure(500, '微信服务暂时不可用，请稍后再试'));
    }
  });

  it('refuses WeChat profile fields over their length', async () => {
    const response = await t.http.post('/users/login').send({ code: `ok:${nextOpenid()}`, nickName: 'x'.repeat(256) }).expect(400);
    expect(response.body).toEqual(failure(400, '参数错误：nickName过长'));
  });

  it('links a WeChat user to a phone account and answers a token of that account', async () => {
    const phone = await registerUsers(t, { userName: '测试张三' });
    const openid = nextOpenid();
    const wechatToken = await wechatLogin(openid);
    const placeholderId = decodeJwt(wechatToken).payload.id;

    const linked = await t.http.post('/users/info/associate').set(tokenHeader(wechatToken)).set('word-info', PASSWORD).send({ phone }).expect(200);
    expect(linked.body).toEqual({ code: 200, message: '操作成功', data: expect.any(String), total: 0 });
    const { payload } = decodeJwt(linked.body.data);
    expect(payload).toMatchObject({ phone, openid });
    expect(payload.id).not.toBe(placeholderId);

    const stale = await t.http.get('/users/info/self').set(tokenHeader(wechatToken)).expect(401);
    expect(stale.body).toEqual(failure(401, 'token无效，请重新登录'));
    const self = await t.http.get('/users/info/self').set(tokenHeader(linked.body.data)).expect(200);
    expect(self.body.data).toMatchObject({ id: payload.id, openid, nickName: '零陵上将军', userName: '测试张三', phone });

    // The next WeChat sign-in lands on the linked account; a password sign-in shows the openid.
    const again = decodeJwt(await wechatLogin(openid)).payload;
    expect(again).toMatchObject({ id: payload.id, phone, openid });
    const passwordToken = await loginUsers(t, phone);
    const accountView = await t.http.get('/users/info/self').set(tokenHeader(passwordToken)).expect(200);
    expect(accountView.body.data).toMatchObject({ id: payload.id, userName: '测试张三', phone, openid });
    expect(accountView.body.data).not.toHaveProperty('nickName');
  });

  it('unlinks the WeChat user when someone proves the registered phone by a code (pre-account hijacking)', async () => {
    const phone = await registerUsers(t);
    const openid = nextOpenid();
    const linked = await t.http.post('/users/info/associate').set(tokenHeader(await wechatLogin(openid))).set('word-info', PASSWORD).send({ phone }).expect(200);
    const accountId = decodeJwt(linked.body.data).payload.id;

    await t.http.post('/v2/verification-codes').send({ channel: 'sms', target: phone, purpose: 'login' }).expect(202);
    await t.http.post('/v2/auth/login/code').send({ target: phone, code: t.lastCode(`+86${phone}`) }).expect(200);

    const after = decodeJwt(await wechatLogin(openid)).payload;
    expect(after.id).not.toBe(accountId);
    expect(after.phone).toBeNull();
    await t.http.get('/users/info/self').set(tokenHeader(linked.body.data)).expect(401);
  });

  it('refuses linking from a password sign-in, with a wrong password or without the password', async () => {
    const phone = await registerUsers(t);
    const passwordToken = await loginUsers(t, phone);
    const notWeChat = await t.http.post('/users/info/associate').set(tokenHeader(passwordToken)).set('word-info', PASSWORD).send({ phone }).expect(403);
    expect(notWeChat.body).toEqual(failure(403, '没有权限'));

    const wechatToken = await wechatLogin(nextOpenid());
    const wrong = await t.http.post('/users/info/associate').set(tokenHeader(wechatToken)).set('word-info', 'not-the-password').send({ phone }).expect(401);
    expect(wrong.body).toEqual(failure(401, '密码错误'));
    const noPassword = await t.http.post('/users/info/associate').set(tokenHeader(wechatToken)).type('form').send({ phone }).expect(400);
    expect(noPassword.body).toEqual(failure(400, '参数错误：word-info不能为空'));
    const noPhone = await t.http.post('/users/info/associate').set(tokenHeader(wechatToken)).set('word-info', PASSWORD).send({}).expect(400);
    expect(noPhone.body).toEqual(failure(400, /^参数错误：phone/));
    const noToken = await t.http.post('/users/info/associate').set('word-info', PASSWORD).send({ phone }).expect(401);
    expect(noToken.body.code).toBe(401);
    // Failed attempts leave the WeChat session working.
    await t.http.get('/users/info/self').set(tokenHeader(wechatToken)).expect(200);
  });

  it('renews a WeChat token keeping the openid', async () => {
    const openid = nextOpenid();
    const token = await wechatLogin(openid);
    const renewed = await t.http.get('/users/token/refresh').set(tokenHeader(token)).expect(200);
    expect(decodeJwt(renewed.body.data).payload).toMatchObject({ openid, terminal: 'WECHAT' });
    const self = await t.http.get('/users/info/self').set(tokenHeader(renewed.body.data)).expect(200);
    expect(self.body.data.openid).toBe(openid);
  });
});

describe('users: WeChat unreachable', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Port 1 on the loopback: nothing listens, the connection is refused at once.
    t = await createTestApp({ WECHAT_API_BASE: 'http://127.0.0.1:1', WECHAT_APP_ID: 'wx-test-app', WECHAT_APP_SECRET: 'secret' });
  });
  afterAll(() => t.close());

  it('answers 500 in the envelope and creates nobody', async () => {
    const response = await t.http.post('/users/login').send({ code: 'ok:someone' }).expect(500);
    expect(response.body).toEqual(failure(500, '微信服务暂时不可用，请稍后再试'));
  });
});

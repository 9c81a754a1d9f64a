import { createTestApp, TestApp } from '../support/test-app';
import { bearer, loginV2, registerV2 } from '../support/v2-helpers';
import { call, invalid, signedInUser, SUCCESS } from '../infinite/infinite-helpers';
import { startWeChatStub, WeChatStub } from '../users/wechat-stub';

/**
 * avatarUrl and website are rendered by clients as an image source and a link:
 * only absolute http(s) URLs are stored, through every contract that takes them.
 */
const NOT_WEB_URLS = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\nscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/a.png',
  'https://bank.example@evil.example/',
  'file:///etc/passwd',
];

describe('avatar and website URLs are http(s) only', () => {
  let t: TestApp;
  let wechat: WeChatStub;
  beforeAll(async () => {
    wechat = await startWeChatStub();
    t = await createTestApp({ WECHAT_API_BASE: wechat.base, WECHAT_APP_ID: wechat.appId, WECHAT_APP_SECRET: wechat.secret });
  });
  afterAll(async () => {
    await t.close();
    await wechat.close();
  });

  it('v2 PATCH /v2/me refuses them and keeps the profile', async () => {
    const { access_token } = await registerV2(t);
    await t.http.patch('/v2/me').set(bearer(access_token)).send({ avatar_url: 'https://example.com/a.png', website: 'http://example.com' }).expect(200);
    for (const url of NOT_WEB_URLS) {
      for (const field of ['avatar_url', 'website']) {
        const response = await t.http.patch('/v2/me').set(bearer(access_token)).send({ [field]: url }).expect(400);
        expect(response.body).toMatchObject({ code: 'validation_failed', errors: { [field]: ['pattern'] } });
      }
    }
    const me = await t.http.get('/v2/me').set(bearer(access_token)).expect(200);
    expect(me.body).toMatchObject({ avatar_url: 'https://example.com/a.png', website: 'http://example.com' });
  });

  it('infinite editUser refuses them, and v2 sees the profile unchanged', async () => {
    const user = await signedInUser(t);
    const profile = { nickname: '测试', avatarUrl: 'https://example.com/a.png', description: '', website: 'https://example.com', location: '' };
    expect((await call(t, 'editUser', profile, user.token).expect(200)).body).toEqual({ ...SUCCESS, data: {} });
    for (const url of NOT_WEB_URLS) {
      for (const field of ['avatarUrl', 'website']) {
        expect((await call(t, 'editUser', { ...profile, [field]: url }, user.token).expect(200)).body).toEqual(invalid(field, 'pattern'));
      }
    }
    const v2 = await loginV2(t, user.username, user.password);
    const me = await t.http.get('/v2/me').set(bearer(v2.access_token)).expect(200);
    expect(me.body).toMatchObject({ avatar_url: 'https://example.com/a.png', website: 'https://example.com' });
  });

  it('users WeChat sign-in refuses such an avatarUrl before spending the code, and keeps nothing', async () => {
    for (const [index, url] of NOT_WEB_URLS.entries()) {
      const calls = wechat.calls.length;
      const response = await t.http.post('/users/login').send({ code: `ok:evil-openid-${index}`, avatarUrl: url, nickName: 'x' }).expect(400);
      expect(response.body).toEqual({ code: 400, message: '参数错误：avatarUrl格式不正确', data: null, total: 0 });
      expect(wechat.calls.length).toBe(calls);
    }
    const ok = await t.http.post('/users/login').send({ code: 'ok:good-openid', avatarUrl: 'https://thirdwx.qlogo.cn/a/132' }).expect(200);
    const self = await t.http.get('/users/info/self').set('token', ok.body.data as string).expect(200);
    expect(self.body.data.avatarUrl).toBe('https://thirdwx.qlogo.cn/a/132');
  });
});

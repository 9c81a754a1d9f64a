import { AccountStatus } from '../domain/account';
import { AccountsErrorCode } from '../domain/accounts-error';
import { Audience } from '../domain/session';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, tokenWorks } from '../testing/use-case-steps';
import { SignInWithWeChat, SignInWithWeChatInput } from './sign-in-with-wechat.use-case';

describe('SignInWithWeChat', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  const signIn = (jsCode: string, input: Partial<SignInWithWeChatInput> = {}) =>
    f.get(SignInWithWeChat).execute({ jsCode, profile: {}, audience: Audience.Users, client: CLIENT, ...input });

  it('creates a WeChat user without a password on first sight, and a session carrying the openid', async () => {
    f.wechat.accept('code-1', { openid: 'o-1', unionid: 'u-1' });
    const issued = await signIn('code-1', { profile: { nickname: 'Wei', city: 'Shanghai' } });
    expect(issued.account).toMatchObject({ username: null, email: null, phone: null, passwordHash: null, nickname: 'Wei' });
    expect(issued.identity).toMatchObject({ appId: f.wechat.appId, openid: 'o-1', unionid: 'u-1', city: 'Shanghai' });
    expect(issued.session.wechatOpenid).toBe('o-1');
    expect(await tokenWorks(f, issued.accessToken, Audience.Users)).toBe(true);
  });

  it('signs the same openid into the same account later, keeping the profile fields sent along', async () => {
    f.wechat.accept('code-1', { openid: 'o-1', unionid: null });
    const first = await signIn('code-1');
    f.wechat.accept('code-2', { openid: 'o-1', unionid: 'u-late' });
    const second = await signIn('code-2', { profile: { nickname: 'Renamed' } });
    expect(second.account.id).toBe(first.account.id);
    expect(f.accounts.rows.size).toBe(1);
    expect(f.wechatIdentities.rows[0]).toMatchObject({ nickname: 'Renamed', unionid: 'u-late' });
  });

  it("answers WeChat's refusal and its outage, and creates nothing", async () => {
    await expect(signIn('unknown-code')).rejects.toMatchObject({ code: AccountsErrorCode.WeChatRejected, details: { upstreamCode: 40029 } });
    f.wechat.unavailable = true;
    await expect(signIn('any')).rejects.toMatchObject({ code: AccountsErrorCode.WeChatUnavailable });
    expect(f.accounts.rows.size).toBe(0);
  });

  it('refuses an avatar that is not an http(s) URL before spending the code', async () => {
    f.wechat.accept('code-1', { openid: 'o-1', unionid: null });
    await expect(signIn('code-1', { profile: { avatarUrl: 'javascript:alert(1)' } })).rejects.toMatchObject({ details: { fields: { avatarUrl: ['pattern'] } } });
    await expect(signIn('code-1')).resolves.toBeTruthy();
  });

  it('refuses a disabled account', async () => {
    f.wechat.accept('code-1', { openid: 'o-1', unionid: null });
    const first = await signIn('code-1');
    await f.accounts.updateAdminFields(first.account.id, { status: AccountStatus.Paused });
    f.wechat.accept('code-2', { openid: 'o-1', unionid: null });
    await expect(signIn('code-2')).rejects.toMatchObject({ code: AccountsErrorCode.AccountDisabled });
  });
});

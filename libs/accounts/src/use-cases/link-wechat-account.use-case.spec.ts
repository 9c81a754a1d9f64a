import { randomUUID } from 'node:crypto';
import { AccountStatus } from '../domain/account';
import { AccountsErrorCode } from '../domain/accounts-error';
import { storedFileName } from '../domain/stored-file';
import { Audience } from '../domain/session';
import { TokenAuthenticator } from '../services/token-authenticator';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, PASSWORD, registered, signedIn, tokenWorks } from '../testing/use-case-steps';
import { LinkWeChatAccount } from './link-wechat-account.use-case';
import { SignInWithWeChat } from './sign-in-with-wechat.use-case';

const PHONE = '+8613800000070';

describe('LinkWeChatAccount', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  async function wechatSession() {
    f.wechat.accept('code', { openid: 'o-link', unionid: null });
    const issued = await f.get(SignInWithWeChat).execute({ jsCode: 'code', profile: {}, audience: Audience.Users, client: CLIENT });
    return { ...issued, auth: await f.get(TokenAuthenticator).authenticate(issued.accessToken, Audience.Users) };
  }
  const link = (auth: Awaited<ReturnType<typeof wechatSession>>['auth'], password = PASSWORD) =>
    f.get(LinkWeChatAccount).execute({ auth, phone: '13800000070', password, client: CLIENT });

  it("links the openid to the account proven by phone and password: the WeChat session ends, the placeholder and its files go", async () => {
    const target = await registered(f, { phone: PHONE });
    const wechat = await wechatSession();
    const file = { id: randomUUID(), accountId: wechat.account.id, originalName: 'a.png', size: 3, mimeType: 'image/png', suffix: 'png', createdAt: f.clock.now() };
    await f.storedFiles.insert(file);
    await f.files.put(storedFileName(file), Buffer.from('png'));

    const linked = await link(wechat.auth);
    expect(linked.account.id).toBe(target.id);
    expect(linked.session.wechatOpenid).toBe('o-link');
    expect(await tokenWorks(f, wechat.accessToken, Audience.Users)).toBe(false);
    expect(f.wechatIdentities.rows[0].accountId).toBe(target.id);
    expect(f.accounts.rows.get(wechat.account.id)!.status).toBe(AccountStatus.Deleted);
    expect(f.files.bytes.size).toBe(0);

    // The next WeChat sign-in of that openid opens the linked account.
    f.wechat.accept('code-again', { openid: 'o-link', unionid: null });
    const again = await f.get(SignInWithWeChat).execute({ jsCode: 'code-again', profile: {}, audience: Audience.Users, client: CLIENT });
    expect(again.account.id).toBe(target.id);
  });

  it('refuses a wrong password and keeps the WeChat user as it was', async () => {
    await registered(f, { phone: PHONE });
    const wechat = await wechatSession();
    await expect(link(wechat.auth, 'Wrong-Password-1')).rejects.toMatchObject({ code: AccountsErrorCode.InvalidCredentials });
    expect(f.wechatIdentities.rows[0].accountId).toBe(wechat.account.id);
    expect(await tokenWorks(f, wechat.accessToken, Audience.Users)).toBe(true);
  });

  it('refuses a session that did not come from a WeChat sign-in', async () => {
    const target = await registered(f, { phone: PHONE });
    const plain = await signedIn(f, target, Audience.Users);
    await expect(link(plain.auth)).rejects.toMatchObject({ code: AccountsErrorCode.Forbidden });
  });
});

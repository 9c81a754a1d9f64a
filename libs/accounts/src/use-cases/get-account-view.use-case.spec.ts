import { randomUUID } from 'node:crypto';
import { AccountsErrorCode } from '../domain/accounts-error';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { registered } from '../testing/use-case-steps';
import { GetAccountView } from './get-account-view.use-case';

describe('GetAccountView', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  it('answers the account with its avatar file and its newest WeChat link', async () => {
    const account = await registered(f);
    const file = { id: randomUUID(), accountId: account.id, originalName: 'a.png', size: 3, mimeType: 'image/png', suffix: 'png', createdAt: f.clock.now() };
    await f.storedFiles.insert(file);
    await f.accounts.setAvatar(account.id, `http://accounts.test/files/${file.id}.png`, file.id);
    const profile = { nickname: 'wx', avatarUrl: null, country: null, province: null, city: null, language: null };
    await f.wechatIdentities.insert({ ...profile, accountId: account.id, appId: 'wx-test-app', openid: 'o-old', unionid: null });
    await f.wechatIdentities.insert({ ...profile, accountId: account.id, appId: 'wx-test-app', openid: 'o-new', unionid: 'u-1' });
    const view = await f.get(GetAccountView).execute({ uuid: account.uuid });
    expect(view.account.id).toBe(account.id);
    expect(view.avatarFile).toEqual(file);
    expect(view.wechat).toMatchObject({ openid: 'o-new', unionid: 'u-1' });
  });

  it('answers no file and no link when there are none, for an account given or found by id', async () => {
    const account = await registered(f);
    await expect(f.get(GetAccountView).execute({ account })).resolves.toEqual({ account, avatarFile: null, wechat: null });
    await expect(f.get(GetAccountView).execute({ id: account.id })).resolves.toMatchObject({ account: { id: account.id }, avatarFile: null });
  });

  it('answers AccountNotFound for an unknown or deleted account', async () => {
    const account = await registered(f);
    await f.accounts.erase(account.id);
    await expect(f.get(GetAccountView).execute({ id: account.id })).rejects.toMatchObject({ code: AccountsErrorCode.AccountNotFound });
    await expect(f.get(GetAccountView).execute({ uuid: randomUUID() })).rejects.toMatchObject({ code: AccountsErrorCode.AccountNotFound });
  });
});

import { randomUUID } from 'node:crypto';
import { AccountStatus } from '../domain/account';
import { AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { storedFileName } from '../domain/stored-file';
import { Audience } from '../domain/session';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, PASSWORD, registered, signedIn, tokenWorks } from '../testing/use-case-steps';
import { DeleteAccount } from './delete-account.use-case';

describe('DeleteAccount', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  async function withEverything() {
    const account = await registered(f, { username: 'leaving', email: 'leaving@example.com', phone: '+8613800000060' });
    const file = { id: randomUUID(), accountId: account.id, originalName: 'a.png', size: 3, mimeType: 'image/png', suffix: 'png', createdAt: f.clock.now() };
    await f.storedFiles.insert(file);
    await f.files.put(storedFileName(file), Buffer.from('png'));
    await f.wechatIdentities.insert({ accountId: account.id, appId: 'wx-test-app', openid: 'o-leaving', unionid: null, nickname: null, avatarUrl: null, country: null, province: null, city: null, language: null });
    return { account, file, sessions: [await signedIn(f, account), await signedIn(f, account, Audience.Venus)] };
  }

  it('erases the account after its password: sessions end, identifiers free, files and WeChat links gone, the row and an audit stay', async () => {
    const { account, file, sessions } = await withEverything();
    await f.get(DeleteAccount).execute({ auth: sessions[0].auth, password: PASSWORD, client: CLIENT });
    expect(await tokenWorks(f, sessions[0].accessToken)).toBe(false);
    expect(await tokenWorks(f, sessions[1].accessToken, Audience.Venus)).toBe(false);
    expect(f.accounts.rows.get(account.id)).toMatchObject({ uuid: account.uuid, status: AccountStatus.Deleted, username: null, email: null, phone: null, passwordHash: null });
    expect(await f.storedFiles.findById(file.id)).toBeNull();
    expect(f.files.bytes.size).toBe(0);
    expect(f.wechatIdentities.rows).toEqual([]);
    expect(f.audit.events).toContainEqual(expect.objectContaining({ accountId: account.id, type: AuditEventType.AccountDeleted, detail: { audience: Audience.V2 } }));
    await expect(registered(f, { username: 'leaving', email: 'leaving@example.com', phone: '+8613800000060' })).resolves.toBeTruthy();
  });

  it('keeps everything when the password is wrong', async () => {
    const { account, sessions } = await withEverything();
    await expect(f.get(DeleteAccount).execute({ auth: sessions[0].auth, password: 'Wrong-Password-1', client: CLIENT })).rejects.toMatchObject({
      code: AccountsErrorCode.InvalidCredentials,
    });
    expect(f.accounts.rows.get(account.id)!.status).toBe(AccountStatus.Normal);
    expect(await tokenWorks(f, sessions[0].accessToken)).toBe(true);
    expect(f.files.bytes.size).toBe(1);
  });

  it('deletes in the mirror first; when the mirror is down the account stays', async () => {
    f.mirror.enabled = true;
    const { account, sessions } = await withEverything();
    f.mirror.failNext = true;
    await expect(f.get(DeleteAccount).execute({ auth: sessions[0].auth, password: PASSWORD, client: CLIENT })).rejects.toMatchObject({
      code: AccountsErrorCode.MirrorUnavailable,
    });
    expect(f.accounts.rows.get(account.id)!.status).toBe(AccountStatus.Normal);
    await f.get(DeleteAccount).execute({ auth: sessions[0].auth, password: PASSWORD, client: CLIENT });
    expect(f.mirror.calls.at(-1)).toMatchObject({ method: 'deleted', account: { username: 'leaving' } });
  });
});

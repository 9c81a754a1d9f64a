import { AccountRepository, AuditEventType, AuditLog } from '@app/accounts';
import { createTestApp, TestApp, uniquePhone } from '../support/test-app';
import { bearer, loginV2 } from '../support/v2-helpers';
import {
  call,
  failure,
  InfiniteUser,
  invalid,
  loginInfinite,
  newUser,
  OTHER_PASSWORD,
  PARAMETER_REPEAT,
  registerInfinite,
  signedInUser,
  SUCCESS,
  TOKEN_INVALID,
  VERIFY_CODE_ERROR,
  VERIFY_ERROR,
} from './infinite-helpers';

const OK = { ...SUCCESS, data: {} };
const EDIT_MOBILE_VERIFY_ERROR = failure('Account.VerifyError', '账户检验错误');

describe('infinite profile, password, email, phone and deletion', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  const detail = async (token: string) => (await call(t, 'getUserDetail', {}, token).expect(200)).body.data;

  async function emailCode(email: string): Promise<string> {
    expect((await call(t, 'emailVerifyCode', { email })).body).toEqual(OK);
    return t.lastCode(email.toLowerCase());
  }

  async function smsCode(mobile: string): Promise<string> {
    expect((await call(t, 'generateSmsCode', { internationalCode: '86', mobile })).body).toEqual(OK);
    return t.lastCode(`+86${mobile}`);
  }

  describe('editUser', () => {
    const profile = {
      nickname: '测试',
      avatarUrl: 'https://i.picsum.photos/id/1005/100/100.jpg',
      description: '小菜鸟',
      website: 'http://www.baidu.com',
      location: 'China',
    };

    it('changes the profile, seen by getUserDetail, login and v2', async () => {
      const user = await signedInUser(t);
      expect((await call(t, 'editUser', profile, user.token).expect(200)).body).toEqual(OK);
      expect(await detail(user.token)).toMatchObject({ nickname: '测试', iconUrl: profile.avatarUrl });
      const login = await loginInfinite(t, { username: user.username, password: user.password });
      expect(login).toMatchObject({ nickname: '测试', iconUrl: profile.avatarUrl });
      const v2 = await loginV2(t, user.username, user.password);
      const me = await t.http.get('/v2/me').set(bearer(v2.access_token)).expect(200);
      expect(me.body).toMatchObject({ nickname: '测试', avatar_url: profile.avatarUrl, description: '小菜鸟', website: 'http://www.baidu.com', location: 'China' });

      await call(t, 'editUser', { ...profile, description: '', website: '' }, user.token).expect(200);
      const cleared = await t.http.get('/v2/me').set(bearer(v2.access_token)).expect(200);
      expect(cleared.body).toMatchObject({ description: null, website: null, location: 'China' });
    });

    it('requires every field and checks the lengths', async () => {
      const user = await signedInUser(t);
      const cases: [Record<string, unknown>, ReturnType<typeof invalid>][] = [
        [{ nickname: '  ' }, invalid('nickname', 'notBlank')],
        [{ website: undefined }, invalid('website', 'notNull')],
        [{ description: 'x'.repeat(51) }, invalid('description', 'length')],
        [{ location: 42 }, invalid('location', 'pattern')],
        [{ avatarUrl: `https://x/${'a'.repeat(250)}` }, invalid('avatarUrl', 'length')],
      ];
      for (const [fields, expected] of cases) {
        expect((await call(t, 'editUser', { ...profile, ...fields }, user.token).expect(200)).body).toEqual(expected);
      }
      expect((await call(t, 'editUser', profile)).body.msg).toBe('token为空');
      expect((await call(t, 'editUser', profile, 'garbage')).body).toEqual(TOKEN_INVALID);
      expect((await detail(user.token)).nickname).toBeNull();
    });
  });

  describe('modifyUserPassword', () => {
    it('changes the password and ends every other session, in every contract; the caller\'s goes on', async () => {
      const user = await signedInUser(t);
      const v2 = await loginV2(t, user.username, user.password);
      const body = { oriPassword: user.password, password: OTHER_PASSWORD };
      expect((await call(t, 'modifyUserPassword', body, user.token).expect(200)).body).toEqual(OK);
      expect((await call(t, 'getUserDetail', {}, user.token)).body).toMatchObject(SUCCESS);
      await t.http.get('/v2/me').set(bearer(v2.access_token)).expect(401);
      expect((await call(t, 'login', { username: user.username, password: user.password })).body).toEqual(VERIFY_ERROR);
      await loginInfinite(t, { username: user.username, password: OTHER_PASSWORD });
    });

    it('answers ParameterRepeat, VerifyError and the password rule', async () => {
      const user = await signedInUser(t);
      const cases: [Record<string, unknown>, unknown][] = [
        [{ oriPassword: user.password, password: user.password }, PARAMETER_REPEAT],
        [{ oriPassword: 'wrong1234', password: OTHER_PASSWORD }, VERIFY_ERROR],
        [{ oriPassword: user.password, password: 'abcdefghi' }, invalid('password', 'pattern')],
        [{ oriPassword: user.password, password: 'ab12' }, invalid('password', 'length')],
        [{ password: OTHER_PASSWORD }, invalid('oriPassword', 'notBlank')],
      ];
      for (const [body, expected] of cases) {
        expect((await call(t, 'modifyUserPassword', body, user.token).expect(200)).body).toEqual(expected);
      }
      expect((await call(t, 'getUserDetail', {}, user.token)).body).toMatchObject(SUCCESS);
    });
  });

  describe('modifyUserEmail', () => {
    it('moves the account to a new email proven by a code, verified', async () => {
      const user = await signedInUser(t);
      const email = newUser('moved').email;
      const verifyCode = await emailCode(email);
      const body = { password: user.password, oriEmail: user.email, email, verifyCode };
      expect((await call(t, 'modifyUserEmail', body, user.token).expect(200)).body).toEqual(OK);
      expect(await detail(user.token)).toMatchObject({ email, emailVerified: 2 });
      const login = await loginInfinite(t, { email, password: user.password });
      expect(login.emailVerified).toBe('email.verified');
      expect((await call(t, 'login', { email: user.email, password: user.password })).body).toEqual(VERIFY_ERROR);
      expect((await call(t, 'modifyUserEmail', { ...body, oriEmail: email, email: newUser().email }, user.token)).body).toEqual(
        VERIFY_CODE_ERROR,
      );
    });

    it('answers each documented failure and changes nothing', async () => {
      const user = await signedInUser(t);
      const other = await registerInfinite(t);
      const email = newUser('next').email;
      const verifyCode = await emailCode(email);
      const body = { password: user.password, oriEmail: user.email, email, verifyCode };
      const cases: [Record<string, unknown>, unknown][] = [
        [{ verifyCode: verifyCode === '000000' ? '111111' : '000000' }, VERIFY_CODE_ERROR],
        [{ oriEmail: other.email }, VERIFY_ERROR],
        [{ password: 'wrong1234' }, VERIFY_ERROR],
        [{ email: user.email.toUpperCase() }, PARAMETER_REPEAT],
        [{ email: other.email }, failure('General.EmailRepeat', '邮箱已被使用')],
        [{ email: 'nope' }, invalid('email', 'pattern')],
        [{ verifyCode: '' }, invalid('verifyCode', 'notBlank')],
      ];
      for (const [fields, expected] of cases) {
        expect((await call(t, 'modifyUserEmail', { ...body, ...fields }, user.token).expect(200)).body).toEqual(expected);
      }
      expect((await detail(user.token)).email).toBe(user.email);
      expect((await call(t, 'modifyUserEmail', body, user.token)).body).toEqual(OK);
    });
  });

  describe('resetUserPassword', () => {
    it('sets a new password with an email code and ends every session', async () => {
      const user = await signedInUser(t);
      const verifyCode = await emailCode(user.email);
      const body = { email: user.email.toUpperCase(), password: OTHER_PASSWORD, verifyCode };
      expect((await call(t, 'resetUserPassword', body).expect(200)).body).toEqual(OK);
      expect((await call(t, 'getUserDetail', {}, user.token)).body).toEqual(TOKEN_INVALID);
      await loginInfinite(t, { username: user.username, password: OTHER_PASSWORD });
      expect((await call(t, 'resetUserPassword', { ...body, password: 'again1234' })).body).toEqual(VERIFY_CODE_ERROR);
    });

    it('answers each failure and keeps the password', async () => {
      const user = await registerInfinite(t);
      const verifyCode = await emailCode(user.email);
      const body = { email: user.email, password: OTHER_PASSWORD, verifyCode };
      const cases: [Record<string, unknown>, unknown][] = [
        [{ verifyCode: verifyCode === '000000' ? '111111' : '000000' }, VERIFY_CODE_ERROR],
        [{ password: user.password }, PARAMETER_REPEAT],
        [{ password: 'onlyletters' }, invalid('password', 'pattern')],
        [{ email: 'bad' }, invalid('email', 'pattern')],
        [{ verifyCode: undefined }, invalid('verifyCode', 'notBlank')],
      ];
      for (const [fields, expected] of cases) {
        expect((await call(t, 'resetUserPassword', { ...body, ...fields }).expect(200)).body).toEqual(expected);
      }
      await loginInfinite(t, { username: user.username, password: user.password });

      const stranger = newUser('stranger').email;
      const strangerCode = await emailCode(stranger);
      expect((await call(t, 'resetUserPassword', { email: stranger, password: OTHER_PASSWORD, verifyCode: strangerCode })).body).toEqual(VERIFY_ERROR);
    });
  });

  describe('editUserMobile', () => {
    it('binds a new phone proven by an SMS code', async () => {
      const user = await signedInUser(t);
      const mobile = uniquePhone();
      const body = { mobile, smsCode: await smsCode(mobile), password: user.password };
      expect((await call(t, 'editUserMobile', body, user.token).expect(200)).body).toEqual(OK);
      expect((await detail(user.token)).mobile).toBe(mobile);

      const next = uniquePhone();
      const moved = { mobile: Number(next), oriMobile: `+86${mobile}`, smsCode: await smsCode(next), password: user.password };
      expect((await call(t, 'editUserMobile', moved, user.token)).body).toEqual(OK);
      expect((await detail(user.token)).mobile).toBe(next);
      await loginV2(t, next, user.password);
    });

    it('answers each documented failure with its own texts', async () => {
      const user = await signedInUser(t);
      const holder = await signedInUser(t);
      const taken = uniquePhone();
      await call(t, 'editUserMobile', { mobile: taken, smsCode: await smsCode(taken), password: holder.password }, holder.token).expect(200);
      const mobile = uniquePhone();
      const code = await smsCode(mobile);
      const body = { mobile, smsCode: code, password: user.password };
      const cases: [Record<string, unknown>, unknown][] = [
        [{ mobile: undefined }, invalid('mobile', 'notBlank')],
        [{ mobile: '12345' }, invalid('mobile', 'pattern')],
        [{ password: 'wrong1234' }, EDIT_MOBILE_VERIFY_ERROR],
        [{ oriMobile: uniquePhone() }, EDIT_MOBILE_VERIFY_ERROR],
        [{ smsCode: code === '000000' ? '111111' : '000000' }, VERIFY_CODE_ERROR],
        [{ mobile: taken }, failure('General.MobileHasBeenUsed', '手机已被使用')],
      ];
      for (const [fields, expected] of cases) {
        expect((await call(t, 'editUserMobile', { ...body, ...fields }, user.token).expect(200)).body).toEqual(expected);
      }
      const missing = await call(t, 'editUserMobile', { smsCode: code, password: user.password }, user.token);
      expect(missing.body).toEqual({ code: 'General.ParameterInvalid', data: { ruleViolated: { mobile: ['notBlank'] } }, msg: 'request params[mobile] notBlank.' });
      expect((await detail(user.token)).mobile).toBeNull();
      expect((await call(t, 'editUserMobile', body, user.token)).body).toEqual(OK);
      expect((await call(t, 'editUserMobile', { ...body, smsCode: await nextCode(mobile) }, user.token)).body).toEqual(PARAMETER_REPEAT);
    });

    async function nextCode(mobile: string): Promise<string> {
      t.clock.advance(61);
      return smsCode(mobile);
    }
  });

  describe('deleteUser', () => {
    it('needs the password', async () => {
      const user = await signedInUser(t);
      expect((await call(t, 'deleteUser', { password: 'wrong1234' }, user.token)).body).toEqual(VERIFY_ERROR);
      expect((await call(t, 'deleteUser', {}, user.token)).body).toEqual(invalid('password', 'notBlank'));
      expect((await call(t, 'getUserDetail', {}, user.token)).body).toMatchObject(SUCCESS);
    });

    it('ends every session, frees username, email and phone, erases the data and keeps an audit record', async () => {
      const user: InfiniteUser & { token: string } = await signedInUser(t);
      const mobile = uniquePhone();
      await call(t, 'editUserMobile', { mobile, smsCode: await smsCode(mobile), password: user.password }, user.token).expect(200);
      await call(t, 'editUser', { nickname: '将删除', avatarUrl: '', description: '', website: '', location: 'Beijing' }, user.token).expect(200);
      const { userId } = await detail(user.token);
      const v2 = await loginV2(t, user.username, user.password);

      expect((await call(t, 'deleteUser', { password: user.password }, user.token).expect(200)).body).toEqual(OK);
      expect((await call(t, 'getUserDetail', {}, user.token)).body).toEqual(TOKEN_INVALID);
      await t.http.get('/v2/me').set(bearer(v2.access_token)).expect(401);
      expect((await call(t, 'login', { username: user.username, password: user.password })).body).toEqual(VERIFY_ERROR);

      const again = await signedInUser(t, { ...user });
      expect((await detail(again.token)).userId).not.toBe(userId);
      t.clock.advance(61);
      const rebound = { mobile, smsCode: await smsCode(mobile), password: user.password };
      expect((await call(t, 'editUserMobile', rebound, again.token)).body).toEqual(OK);

      const erased = await t.app.get(AccountRepository).findById(userId);
      expect(erased).toMatchObject({ status: 'deleted', username: null, email: null, phone: null, nickname: null, location: null, passwordHash: null });
      const events = await t.app.get(AuditLog).listForAccount(userId, 50);
      expect(events.map((event) => event.type)).toContain(AuditEventType.AccountDeleted);
    });
  });
});

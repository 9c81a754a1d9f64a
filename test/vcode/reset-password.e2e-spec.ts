import { createTestApp, TestApp, uniquePhone } from '../support/test-app';
import { GOOD_PASSWORD, logInVcode, registerVcode, sendVcode } from './vcode-helpers';

const NEW_PASSWORD = 'Another-Horse-43';

describe('vcode password reset: /api/user/resetPassword', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('answers 0 修改密码成功, ends every session and takes the new password only', async () => {
    const phone = uniquePhone();
    const registered = await registerVcode(t, phone);
    const signedIn = await logInVcode(t, phone);
    t.clock.advance(61);
    const code = await sendVcode(t, phone);
    await t.http.post('/api/user/resetPassword').send({ phone, code, newPassword: NEW_PASSWORD }).expect(200, { code: '0', message: '修改密码成功' });
    for (const token of [registered.token, signedIn.token]) {
      await t.http.post('/api/user/checkToken').send({ userName: phone, token }).expect(200, { code: '1', message: 'Token无效' });
    }
    await t.http.post('/api/user/logIn').send({ userName: phone, password: GOOD_PASSWORD }).expect(200, { code: '2', message: '密码错误' });
    await logInVcode(t, phone, NEW_PASSWORD);
    // The code was used up.
    await t.http.post('/api/user/resetPassword').send({ phone, code, newPassword: 'Third-Horse-44' }).expect(200, { code: '1', message: 'Token无效' });
  });

  it('takes form fields and a +86 phone', async () => {
    const phone = uniquePhone();
    await registerVcode(t, phone);
    t.clock.advance(61);
    const code = await sendVcode(t, phone);
    await t.http
      .post('/api/user/resetPassword')
      .type('form')
      .send({ phone: `+86${phone}`, code, newPassword: NEW_PASSWORD })
      .expect(200, { code: '0', message: '修改密码成功' });
    await logInVcode(t, phone, NEW_PASSWORD);
  });

  it('answers 1 Token无效 for a wrong or never-sent code and keeps the password', async () => {
    const phone = uniquePhone();
    await registerVcode(t, phone);
    t.clock.advance(61);
    const code = await sendVcode(t, phone);
    const wrong = code === '000000' ? '111111' : '000000';
    await t.http.post('/api/user/resetPassword').send({ phone, code: wrong, newPassword: NEW_PASSWORD }).expect(200, { code: '1', message: 'Token无效' });
    const unsent = uniquePhone();
    await registerVcode(t, unsent);
    await t.http.post('/api/user/resetPassword').send({ phone: unsent, code, newPassword: NEW_PASSWORD }).expect(200, { code: '1', message: 'Token无效' });
    await logInVcode(t, phone);
  });

  it('answers 1 用户不存在 for a phone with no account, 1 with the rule for a weak or unchanged password', async () => {
    const stranger = uniquePhone();
    const strangerCode = await sendVcode(t, stranger);
    await t.http
      .post('/api/user/resetPassword')
      .send({ phone: stranger, code: strangerCode, newPassword: NEW_PASSWORD })
      .expect(200, { code: '1', message: '用户不存在' });

    const phone = uniquePhone();
    await registerVcode(t, phone);
    t.clock.advance(61);
    const code = await sendVcode(t, phone);
    await t.http.post('/api/user/resetPassword').send({ phone, code, newPassword: 'short1' }).expect(200, { code: '1', message: '密码长度须为8到128个字符' });
    await t.http
      .post('/api/user/resetPassword')
      .send({ phone, code, newPassword: GOOD_PASSWORD })
      .expect(200, { code: '1', message: '新密码不能与原密码相同' });
    await t.http.post('/api/user/resetPassword').send({ phone, code }).expect(200, { code: '1', message: '请求参数格式错误：newPassword 不能为空' });
    // None of the refused attempts spent the code.
    await t.http.post('/api/user/resetPassword').send({ phone, code, newPassword: NEW_PASSWORD }).expect(200, { code: '0', message: '修改密码成功' });
  });
});

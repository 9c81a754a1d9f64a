import { AccountRole, Audience, RegisterAccount } from '@app/accounts';
import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { bearer, GOOD_PASSWORD, loginV2, registerV2WithPhone } from '../support/v2-helpers';
import { logInVcode, registerVcode, sendVcode } from './vcode-helpers';

describe('vcode and v2 share one account store', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('signs an account made through v2 in through vcode, and get answers its id', async () => {
    const phone = uniquePhone();
    const v2 = await registerV2WithPhone(t, phone, { nickname: 'Vee' });
    const signedIn = await logInVcode(t, phone);
    expect(signedIn.userName).toBe(phone);
    const { body } = await t.http.post('/api/user/get').send({ token: signedIn.token }).expect(200);
    expect(body.data).toMatchObject({ id: v2.user.id, userName: phone, phoneNumber: phone, nickName: 'Vee', role: 'USER' });
  });

  it('signs an account made through vcode in through v2 with the phone', async () => {
    const phone = uniquePhone();
    await registerVcode(t, phone);
    const session = await loginV2(t, `+86${phone}`);
    expect(session.user.phone).toBe(`+86${phone}`);
    await loginV2(t, phone);
  });

  it('shows perfectInfo fields through GET /v2/me, the email unverified', async () => {
    const phone = uniquePhone();
    const { token } = await registerVcode(t, phone);
    const email = `${uniqueName('info')}@example.com`;
    await t.http
      .post('/api/user/perfectInfo')
      .send({ userName: phone, token, nickName: 'Jack', job: '开发', company: '骨朵影视', email })
      .expect(200, { code: '0', message: 'SUCCESS' });
    const v2 = await loginV2(t, phone);
    const me = await t.http.get('/v2/me').set(bearer(v2.access_token)).expect(200);
    expect(me.body).toMatchObject({ nickname: 'Jack', position: '开发', company: '骨朵影视', email, email_verified: false, phone: `+86${phone}` });
    // …and the email now signs in through v2 too.
    await loginV2(t, email);
  });

  it('keeps tokens to their API: a vcode token is not a v2 bearer token', async () => {
    const { token } = await registerVcode(t);
    await t.http.get('/v2/me').set(bearer(token)).expect(401);
  });

  it('a v2 password change ends vcode sessions; a vcode reset ends v2 sessions', async () => {
    const phone = uniquePhone();
    const { token } = await registerVcode(t, phone);
    const v2 = await loginV2(t, phone);
    await t.http
      .post('/v2/me/password')
      .set(bearer(v2.access_token))
      .send({ current_password: GOOD_PASSWORD, new_password: 'Another good passphrase' })
      .expect(204);
    await t.http.post('/api/user/checkToken').send({ userName: phone, token }).expect(200, { code: '1', message: 'Token无效' });

    const again = await loginV2(t, phone, 'Another good passphrase');
    t.clock.advance(61);
    const code = await sendVcode(t, phone);
    await t.http.post('/api/user/resetPassword').send({ phone, code, newPassword: GOOD_PASSWORD }).expect(200, { code: '0', message: '修改密码成功' });
    await t.http.get('/v2/me').set(bearer(again.access_token)).expect(401);
    await loginV2(t, phone);
  });

  it('answers role ADMIN for an administrator, and an account an administrator pauses gets 3 and loses its tokens', async () => {
    const adminPhone = uniquePhone();
    await t.app.get(RegisterAccount).execute({
      phone: adminPhone,
      password: GOOD_PASSWORD,
      passwordPolicy: 'standard',
      role: AccountRole.Admin,
      audience: Audience.Vcode,
      client: {},
    });
    const admin = await logInVcode(t, adminPhone);
    const adminView = await t.http.post('/api/user/get').send({ token: admin.token }).expect(200);
    expect(adminView.body.data.role).toBe('ADMIN');

    const phone = uniquePhone();
    const { token } = await registerVcode(t, phone);
    const { body: user } = await t.http.post('/api/user/get').send({ token }).expect(200);
    const adminV2 = await loginV2(t, adminPhone);
    await t.http.patch(`/v2/users/${user.data.id}`).set(bearer(adminV2.access_token)).send({ status: 'paused' }).expect(200);
    await t.http.post('/api/user/get').send({ token }).expect(200, { code: '1', message: 'Token无效' });
    await t.http.post('/api/user/logIn').send({ userName: phone, password: GOOD_PASSWORD }).expect(200, { code: '3', message: '登录失败：账户已停用' });
  });
});

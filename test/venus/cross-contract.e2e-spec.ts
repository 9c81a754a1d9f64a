import { AccountRole, Audience, RegisterAccount } from '@app/accounts';
import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { bearer, GOOD_PASSWORD, loginV2, registerV2, registerV2WithPhone } from '../support/v2-helpers';
import { createVenusUser, expectVenusError, signInWithName, VENUS_PASSWORD, venusSession } from './venus-helpers';

describe('venus and v2 share one account store', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  const venusInfo = async (token: string) => (await t.http.get('/venus/user/info').set('token', token).expect(200)).body as Record<string, unknown>;
  const v2Me = async (token: string) => (await t.http.get('/v2/me').set(bearer(token)).expect(200)).body as Record<string, unknown>;

  it('signs an account made through v2 in through venus, by username and by phone', async () => {
    const phone = uniquePhone();
    const v2 = await registerV2WithPhone(t, phone, { nickname: 'from v2' });
    const byName = await signInWithName(t, v2.user.username!, GOOD_PASSWORD);
    expect(await venusInfo(byName)).toMatchObject({ user_id: v2.user.id, nickname: 'from v2' });
    const byPhone = await t.http.post('/venus/auth/user/signin_with_phone').send({ phone_number: phone, password: GOOD_PASSWORD }).expect(200);
    expect((await venusInfo(byPhone.body.token)).user_id).toBe(v2.user.id);
  });

  it('signs an account made through venus in through v2, by username and by phone', async () => {
    const phone = uniquePhone();
    const venus = await createVenusUser(t, { phone_number: phone, nickname: 'from venus', internal_number: '8001' });
    const byName = await loginV2(t, venus.user_name, VENUS_PASSWORD);
    expect(byName.user).toMatchObject({ id: venus.user_id, username: venus.user_name, phone: `+86${phone}` });
    expect(await v2Me(byName.access_token)).toMatchObject({ nickname: 'from venus', internal_phone: '8001' });
    const byPhone = await loginV2(t, phone, VENUS_PASSWORD);
    expect(byPhone.user.id).toBe(venus.user_id);
  });

  it('refuses a venus registration whose username or phone v2 already holds', async () => {
    const phone = uniquePhone();
    const v2 = await registerV2WithPhone(t, phone);
    const sameName = await t.http.post('/venus/auth/user/create').send({ user_name: v2.user.username, password: VENUS_PASSWORD });
    expectVenusError(sameName, 400, 10011, 'user_exists');
    const samePhone = await t.http.post('/venus/auth/user/create').send({ user_name: uniqueName(), password: VENUS_PASSWORD, phone_number: phone });
    expectVenusError(samePhone, 400, 10011, 'user_exists');
  });

  it('shows through GET /v2/me the nickname and phone set through venus', async () => {
    const v2 = await registerV2(t);
    const token = await signInWithName(t, v2.user.username!, GOOD_PASSWORD);
    const phone = uniquePhone();
    await t.http.post('/venus/user/info').set('token', token).send({ nickname: '维纳斯', phone_number: phone }).expect(200);
    expect(await v2Me(v2.access_token)).toMatchObject({ nickname: '维纳斯', phone: `+86${phone}` });
  });

  it('shows through venus the position, department and avatar set through v2', async () => {
    const { token, user_name } = await venusSession(t);
    const v2 = await loginV2(t, user_name, VENUS_PASSWORD);
    await t.http
      .patch('/v2/me')
      .set(bearer(v2.access_token))
      .send({ position: 'Engineer', department: 'gov', avatar_url: 'https://example.com/a.png' })
      .expect(200);
    expect(await venusInfo(token)).toMatchObject({ position: 'Engineer', department_name: 'gov', avatar: 'https://example.com/a.png' });
  });

  it('reports in last_login_at_sec a later sign-in through v2', async () => {
    const { token, user_name } = await venusSession(t);
    t.clock.advance(3600);
    const before = Math.floor(t.clock.now().getTime() / 1000);
    await loginV2(t, user_name, VENUS_PASSWORD);
    expect((await venusInfo(token)).last_login_at_sec).toBeGreaterThanOrEqual(before);
  });

  it('ends the v2 sessions too when the password changes through venus', async () => {
    const { token, user_name } = await venusSession(t);
    const v2 = await loginV2(t, user_name, VENUS_PASSWORD);
    await t.http.post('/venus/user/password').set('token', token).send({ password: 'A-new-passphrase-7', confirm_password: 'A-new-passphrase-7' }).expect(200);
    await t.http.get('/v2/me').set(bearer(v2.access_token)).expect(401);
    await loginV2(t, user_name, 'A-new-passphrase-7');
  });

  it('refuses a paused account at venus sign-in with 403 11003, and its venus tokens with 401 11001', async () => {
    const admin = uniqueName('admin');
    await t.app.get(RegisterAccount).execute({
      username: admin,
      password: GOOD_PASSWORD,
      passwordPolicy: 'standard',
      role: AccountRole.Admin,
      audience: Audience.V2,
      client: {},
    });
    const adminToken = (await loginV2(t, admin)).access_token;
    const { token, user_name, user_id } = await venusSession(t);
    await t.http.patch(`/v2/users/${user_id}`).set(bearer(adminToken)).send({ status: 'paused' }).expect(200);
    expectVenusError(await t.http.get('/venus/user/info').set('token', token), 401, 11001, 'invalid_token');
    const refused = await t.http.post('/venus/auth/user/signin_with_name').send({ user_name, password: VENUS_PASSWORD });
    expectVenusError(refused, 403, 11003, 'invalid_oauth_code');
  });
});

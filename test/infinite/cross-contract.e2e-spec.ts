import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { bearer, GOOD_PASSWORD, loginV2, registerV2, registerV2WithPhone } from '../support/v2-helpers';
import { call, loginInfinite, OTHER_PASSWORD, signedInUser, SUCCESS, TOKEN_INVALID } from './infinite-helpers';

describe('infinite and v2 share one account store', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('signs in through infinite an account made through v2, by username and by email', async () => {
    const username = uniqueName('fromV2');
    const session = await registerV2(t, { username, email: `${username}@example.com`, nickname: 'V2 made' });
    const byName = await loginInfinite(t, { username, password: GOOD_PASSWORD });
    expect(byName).toMatchObject({ username, nickname: 'V2 made', userId: String(session.user.id), status: 'status.normal' });
    const byEmail = await loginInfinite(t, { email: `${username}@EXAMPLE.com`, password: GOOD_PASSWORD });
    expect(byEmail.userId).toBe(String(session.user.id));
  });

  it('signs in through v2 an account made through infinite, and shows its infinite profile there', async () => {
    const user = await signedInUser(t);
    const edited = { nickname: '跨界', avatarUrl: '', description: 'cross', website: '', location: 'Hangzhou' };
    await call(t, 'editUser', edited, user.token).expect(200);
    const v2 = await loginV2(t, user.email, user.password);
    const me = await t.http.get('/v2/me').set(bearer(v2.access_token)).expect(200);
    expect(me.body).toMatchObject({ username: user.username, email: user.email, nickname: '跨界', description: 'cross', location: 'Hangzhou' });
    const detail = await call(t, 'getUserDetail', {}, user.token);
    expect(detail.body.data.userId).toBe(me.body.id);
    expect(detail.body.data.accountId).toBe(me.body.account_number);
  });

  it('shows through getUserDetail a nickname set through v2', async () => {
    const user = await signedInUser(t);
    const v2 = await loginV2(t, user.username, user.password);
    await t.http.patch('/v2/me').set(bearer(v2.access_token)).send({ nickname: 'from v2' }).expect(200);
    expect((await call(t, 'getUserDetail', {}, user.token)).body.data.nickname).toBe('from v2');
  });

  it('signs in a phone-only account with its phone in the username field, answering the 11-digit mobile', async () => {
    const phone = uniquePhone();
    await registerV2WithPhone(t, phone, { username: undefined });
    const login = await loginInfinite(t, { username: phone, password: GOOD_PASSWORD });
    expect(login).toMatchObject({ mobile: phone, username: null, email: null });
  });

  it('ends infinite sessions when the password changes through v2', async () => {
    const user = await signedInUser(t);
    const v2 = await loginV2(t, user.username, user.password);
    await t.http.post('/v2/me/password').set(bearer(v2.access_token)).send({ current_password: user.password, new_password: `${OTHER_PASSWORD}-long` }).expect(204);
    expect((await call(t, 'getUserDetail', {}, user.token)).body).toEqual(TOKEN_INVALID);
    expect((await call(t, 'login', { username: user.username, password: `${OTHER_PASSWORD}-long` })).body).toMatchObject(SUCCESS);
  });
});

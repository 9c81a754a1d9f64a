import { AccountRole, AccountsErrorCode, Audience, RegisterAccount } from '@app/accounts';
import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { GOOD_PASSWORD, registerV2 } from '../support/v2-helpers';
import { call, failure, invalid, newUser } from '../infinite/infinite-helpers';
import { expectVenusError } from '../venus/venus-helpers';
import { bearer, createOAuthClient, NEW_PASSWORD, OAuthTestClient, OTHER_PASSWORD, passwordGrant, registerPhone } from '../oauth-v1/oauth-v1-helpers';

/**
 * Usernames that look like another: invisible, control and text-direction
 * characters are refused; a name whose UTS #39 skeleton (case folded) is held
 * by another account is taken, in every contract where a name enters.
 */

/** A fresh name starting "admin", and look-alikes of it. */
function lookAlikes() {
  const name = uniqueName('admin');
  return {
    name,
    cyrillic: `\u0430${name.slice(1)}`, // Cyrillic а
    dotless: name.replace('i', '\u0131'), // Latin dotless ı
    upperCyrillic: `\u0410${name.slice(1).toUpperCase()}`, // Cyrillic А, then upper case
    fullWidth: `ａ${name.slice(1)}`,
  };
}

const UNCHANGED_NAME_FAILURE = { result: 0, error: '用户名已被使用' };

describe('look-alike usernames', () => {
  let t: TestApp;
  let client: OAuthTestClient;
  beforeAll(async () => {
    t = await createTestApp();
    client = await createOAuthClient(t);
  });
  afterAll(() => t.close());

  async function oauthToken(): Promise<string> {
    const phone = uniquePhone();
    return (await passwordGrant(t, client, phone, await registerPhone(t, phone))).access_token;
  }

  const renameOAuth = (token: string, name: string, password = NEW_PASSWORD) =>
    t.http.put('/api/v1/users/update').set(bearer(token)).send({ name, password, password_confirmation: password }).expect(200);

  it('refuses control, format and bidi characters wherever a name enters', async () => {
    const base = uniqueName('admin');
    for (const hidden of [`${base}\u200b`, `${base}\u202e1`, `ad\u0000${base}`, `${base}\u2066x`, `a\u00ad${base}`]) {
      const v2 = await t.http.post('/v2/auth/register').send({ username: hidden, password: GOOD_PASSWORD }).expect(400);
      expect(v2.body).toMatchObject({ code: 'validation_failed', errors: { username: ['pattern'] } });
      const infinite = await call(t, 'registerIndividual', { ...newUser(), username: hidden }).expect(200);
      expect(infinite.body).toEqual(invalid('username', 'pattern'));
      expectVenusError(await t.http.post('/venus/auth/user/create').send({ user_name: hidden, password: GOOD_PASSWORD }), 400, 10001, 'invalid_params');
    }
    const token = await oauthToken();
    expect((await renameOAuth(token, `${base}\u200b`)).body).toEqual({ result: 0, error: '用户名须为1到64个字符，不能包含空格或@' });
    // The plain name was never taken by any of these.
    await registerV2(t, { username: base });
  });

  it('answers UsernameTaken for a look-alike in every contract, and to the administrator CLI', async () => {
    const names = lookAlikes();
    await registerV2(t, { username: names.name });

    const v2 = await t.http.post('/v2/auth/register').send({ username: names.cyrillic, password: GOOD_PASSWORD }).expect(409);
    expect(v2.body).toMatchObject({ code: 'username_taken' });
    const infinite = await call(t, 'registerIndividual', { ...newUser(), username: names.dotless }).expect(200);
    expect(infinite.body).toEqual(failure('General.UserRepeat', '用户名已存在'));
    expectVenusError(
      await t.http.post('/venus/auth/user/create').send({ user_name: names.upperCyrillic, password: GOOD_PASSWORD }),
      400,
      10011,
      'user_exists',
    );
    expect((await renameOAuth(await oauthToken(), names.cyrillic)).body).toEqual(UNCHANGED_NAME_FAILURE);
    // user:create-admin registers through the same use case.
    const admin = t.app.get(RegisterAccount).execute({
      username: names.dotless,
      password: GOOD_PASSWORD,
      passwordPolicy: 'standard',
      role: AccountRole.Admin,
      audience: Audience.V2,
      client: { ip: null, userAgent: 'cli' },
    });
    await expect(admin).rejects.toMatchObject({ code: AccountsErrorCode.UsernameTaken });
    // Full-width forms are the same name once NFKC-normalized.
    await t.http.post('/v2/auth/register').send({ username: names.fullWidth, password: GOOD_PASSWORD }).expect(409);
  });

  it('signs in only by the name itself, never by a look-alike', async () => {
    const names = lookAlikes();
    await registerV2(t, { username: names.name });
    await t.http.post('/v2/auth/login').send({ identifier: names.name.toUpperCase(), password: GOOD_PASSWORD }).expect(200);
    await t.http.post('/v2/auth/login').send({ identifier: names.cyrillic, password: GOOD_PASSWORD }).expect(401);
    const venus = await t.http.post('/venus/auth/user/signin_with_name').send({ user_name: names.dotless, password: GOOD_PASSWORD });
    expectVenusError(venus, 404, 10010, 'user_not_found');
  });

  it('lets an account rename itself to a look-alike of its own name, not of another account', async () => {
    const mine = lookAlikes();
    const other = lookAlikes();
    await registerV2(t, { username: other.name });
    const token = await oauthToken();
    expect((await renameOAuth(token, mine.name)).body).toEqual({ result: 1 });
    const again = await passwordGrant(t, client, mine.name, NEW_PASSWORD);
    expect((await renameOAuth(again.access_token, mine.cyrillic, OTHER_PASSWORD)).body).toEqual({ result: 1 });
    const third = await passwordGrant(t, client, mine.cyrillic, OTHER_PASSWORD);
    expect((await renameOAuth(third.access_token, other.dotless)).body).toEqual(UNCHANGED_NAME_FAILURE);
  });

  it('lets only one of look-alikes registered at once win (the store holds the skeleton unique)', async () => {
    const names = lookAlikes();
    const attempts = [names.name, names.cyrillic, names.dotless, names.upperCyrillic].map((username) =>
      t.http.post('/v2/auth/register').send({ username, password: GOOD_PASSWORD }),
    );
    const statuses = (await Promise.all(attempts)).map((response) => response.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409]);
  });
});

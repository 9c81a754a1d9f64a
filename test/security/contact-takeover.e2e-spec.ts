import { AccountRepository, AuditEventType, AuditLog } from '@app/accounts';
import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { bearer, GOOD_PASSWORD, loginV2, registerV2, registerV2WithPhone } from '../support/v2-helpers';
import { logInVcode, registerVcode, sendVcode } from '../vcode/vcode-helpers';
import { createOAuthClient, passwordGrant, requestCode } from '../oauth-v1/oauth-v1-helpers';

/**
 * The two takeovers of the security review (CONTRACTS.md, "Contacts are trusted
 * only once proven"), through every contract that can start them, beside the
 * legitimate flows next to them.
 */
describe('contacts are trusted only once proven', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ V2_REGISTER_REQUIRE_EMAIL_CODE: 'false' });
  });
  afterAll(() => t.close());

  const sentTo = (to: string) => t.outbox().filter((message) => message.to === to).length;
  const auditTypes = async (accountId: number) => (await t.app.get(AuditLog).listForAccount(accountId, 50)).map((event) => event.type);

  async function venusToken(phone: string, password = GOOD_PASSWORD): Promise<string> {
    const response = await t.http.post('/venus/auth/user/signin_with_phone').send({ phone_number: phone, password }).expect(200);
    return response.body.token as string;
  }

  describe('a stolen session token does not become permanent control', () => {
    it('vcode perfectInfo: the email it sets gets no reset or sign-in code, and the password stands', async () => {
      const phone = uniquePhone();
      await registerVcode(t, phone);
      const { token } = await logInVcode(t, phone);
      const attacker = `${uniqueName('evil')}@evil.example`;
      const info = await t.http.post('/api/user/perfectInfo').send({ userName: phone, token, email: attacker }).expect(200);
      expect(info.body.code).toBe('0');

      await t.http.post('/v2/verification-codes').send({ channel: 'email', target: attacker, purpose: 'reset_password' }).expect(202);
      t.clock.advance(61);
      await t.http.post('/v2/verification-codes').send({ channel: 'email', target: attacker, purpose: 'login' }).expect(202);
      expect(sentTo(attacker)).toBe(0);
      const reset = await t.http.post('/v2/auth/password-reset').send({ target: attacker, code: '123456', new_password: 'Attacker-Owns-It-1' });
      expect(reset.status).toBe(400);
      await logInVcode(t, phone);
    });

    it('venus user/info: the phone it sets gets no reset or sign-in code in any contract, and the password stands', async () => {
      const phone = uniquePhone();
      await registerVcode(t, phone);
      const token = await venusToken(phone);
      const attackerPhone = uniquePhone();
      await t.http.post('/venus/user/info').set('token', token).send({ phone_number: attackerPhone }).expect(200);

      await t.http.post('/v2/verification-codes').send({ channel: 'sms', target: attackerPhone, purpose: 'reset_password' }).expect(202);
      const oauthReset = await t.http.get('/api/v1/users/validation_code').query({ phone: attackerPhone, type: 3 }).expect(200);
      expect(oauthReset.body).toEqual({ result: 0, error: expect.stringContaining('未验证') });
      t.clock.advance(61);
      const oauthLogin = await t.http.get('/api/v1/users/validation_code').query({ phone: attackerPhone, type: 2 }).expect(200);
      expect(oauthLogin.body.result).toBe(0);
      expect(sentTo(`+86${attackerPhone}`)).toBe(0);

      t.clock.advance(61);
      // vcode's codes serve any action, so one is sent; it opens nothing.
      const code = await sendVcode(t, attackerPhone);
      const vcodeReset = await t.http
        .post('/api/user/resetPassword')
        .send({ phone: attackerPhone, newPassword: 'Attacker-Owns-It-1', code })
        .expect(200);
      expect(vcodeReset.body).toEqual({ code: '1', message: expect.stringContaining('未验证') });
      await venusToken(attackerPhone, GOOD_PASSWORD);
      const refused = await t.http.post('/venus/auth/user/signin_with_phone').send({ phone_number: attackerPhone, password: 'Attacker-Owns-It-1' });
      expect(refused.status).toBe(403);
    });

    it('the holder proves a contact set without a code by giving it again with one, and then it opens the account', async () => {
      const phone = uniquePhone();
      await registerVcode(t, phone);
      const token = await venusToken(phone);
      const newPhone = uniquePhone();
      await t.http.post('/venus/user/info').set('token', token).send({ phone_number: newPhone }).expect(200);
      const { access_token } = await loginV2(t, newPhone);

      await t.http.post('/v2/verification-codes').send({ channel: 'sms', target: newPhone, purpose: 'change_phone' }).expect(202);
      const code = t.lastCode(`+86${newPhone}`);
      await t.http.put('/v2/me/phone').set(bearer(access_token)).send({ phone: newPhone, code }).expect(200);
      t.clock.advance(61);

      await t.http.post('/v2/verification-codes').send({ channel: 'sms', target: newPhone, purpose: 'login' }).expect(202);
      await t.http.post('/v2/auth/login/code').send({ target: newPhone, code: t.lastCode(`+86${newPhone}`) }).expect(200);
      await venusToken(newPhone);
    });
  });

  describe('a contact registered without proof goes to whoever proves it', () => {
    it('users register, then an oauth-v1 code sign-in: the prover gets in, the registrant password and token end', async () => {
      const phone = uniquePhone();
      await t.http.post('/users/register').set('word-info', 'Attacker-Pass-2024').send({ phone, userName: 'x' }).expect(200);
      const login = await t.http.post('/users/login').set('word-info', 'Attacker-Pass-2024').send({ phone }).expect(200);
      const attackerToken = login.body.data as string;

      const code = await requestCode(t, phone, 2);
      const ticket = await t.http.post('/api/v1/users/login').send({ phone, validation_code: code }).expect(200);
      expect(ticket.body).toEqual({ result: 1, oauth_login_code: expect.any(String) });
      const client = await createOAuthClient(t);
      const tokens = await passwordGrant(t, client, phone, ticket.body.oauth_login_code as string);
      await t.http.get('/oauth/token/info').set(bearer(tokens.access_token)).expect(200);

      const again = await t.http.post('/users/login').set('word-info', 'Attacker-Pass-2024').send({ phone });
      expect(again.status).toBe(401);
      const stale = await t.http.get('/users/token/refresh').set('token', attackerToken);
      expect(stale.status).toBe(401);
      const account = await t.app.get(AccountRepository).findByPhone(`+86${phone}`);
      expect(await auditTypes(account!.id)).toContain(AuditEventType.ContactProven);
    });

    it('venus create, then a v2 code sign-in: the prover gets in, the registrant password and token end', async () => {
      const phone = uniquePhone();
      const userName = uniqueName('squat');
      await t.http.post('/venus/auth/user/create').send({ user_name: userName, password: 'Attacker-Pass-2024', phone_number: phone }).expect(200);
      const attackerToken = await venusToken(phone, 'Attacker-Pass-2024');

      await t.http.post('/v2/verification-codes').send({ channel: 'sms', target: phone, purpose: 'login' }).expect(202);
      const session = await t.http.post('/v2/auth/login/code').send({ target: phone, code: t.lastCode(`+86${phone}`) }).expect(200);
      expect(session.body.user.phone).toBe(`+86${phone}`);

      const refused = await t.http.post('/venus/auth/user/signin_with_name').send({ user_name: userName, password: 'Attacker-Pass-2024' });
      expect(refused.status).toBe(403);
      await t.http.get('/venus/user/info').set('token', attackerToken).expect(401);
      await t.http.get('/v2/me').set(bearer(session.body.access_token as string)).expect(200);
      expect(await auditTypes(session.body.user.id as number)).toContain(AuditEventType.ContactProven);
    });

    it('v2 register with an email and no code, then an email code sign-in: the prover gets in, the registrant is out', async () => {
      const email = `${uniqueName('victim')}@example.com`;
      const squatter = await registerV2(t, { email, password: 'Attacker-Pass-2024' });

      await t.http.post('/v2/verification-codes').send({ channel: 'email', target: email, purpose: 'login' }).expect(202);
      const session = await t.http.post('/v2/auth/login/code').send({ target: email, code: t.lastCode(email) }).expect(200);
      expect(session.body.user.email_verified).toBe(true);

      await t.http.post('/v2/auth/login').send({ identifier: email, password: 'Attacker-Pass-2024' }).expect(401);
      await t.http.post('/v2/auth/refresh').send({ refresh_token: squatter.refresh_token }).expect(401);
      await t.http.get('/v2/me').set(bearer(squatter.access_token)).expect(401);
    });

    it('the registrant\'s other contact, proven or not, opens nothing by code once the claimed one is proven', async () => {
      const email = `${uniqueName('victim')}@example.com`;
      const attackerPhone = uniquePhone();
      await registerV2WithPhone(t, attackerPhone, { email, password: 'Attacker-Pass-2024' });

      t.clock.advance(61);
      await t.http.post('/v2/verification-codes').send({ channel: 'email', target: email, purpose: 'login' }).expect(202);
      await t.http.post('/v2/auth/login/code').send({ target: email, code: t.lastCode(email) }).expect(200);

      const before = sentTo(`+86${attackerPhone}`);
      await t.http.post('/v2/verification-codes').send({ channel: 'sms', target: attackerPhone, purpose: 'reset_password' }).expect(202);
      expect(sentTo(`+86${attackerPhone}`)).toBe(before);
    });

    it('a contact the registrant proved later on the account opens nothing by code once the claimed one is proven', async () => {
      const victimPhone = uniquePhone();
      const attackerEmail = `${uniqueName('evil')}@evil.example`;
      await t.http.post('/users/register').set('word-info', 'Attacker-Pass-2024').send({ phone: victimPhone }).expect(200);
      const squat = await loginV2(t, victimPhone, 'Attacker-Pass-2024');
      await t.http.post('/v2/verification-codes').send({ channel: 'email', target: attackerEmail, purpose: 'change_email' }).expect(202);
      await t.http.put('/v2/me/email').set(bearer(squat.access_token)).send({ email: attackerEmail, code: t.lastCode(attackerEmail) }).expect(200);

      await t.http.post('/v2/verification-codes').send({ channel: 'sms', target: victimPhone, purpose: 'login' }).expect(202);
      await t.http.post('/v2/auth/login/code').send({ target: victimPhone, code: t.lastCode(`+86${victimPhone}`) }).expect(200);

      t.clock.advance(61);
      const before = sentTo(attackerEmail);
      await t.http.post('/v2/verification-codes').send({ channel: 'email', target: attackerEmail, purpose: 'login' }).expect(202);
      await t.http.post('/v2/verification-codes').send({ channel: 'email', target: attackerEmail, purpose: 'reset_password' });
      expect(sentTo(attackerEmail)).toBe(before);
    });

    it('venus user/info on an account of its own: the phone it claims opens nothing, for the squatter or anyone', async () => {
      const squatter = await registerV2(t);
      const signIn = await t.http.post('/venus/auth/user/signin_with_name').send({ user_name: squatter.user.username, password: GOOD_PASSWORD }).expect(200);
      const token = signIn.body.token as string;
      const victimPhone = uniquePhone();
      await t.http.post('/venus/user/info').set('token', token).send({ phone_number: victimPhone }).expect(200);

      await t.http.post('/v2/verification-codes').send({ channel: 'sms', target: victimPhone, purpose: 'login' }).expect(202);
      t.clock.advance(61);
      const oauthLogin = await t.http.get('/api/v1/users/validation_code').query({ phone: victimPhone, type: 2 }).expect(200);
      expect(oauthLogin.body.result).toBe(0);
      expect(sentTo(`+86${victimPhone}`)).toBe(0);
      const guessed = await t.http.post('/v2/auth/login/code').send({ target: victimPhone, code: '123456' });
      expect(guessed.status).toBe(400);

      // The phone's holder proves it by registering with a code: the phone is theirs, the squatter loses it.
      t.clock.advance(61);
      await registerVcode(t, victimPhone);
      const squatterView = await t.http.get('/v2/me').set(bearer(squatter.access_token)).expect(200);
      expect(squatterView.body.phone).toBeNull();
      expect(await auditTypes(squatter.user.id)).toContain(AuditEventType.ContactReleased);
    });
  });

  describe('the legitimate flows next to them', () => {
    it('a vcode user who registered with a code resets the password by phone', async () => {
      const phone = uniquePhone();
      await registerVcode(t, phone);
      t.clock.advance(61);
      const code = await sendVcode(t, phone);
      const reset = await t.http.post('/api/user/resetPassword').send({ phone, newPassword: 'Fresh-Passphrase-77', code }).expect(200);
      expect(reset.body.code).toBe('0');
      await logInVcode(t, phone, 'Fresh-Passphrase-77');
    });

    it('a venus user who changes the phone signs in with the password by the new phone', async () => {
      const phone = uniquePhone();
      await registerVcode(t, phone);
      const token = await venusToken(phone);
      const newPhone = uniquePhone();
      await t.http.post('/venus/user/info').set('token', token).send({ phone_number: newPhone }).expect(200);
      await venusToken(newPhone);
      await t.http.get('/venus/user/info').set('token', token).expect(200);
    });

    it('a users user who registered by phone proves it by an oauth-v1 code, then resets the password by it', async () => {
      const phone = uniquePhone();
      await t.http.post('/users/register').set('word-info', GOOD_PASSWORD).send({ phone }).expect(200);
      const code = await requestCode(t, phone, 2);
      await t.http.post('/api/v1/users/login').send({ phone, validation_code: code }).expect(200);

      t.clock.advance(61);
      const resetCode = await requestCode(t, phone, 3);
      const reset = await t.http
        .put('/api/v1/users/reset')
        .send({ phone, validation_code: resetCode, password: 'Fresh-Passphrase-77', password_confirmation: 'Fresh-Passphrase-77' })
        .expect(200);
      expect(reset.body).toEqual({ result: 1 });
      await t.http.post('/users/login').set('word-info', 'Fresh-Passphrase-77').send({ phone }).expect(200);
    });
  });
});

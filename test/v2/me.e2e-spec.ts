import { createTestApp, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { bearer, GOOD_PASSWORD, loginV2, registerV2, registerV2WithPhone } from '../support/v2-helpers';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

describe('v2 /me', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('reads and patches the profile; null clears a field', async () => {
    const { access_token, user } = await registerV2(t);
    const me = await t.http.get('/v2/me').set(bearer(access_token)).expect(200);
    expect(me.body).toMatchObject({ id: user.id, username: user.username, sex: 0, nickname: null });
    const patched = await t.http
      .patch('/v2/me')
      .set(bearer(access_token))
      .send({ nickname: 'Neo', sex: 1, company: 'ACME', internal_phone: '10020', position: 'Dev', unknown_field: 'ignored' })
      .expect(200);
    expect(patched.body).toMatchObject({ nickname: 'Neo', sex: 1, company: 'ACME', internal_phone: '10020', position: 'Dev' });
    expect(patched.body).not.toHaveProperty('unknown_field');
    const cleared = await t.http.patch('/v2/me').set(bearer(access_token)).send({ company: null }).expect(200);
    expect(cleared.body.company).toBeNull();
    expect(cleared.body.nickname).toBe('Neo');
  });

  it('refuses profile fields of the wrong type or length', async () => {
    const { access_token } = await registerV2(t);
    const wrongType = await t.http.patch('/v2/me').set(bearer(access_token)).send({ sex: 'male', nickname: 5 }).expect(400);
    expect(wrongType.body.code).toBe('validation_failed');
    expect(Object.keys(wrongType.body.errors).sort()).toEqual(['nickname', 'sex']);
    const tooLong = await t.http.patch('/v2/me').set(bearer(access_token)).send({ nickname: 'x'.repeat(256) }).expect(400);
    expect(tooLong.body.errors).toEqual({ nickname: ['maxLength'] });
  });

  it('needs a bearer token', async () => {
    const missing = await t.http.get('/v2/me').expect(401);
    expect(missing.body.code).toBe('token_missing');
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    const garbage = await t.http.get('/v2/me').set(bearer('not.a.token')).expect(401);
    expect(garbage.body.code).toBe('token_invalid');
  });

  it('changes the password with the current one and ends every other session; this one goes on', async () => {
    const { access_token, user } = await registerV2(t);
    const second = await loginV2(t, user.username!);
    const wrongCurrent = await t.http
      .post('/v2/me/password')
      .set(bearer(access_token))
      .send({ current_password: 'nope-nope-nope', new_password: 'Another good passphrase' })
      .expect(401);
    expect(wrongCurrent.body.code).toBe('invalid_credentials');
    const same = await t.http
      .post('/v2/me/password')
      .set(bearer(access_token))
      .send({ current_password: GOOD_PASSWORD, new_password: GOOD_PASSWORD })
      .expect(400);
    expect(same.body.code).toBe('value_unchanged');
    await t.http
      .post('/v2/me/password')
      .set(bearer(access_token))
      .send({ current_password: GOOD_PASSWORD, new_password: 'Another good passphrase' })
      .expect(204);
    await t.http.get('/v2/me').set(bearer(access_token)).expect(200);
    await t.http.get('/v2/me').set(bearer(second.access_token)).expect(401);
    await t.http.post('/v2/auth/refresh').send({ refresh_token: second.refresh_token }).expect(401);
    await loginV2(t, user.username!, 'Another good passphrase');
  });

  it('changes the email with a code sent to the new address, and marks it verified', async () => {
    const { access_token } = await registerV2(t, { email: `${uniqueName('old')}@example.com` });
    const next = `${uniqueName('new')}@example.com`;
    await t.http.post('/v2/verification-codes').send({ channel: 'email', target: next, purpose: 'change_email' }).expect(202);
    const wrong = await t.http.put('/v2/me/email').set(bearer(access_token)).send({ email: next, code: '000000' });
    expect(wrong.status).toBe(400);
    const changed = await t.http.put('/v2/me/email').set(bearer(access_token)).send({ email: next, code: t.lastCode(next) }).expect(200);
    expect(changed.body).toMatchObject({ email: next, email_verified: true });
    await loginV2(t, next);
  });

  it('changes the phone with a code, refusing a phone another account holds', async () => {
    const takenPhone = uniquePhone();
    await registerV2WithPhone(t, takenPhone);
    const { access_token } = await registerV2(t);
    // A held target is throttled like any other (answers must not tell it is held).
    t.clock.advance(61);
    await t.http.post('/v2/verification-codes').send({ channel: 'sms', target: takenPhone, purpose: 'change_phone' }).expect(202);
    const clash = await t.http.put('/v2/me/phone').set(bearer(access_token)).send({ phone: takenPhone, code: '123456' }).expect(409);
    expect(clash.body.code).toBe('phone_taken');
    const phone = uniquePhone();
    await t.http.post('/v2/verification-codes').send({ channel: 'sms', target: phone, purpose: 'change_phone' }).expect(202);
    const changed = await t.http.put('/v2/me/phone').set(bearer(access_token)).send({ phone, code: t.lastCode(`+86${phone}`) }).expect(200);
    expect(changed.body.phone).toBe(`+86${phone}`);
  });

  it('uploads an avatar checked by content and serves it at /files', async () => {
    const { access_token } = await registerV2(t);
    const uploaded = await t.http.put('/v2/me/avatar').set(bearer(access_token)).attach('file', PNG, 'me.txt').expect(200);
    expect(uploaded.body.avatar_url).toMatch(/^http:\/\/accounts\.test\/files\/[0-9a-f-]{36}\.png$/);
    const path = new URL(uploaded.body.avatar_url as string).pathname;
    const file = await t.http.get(path).expect(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(file.body as Buffer, PNG)).toBe(0);
    const notImage = await t.http.put('/v2/me/avatar').set(bearer(access_token)).attach('file', Buffer.from('hello'), 'a.png').expect(415);
    expect(notImage.body.code).toBe('file_type_not_allowed');
    const tooBig = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const big = await t.http.put('/v2/me/avatar').set(bearer(access_token)).attach('file', tooBig, 'big.png').expect(413);
    expect(big.body.code).toBe('file_too_large');
    const none = await t.http.put('/v2/me/avatar').set(bearer(access_token)).expect(400);
    expect(none.body.errors).toEqual({ file: ['isNotEmpty'] });
    await t.http.get('/files/00000000-0000-0000-0000-000000000000.png').expect(404);
  });

  it('lists sessions in every API and ends one by id', async () => {
    const { access_token, user } = await registerV2(t);
    const other = await loginV2(t, user.username!);
    const listed = await t.http.get('/v2/me/sessions').set(bearer(access_token)).expect(200);
    expect(listed.body.items).toHaveLength(2);
    const current = listed.body.items.find((session: { current: boolean }) => session.current);
    const notCurrent = listed.body.items.find((session: { current: boolean }) => !session.current);
    expect(current).toMatchObject({ audience: 'v2' });
    await t.http.delete(`/v2/me/sessions/${notCurrent.id as string}`).set(bearer(access_token)).expect(204);
    await t.http.get('/v2/me').set(bearer(other.access_token)).expect(401);
    await t.http.delete(`/v2/me/sessions/${notCurrent.id as string}`).set(bearer(access_token)).expect(404);
    const stranger = await registerV2(t);
    await t.http.delete(`/v2/me/sessions/${current.id as string}`).set(bearer(stranger.access_token)).expect(404);
  });

  it('deletes the account with its password, freeing the username', async () => {
    const username = uniqueName('gone');
    const { access_token } = await registerV2(t, { username });
    await t.http.delete('/v2/me').set(bearer(access_token)).send({ password: 'wrong-password!' }).expect(401);
    await t.http.delete('/v2/me').set(bearer(access_token)).send({ password: GOOD_PASSWORD }).expect(204);
    await t.http.get('/v2/me').set(bearer(access_token)).expect(401);
    await t.http.post('/v2/auth/login').send({ identifier: username, password: GOOD_PASSWORD }).expect(401);
    const again = await registerV2(t, { username });
    expect(again.user.username).toBe(username);
  });
});

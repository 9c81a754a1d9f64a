import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp, uniquePhone } from '../support/test-app';
import { bearer, loginV2, registerV2WithPhone } from '../support/v2-helpers';
import { adminToken, createAdmin, DATE_TIME, decodeJwt, failure, loginUsers, PASSWORD, registerUsers, tokenHeader } from './users-helpers';

describe('users: user information and profiles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  async function signedIn(fields: Record<string, unknown> = {}): Promise<{ phone: string; token: string; id: string }> {
    const phone = await registerUsers(t, fields);
    const token = await loginUsers(t, phone);
    return { phone, token, id: decodeJwt(token).payload.id as string };
  }

  it('answers the signed-in account in the shape of the document', async () => {
    const { phone, token, id } = await signedIn({ userName: '测试张三' });
    const self = await t.http.get('/users/info/self').set(tokenHeader(token)).expect(200);
    expect(self.body).toEqual({
      code: 200,
      message: '操作成功',
      data: {
        id,
        userName: '测试张三',
        phone,
        sex: 0,
        birthday: null,
        address: null,
        professional: null,
        headImg: null,
        openid: null,
        updateTime: expect.stringMatching(DATE_TIME),
        createTime: expect.stringMatching(DATE_TIME),
      },
      total: 0,
    });
  });

  it('writes times in Asia/Shanghai (UTC+8)', async () => {
    const before = new Date();
    const { token } = await signedIn();
    const { createTime } = (await t.http.get('/users/info/self').set(tokenHeader(token)).expect(200)).body.data as { createTime: string };
    const asUtc = Date.parse(`${createTime.replace(' ', 'T')}+08:00`);
    expect(Math.abs(asUtc - before.getTime())).toBeLessThan(60_000);
  });

  it('completes the own profile from JSON and from a form, and clears a field with an empty value', async () => {
    const { token } = await signedIn();
    const edit = await t.http
      .post('/users/edit/self')
      .set(tokenHeader(token))
      .send({ userName: '李四', usersexName: 2, birthday: '1990-05-01', address: '深圳市南山区', professional: '工程师', unknown: 'ignored' })
      .expect(200);
    expect(edit.body).toEqual({ code: 200, message: '操作成功', data: null, total: 0 });
    let self = (await t.http.get('/users/info/self').set(tokenHeader(token)).expect(200)).body.data;
    expect(self).toMatchObject({ userName: '李四', sex: 2, birthday: '1990-05-01', address: '深圳市南山区', professional: '工程师' });

    await t.http.post('/users/edit/self').set(tokenHeader(token)).type('form').send({ usersexName: '1', address: '' }).expect(200);
    self = (await t.http.get('/users/info/self').set(tokenHeader(token)).expect(200)).body.data;
    expect(self).toMatchObject({ userName: '李四', sex: 1, address: null, professional: '工程师' });
  });

  it('refuses profile values of the wrong type, range or length', async () => {
    const { token } = await signedIn();
    const cases: [Record<string, unknown>, string | RegExp][] = [
      [{ usersexName: 3 }, '参数错误：usersexName取值不在允许范围内'],
      [{ usersexName: 'male' }, /^参数错误：usersexName/],
      [{ userName: 'x'.repeat(256) }, '参数错误：userName过长'],
      [{ professional: 42 }, /^参数错误：professional.*必须是字符串/],
      [{ birthday: 'not a date' }, '参数错误：birthday格式不正确'],
    ];
    for (const [body, message] of cases) {
      const response = await t.http.post('/users/edit/self').set(tokenHeader(token)).send(body).expect(400);
      expect(response.body).toEqual(failure(400, message));
    }
    await t.http.post('/users/edit/self').send({ userName: 'x' }).expect(401);
  });

  it('lets administrators read and complete any user by UUID', async () => {
    const { id, phone } = await signedIn({ userName: '王五' });
    const admin = await adminToken(t);
    const info = await t.http.get('/users/info').query({ id }).set(tokenHeader(admin)).expect(200);
    expect(info.body).toEqual({
      code: 200,
      message: '操作成功',
      data: expect.objectContaining({ id, userName: '王五', phone, sex: 0, headImg: null, openid: null }),
      total: 0,
    });
    const edit = await t.http
      .post('/users/edit')
      .set(tokenHeader(admin))
      .type('form')
      .send({ id: id.toUpperCase(), userName: '王五五', usersexName: '1', professional: '经理' })
      .expect(200);
    expect(edit.body).toEqual({ code: 200, message: '操作成功', data: null, total: 0 });
    const after = await t.http.get('/users/info').query({ id }).set('Authorization', `Bearer ${admin}`).expect(200);
    expect(after.body.data).toMatchObject({ userName: '王五五', sex: 1, professional: '经理' });
  });

  it('refuses the admin operations to other users, and answers unknown or malformed ids', async () => {
    const { id, token } = await signedIn();
    const read = await t.http.get('/users/info').query({ id }).set(tokenHeader(token)).expect(403);
    expect(read.body).toEqual(failure(403, '没有权限'));
    const edit = await t.http.post('/users/edit').set(tokenHeader(token)).send({ id, userName: 'hacked' }).expect(403);
    expect(edit.body).toEqual(failure(403, '没有权限'));
    const self = (await t.http.get('/users/info/self').set(tokenHeader(token)).expect(200)).body.data;
    expect(self.userName).toBeNull();

    const admin = await adminToken(t);
    const unknown = await t.http.get('/users/info').query({ id: randomUUID() }).set(tokenHeader(admin)).expect(404);
    expect(unknown.body).toEqual(failure(404, '用户不存在'));
    const unknownEdit = await t.http.post('/users/edit').set(tokenHeader(admin)).send({ id: randomUUID(), userName: 'x' }).expect(404);
    expect(unknownEdit.body).toEqual(failure(404, '用户不存在'));
    const malformed = await t.http.get('/users/info').query({ id: '42' }).set(tokenHeader(admin)).expect(400);
    expect(malformed.body).toEqual(failure(400, '参数错误：id必须是 UUID'));
    const missing = await t.http.post('/users/edit').set(tokenHeader(admin)).send({ userName: 'x' }).expect(400);
    expect(missing.body).toEqual(failure(400, /^参数错误：id/));
    await t.http.get('/users/info').query({ id }).expect(401);
  });
});

describe('users: the same accounts as v2', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('signs in through users with an account made through v2, in any phone format', async () => {
    const phone = uniquePhone();
    const v2 = await registerV2WithPhone(t, phone, { nickname: 'Alice' });
    const token = await loginUsers(t, `86 ${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`);
    const self = (await t.http.get('/users/info/self').set(tokenHeader(token)).expect(200)).body.data;
    expect(self).toMatchObject({ id: v2.user.uuid, phone, userName: 'Alice' });
  });

  it('signs in through v2 with an account made through users, and v2 sees the users profile fields', async () => {
    const phone = await registerUsers(t, { userName: '测试张三' });
    const token = await loginUsers(t, phone);
    await t.http.post('/users/edit/self').set(tokenHeader(token)).send({ usersexName: 1, professional: '工程师', birthday: '1990-05-01' }).expect(200);
    const v2 = await loginV2(t, `+86${phone}`, PASSWORD);
    const me = await t.http.get('/v2/me').set(bearer(v2.access_token)).expect(200);
    expect(me.body).toMatchObject({ uuid: decodeJwt(token).payload.id, phone: `+86${phone}`, nickname: '测试张三', sex: 1, position: '工程师', birthday: '1990-05-01' });
  });

  it('lets a v2 administrator made through the core manage users accounts, and v2 sees the change', async () => {
    const admin = await adminToken(t);
    const phone = await registerUsers(t);
    const target = (await t.http.get('/users/info/self').set(tokenHeader(await loginUsers(t, phone))).expect(200)).body.data as { id: string };
    await t.http.post('/users/edit').set(tokenHeader(admin)).send({ id: target.id, address: '北京市' }).expect(200);
    const v2 = await loginV2(t, phone, PASSWORD);
    const me = await t.http.get('/v2/me').set(bearer(v2.access_token)).expect(200);
    expect(me.body.address).toBe('北京市');
  });

  it('refuses sign-in to an account a v2 administrator paused, and ends its tokens', async () => {
    const phone = await registerUsers(t);
    const token = await loginUsers(t, phone);
    const uuid = decodeJwt(token).payload.id as string;
    const admin = await loginV2(t, await createAdmin(t), PASSWORD);
    await t.http.patch(`/v2/users/${uuid}`).set(bearer(admin.access_token)).send({ status: 'paused' }).expect(200);
    await t.http.get('/users/info/self').set(tokenHeader(token)).expect(401);
    const refused = await t.http.post('/users/login').set('word-info', PASSWORD).send({ phone }).expect(403);
    expect(refused.body).toEqual(failure(403, '账号已被停用'));
  });

  it('ends users tokens when the password changes through v2', async () => {
    const phone = await registerUsers(t);
    const token = await loginUsers(t, phone);
    const v2 = await loginV2(t, phone, PASSWORD);
    await t.http.post('/v2/me/password').set(bearer(v2.access_token)).send({ current_password: PASSWORD, new_password: 'Another-Passphrase-7' }).expect(204);
    await t.http.get('/users/info/self').set(tokenHeader(token)).expect(401);
    await loginUsers(t, phone, 'Another-Passphrase-7');
  });
});

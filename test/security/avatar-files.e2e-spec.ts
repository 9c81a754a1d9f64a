import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createTestApp, TestApp } from '../support/test-app';
import { bearer, GOOD_PASSWORD, loginV2, registerV2 } from '../support/v2-helpers';
import { call, signedInUser, SUCCESS } from '../infinite/infinite-helpers';
import { failure, loginUsers, PASSWORD, registerUsers, tokenHeader } from '../users/users-helpers';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const UPLOADS_PER_HOUR = 3;

/**
 * Security review (issue 19), findings 6 and 7: one account cannot fill the
 * disk (a replaced avatar's file goes, uploads are bounded per account), and
 * an account's files go with the account.
 */
describe('avatar files: one per account, bounded, erased with the account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ AVATAR_UPLOADS_PER_HOUR: String(UPLOADS_PER_HOUR) });
  });
  afterEach(() => t.clock.reset());
  afterAll(() => t.close());

  const path = (url: string) => new URL(url).pathname;
  /** Whether the file's bytes are still on disk (the finding is about the disk, not only the answer). */
  const onDisk = (url: string) => existsSync(join(t.dataDir, 'files', basename(path(url))));
  const usersUpload = (token: string) => t.http.post('/users/edit/avatar/self').set(tokenHeader(token)).attach('file', PNG, 'a.png');
  const v2Upload = (token: string) => t.http.put('/v2/me/avatar').set(bearer(token)).attach('file', PNG, 'a.png');
  const usersSession = async () => loginUsers(t, await registerUsers(t));

  describe('users: POST /users/edit/avatar/self', () => {
    it('removes the replaced avatar: its URL answers 404, the new one 200', async () => {
      const token = await usersSession();
      const first = (await usersUpload(token).expect(200)).body.data.filePath as string;
      const second = (await usersUpload(token).expect(200)).body.data.filePath as string;
      expect((await t.http.get(path(first)).expect(404)).body).toEqual(failure(404, '资源不存在'));
      await t.http.get(path(second)).expect(200);
      expect([onDisk(first), onDisk(second)]).toEqual([false, true]);
      expect((await t.http.get('/users/info/self').set(tokenHeader(token)).expect(200)).body.data.headImg.filePath).toBe(second);
    });

    it('keeps the avatar and its file when a later upload is refused', async () => {
      const token = await usersSession();
      const kept = (await usersUpload(token).expect(200)).body.data.filePath as string;
      await t.http.post('/users/edit/avatar/self').set(tokenHeader(token)).attach('file', Buffer.from('not an image'), 'a.png').expect(400);
      await t.http.get(path(kept)).expect(200);
      expect((await t.http.get('/users/info/self').set(tokenHeader(token)).expect(200)).body.data.headImg.filePath).toBe(kept);
    });

    it(`answers 429 with Retry-After past ${UPLOADS_PER_HOUR} uploads an hour, and takes uploads again the next hour`, async () => {
      const token = await usersSession();
      for (let i = 0; i < UPLOADS_PER_HOUR; i++) await usersUpload(token).expect(200);
      const refused = await usersUpload(token).expect(429);
      expect(refused.body).toEqual(failure(429, '请求过于频繁，请稍后再试'));
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      t.clock.advance(3601);
      await usersUpload(token).expect(200);
    });

    it('a burst of parallel uploads leaves the account one file: every other URL answered is 404', async () => {
      const token = await usersSession();
      const answers = await Promise.all(Array.from({ length: 8 }, () => usersUpload(token)));
      const stored = answers.filter((answer) => answer.status === 200).map((answer) => answer.body.data.filePath as string);
      expect(answers.every((answer) => answer.status === 200 || answer.status === 429)).toBe(true);
      expect(stored.length).toBeGreaterThanOrEqual(1);
      expect(stored.length).toBeLessThanOrEqual(UPLOADS_PER_HOUR);
      const current = (await t.http.get('/users/info/self').set(tokenHeader(token)).expect(200)).body.data.headImg.filePath as string;
      expect(stored).toContain(current);
      for (const url of stored) await t.http.get(path(url)).expect(url === current ? 200 : 404);
      expect(stored.filter(onDisk)).toEqual([current]);
    });
  });

  describe('v2: PUT /v2/me/avatar', () => {
    it('removes the replaced avatar: its URL answers 404, the new one 200', async () => {
      const { access_token } = await registerV2(t);
      const first = (await v2Upload(access_token).expect(200)).body.avatar_url as string;
      const second = (await v2Upload(access_token).expect(200)).body.avatar_url as string;
      await t.http.get(path(first)).expect(404);
      await t.http.get(path(second)).expect(200);
    });

    it(`answers a 429 problem with Retry-After past ${UPLOADS_PER_HOUR} uploads an hour, counted per account across contracts`, async () => {
      const phone = await registerUsers(t);
      const users = await loginUsers(t, phone);
      for (let i = 1; i < UPLOADS_PER_HOUR; i++) await usersUpload(users).expect(200);
      const { access_token } = await loginV2(t, phone, PASSWORD);
      await v2Upload(access_token).expect(200);
      const refused = await v2Upload(access_token).expect(429);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ status: 429, code: 'rate_limited', retry_after: expect.any(Number) });
      expect(Number(refused.headers['retry-after'])).toBe(refused.body.retry_after);
    });
  });

  describe('account deletion erases the account\'s files', () => {
    it('v2 DELETE /v2/me: the avatar URL answers 404', async () => {
      const { access_token } = await registerV2(t);
      const replaced = (await v2Upload(access_token).expect(200)).body.avatar_url as string;
      const avatar = (await v2Upload(access_token).expect(200)).body.avatar_url as string;
      await t.http.get(path(avatar)).expect(200);
      await t.http.delete('/v2/me').set(bearer(access_token)).send({ password: GOOD_PASSWORD }).expect(204);
      await t.http.get(path(avatar)).expect(404);
      await t.http.get(path(replaced)).expect(404);
      expect(onDisk(avatar)).toBe(false);
    });

    it('infinite deleteUser: the avatar uploaded through another contract answers 404', async () => {
      const user = await signedInUser(t);
      const v2 = await loginV2(t, user.username, user.password);
      const avatar = (await v2Upload(v2.access_token).expect(200)).body.avatar_url as string;
      await t.http.get(path(avatar)).expect(200);
      expect((await call(t, 'deleteUser', { password: user.password }, user.token).expect(200)).body).toMatchObject(SUCCESS);
      await t.http.get(path(avatar)).expect(404);
    });
  });
});

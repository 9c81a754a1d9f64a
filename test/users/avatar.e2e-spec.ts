import { createTestApp, TestApp } from '../support/test-app';
import { bearer, loginV2 } from '../support/v2-helpers';
import { DATE_TIME, failure, loginUsers, PASSWORD, registerUsers, tokenHeader, UUID } from './users-helpers';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(64, 1), Buffer.from([0xff, 0xd9])]);

/** Reads a binary answer as bytes, whatever its type. */
function binary(response: NodeJS.ReadableStream, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe('users: avatars', () => {
  let t: TestApp;
  let token: string;
  let phone: string;
  beforeAll(async () => {
    t = await createTestApp();
    phone = await registerUsers(t);
    token = await loginUsers(t, phone);
  });
  afterAll(() => t.close());

  it('stores an uploaded image, serves it at its URL, and shows it as headImg everywhere', async () => {
    const upload = await t.http.post('/users/edit/avatar/self').set(tokenHeader(token)).attach('file', PNG, 'timg.png').expect(200);
    expect(upload.body).toEqual({
      code: 200,
      message: '操作成功',
      data: {
        id: expect.stringMatching(UUID),
        filePath: expect.stringMatching(/^http:\/\/accounts\.test\/files\/[0-9a-f-]{36}\.png$/),
        fileName: 'timg.png',
        fileSize: PNG.length,
        createTime: expect.stringMatching(DATE_TIME),
        suffix: 'png',
      },
      total: 0,
    });
    const headImg = upload.body.data as { id: string; filePath: string };
    expect(headImg.filePath).toBe(`http://accounts.test/files/${headImg.id}.png`);

    const download = await t.http.get(new URL(headImg.filePath).pathname).buffer(true).parse(binary as never).expect(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(download.body as Buffer, PNG)).toBe(0);

    const self = await t.http.get('/users/info/self').set(tokenHeader(token)).expect(200);
    expect(self.body.data.headImg).toEqual(upload.body.data);
    const v2 = await loginV2(t, phone, PASSWORD);
    const me = await t.http.get('/v2/me').set(bearer(v2.access_token)).expect(200);
    expect(me.body.avatar_url).toBe(headImg.filePath);
  });

  it('judges the type by content: a JPEG named .png is a jpg', async () => {
    const upload = await t.http.post('/users/edit/avatar/self').set(tokenHeader(token)).attach('file', JPEG, 'photo.png').expect(200);
    expect(upload.body.data).toMatchObject({ suffix: 'jpg', fileName: 'photo.png', fileSize: JPEG.length });
    const download = await t.http.get(new URL(upload.body.data.filePath).pathname).buffer(true).parse(binary as never).expect(200);
    expect(download.headers['content-type']).toBe('image/jpeg');
  });

  it('refuses a file that is not an image, whatever its name, and keeps the avatar', async () => {
    const before = (await t.http.get('/users/info/self').set(tokenHeader(token)).expect(200)).body.data.headImg;
    const response = await t.http
      .post('/users/edit/avatar/self')
      .set(tokenHeader(token))
      .attach('file', Buffer.from('<html><script>alert(1)</script></html>'), 'evil.png')
      .expect(400);
    expect(response.body).toEqual(failure(400, '只支持 JPEG、PNG、GIF、WebP 格式的图片'));
    const after = (await t.http.get('/users/info/self').set(tokenHeader(token)).expect(200)).body.data.headImg;
    expect(after).toEqual(before);
  });

  it('refuses a file over 5 MB', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024 + 1 - PNG.length)]);
    const response = await t.http.post('/users/edit/avatar/self').set(tokenHeader(token)).attach('file', big, 'big.png').expect(400);
    expect(response.body).toEqual(failure(400, '文件过大'));
  });

  it('needs the file field and the token', async () => {
    const none = await t.http.post('/users/edit/avatar/self').set(tokenHeader(token)).field('other', 'x').expect(400);
    expect(none.body).toEqual(failure(400, '参数错误：file不能为空'));
    const wrongField = await t.http.post('/users/edit/avatar/self').set(tokenHeader(token)).attach('image', PNG, 'a.png').expect(400);
    expect(wrongField.body).toEqual(failure(400, '请求格式错误'));
    const anonymous = await t.http.post('/users/edit/avatar/self').attach('file', PNG, 'a.png').expect(401);
    expect(anonymous.body.code).toBe(401);
  });

  it('answers unknown files in the envelope', async () => {
    const response = await t.http.get('/files/not-a-file.txt').expect(404);
    expect(response.body).toEqual(failure(404, '资源不存在'));
  });
});

import { createTestApp, TestApp, uniquePhone } from '../support/test-app';
import { registerUsers } from './users-helpers';

interface Operation {
  tags?: string[];
  summary?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: { 'application/json': { schema: { $ref: string }; examples?: Record<string, { value: unknown }> } } }>;
}
interface Schema {
  properties: Record<string, { example?: unknown }>;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
  tags: { name: string; description: string }[];
}

/** Every endpoint of the seed document, plus the public key. */
const ENDPOINTS: [string, string, boolean][] = [
  ['post', '/users/register', false],
  ['post', '/users/login', false],
  ['get', '/users/token/refresh', true],
  ['get', '/users/exit', true],
  ['get', '/users/info/self', true],
  ['get', '/users/info', true],
  ['post', '/users/edit/self', true],
  ['post', '/users/edit', true],
  ['post', '/users/edit/avatar/self', true],
  ['post', '/users/info/associate', true],
  ['get', '/users/public-key', false],
];

describe('users: the OpenAPI document', () => {
  let t: TestApp;
  let doc: OpenApi;
  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.http.get('/docs-json').expect(200)).body as OpenApi;
  });
  afterAll(() => t.close());

  const examplesOf = (name: string) => Object.fromEntries(Object.entries(doc.components.schemas[name].properties).map(([key, value]) => [key, value.example]));

  it('documents every endpoint under the users tag, with its envelope and its errors', () => {
    for (const [method, path, needsToken] of ENDPOINTS) {
      const operation = doc.paths[path]?.[method];
      expect({ path, tags: operation?.tags }).toEqual({ path, tags: ['users'] });
      expect(operation.summary).toBeTruthy();
      expect(operation.responses['200'].content!['application/json'].schema.$ref).toMatch(/Users\w+EnvelopeDto$/);
      if (needsToken) expect({ path, security: operation.security }).toEqual({ path, security: [{ 'users-token': [] }] });
      if (needsToken) expect(Object.keys(operation.responses)).toContain('401');
    }
    const tag = doc.tags.find((entry) => entry.name === 'users')!;
    expect(tag.description).toContain('| 401 | `token_expired` | token已过期，请重新登录 |');
  });

  it('gives the examples of the seed document', () => {
    expect(examplesOf('HeadImgDto')).toEqual({
      id: '8397949b-83fa-4446-82ef-e09f2a3999be',
      fileName: 'timg.jpg',
      fileSize: 12173,
      createTime: '2021-03-08 14:41:37',
      suffix: 'jpg',
      filePath: 'http://localhost:3000/files/55268270-7fd9-11eb-ad4e-530e657b08cb.jpg',
    });
    const account = examplesOf('UsersAccountInfoDto');
    expect(Object.keys(account)).toEqual(['id', 'userName', 'phone', 'sex', 'birthday', 'address', 'professional', 'headImg', 'openid', 'updateTime', 'createTime']);
    expect(account).toMatchObject({ id: '9b813767-0e2b-46c6-b1df-e97045a3ac04', userName: '测试张三', phone: '15820290006', sex: 1, birthday: null });
    expect(Object.keys(examplesOf('UsersWeChatInfoDto')).sort()).toEqual(
      ['avatarUrl', 'city', 'country', 'headImg', 'id', 'language', 'nickName', 'openid', 'userName', 'phone', 'province', 'createTime'].sort(),
    );
    expect(examplesOf('UsersRegisteredEnvelopeDto')).toEqual({ code: 200, message: '恭喜，注册成功！', data: null, total: 0 });
    expect(examplesOf('UsersExitEnvelopeDto')).toEqual({ code: 200, message: '操作成功', data: '已退出', total: 0 });
  });

  it('documents the error bodies the service really answers', async () => {
    const login = doc.paths['/users/login'].post.responses;
    const phone = await registerUsers(t);
    const wrong = await t.http.post('/users/login').set('word-info', 'not-the-password').send({ phone }).expect(401);
    expect(login['401'].content!['application/json'].examples!.invalid_credentials.value).toEqual(wrong.body);
    const unknown = await t.http.post('/users/login').set('word-info', 'not-the-password').send({ phone: uniquePhone() }).expect(404);
    expect(login['404'].content!['application/json'].examples!.account_not_found.value).toEqual(unknown.body);
    const empty = await t.http.post('/users/login').send({}).expect(400);
    expect(login['400'].content!['application/json'].examples!.validation_failed_phone.value).toEqual(empty.body);
  });
});

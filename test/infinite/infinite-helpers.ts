import { TestApp, uniqueName } from '../support/test-app';

/** A password the infinite rule accepts: 8 to 16 characters, letters and digits. */
export const INFINITE_PASSWORD = 'abc12345';
export const OTHER_PASSWORD = 'xyz98765';

export const SUCCESS = { code: 'General.Success', msg: '接口调用成功' };

export interface InfiniteUser {
  username: string;
  email: string;
  password: string;
}

export function newUser(prefix = 'inf'): InfiniteUser {
  const username = uniqueName(prefix);
  return { username, email: `${username.toLowerCase()}@example.com`, password: INFINITE_PASSWORD };
}

/** POST /api/user/<name> with an optional Authorization header. */
export function call(t: TestApp, name: string, body: Record<string, unknown> = {}, token?: string) {
  const request = t.http.post(`/api/user/${name}`);
  if (token) void request.set('Authorization', token);
  return request.send(body);
}

export async function registerInfinite(t: TestApp, user: InfiniteUser = newUser()): Promise<InfiniteUser> {
  const response = await call(t, 'registerIndividual', { ...user });
  expect(response.body).toEqual({ ...SUCCESS, data: {} });
  return user;
}

export async function loginInfinite(t: TestApp, fields: Record<string, unknown>): Promise<Record<string, unknown> & { accessToken: string }> {
  const response = await call(t, 'login', fields).expect(200);
  expect(response.body).toMatchObject(SUCCESS);
  return response.body.data as Record<string, unknown> & { accessToken: string };
}

/** Registers and signs in; answers the user and its accessToken. */
export async function signedInUser(t: TestApp, user: InfiniteUser = newUser()): Promise<InfiniteUser & { token: string }> {
  await registerInfinite(t, user);
  const data = await loginInfinite(t, { username: user.username, password: user.password });
  return { ...user, token: data.accessToken };
}

/** The failure envelope the document shows: `{code, data: {}, msg}`. */
export function failure(code: string, msg: string, data: Record<string, unknown> = {}) {
  return { code, data, msg };
}

export const TOKEN_INVALID = failure('General.TokenInvalid', '账户Token无效');
export const TOKEN_EXPIRED = failure('General.TokenExpired', '账户Token已超时');
export const VERIFY_ERROR = failure('Account.VerifyError', '账户检验失败');
export const VERIFY_CODE_ERROR = failure('Account.VerifyCodeError', '验证码检验失败');
export const PARAMETER_REPEAT = failure('General.ParameterRepeat', '参数重复');
export const GITEA_ERROR = failure('General.GiteaServerError', 'Gitea服务异常');

export function invalid(field: string, rule: string) {
  const msg = rule === 'notContainsDict' ? `[${field.toLowerCase()}] dict error.` : `request params[${field}] ${rule}.`;
  return failure('General.ParameterInvalid', msg, { ruleViolated: { [field]: [rule] } });
}

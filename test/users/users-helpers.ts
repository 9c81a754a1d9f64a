import { constants, publicEncrypt } from 'node:crypto';
import { AccountRole, Audience, RegisterAccount } from '@app/accounts';
import { TestApp, uniquePhone } from '../support/test-app';

export const PASSWORD = 'Correct-Horse-42';

/** The envelope of every answer of this contract. */
export interface UsersBody<T = unknown> {
  code: number;
  message: string;
  data: T;
  total: number;
}

export const tokenHeader = (token: string) => ({ token });

/** Registers through POST /users/register and answers the 11-digit phone. */
export async function registerUsers(t: TestApp, fields: Record<string, unknown> = {}, password = PASSWORD): Promise<string> {
  const phone = (fields.phone as string | undefined) ?? uniquePhone();
  await t.http.post('/users/register').set('word-info', password).send({ phone, ...fields }).expect(200);
  return phone;
}

/** Signs in through POST /users/login and answers the token. */
export async function loginUsers(t: TestApp, phone: string, password = PASSWORD, headers: Record<string, string> = {}): Promise<string> {
  const response = await t.http.post('/users/login').set('word-info', password).set(headers).send({ phone }).expect(200);
  return (response.body as UsersBody<string>).data;
}

/** An administrator made through the core, as the CLI's user:create-admin does; answers its phone. */
export async function createAdmin(t: TestApp): Promise<string> {
  const phone = uniquePhone();
  await t.app.get(RegisterAccount).execute({
    phone,
    password: PASSWORD,
    passwordPolicy: 'standard',
    role: AccountRole.Admin,
    audience: Audience.Users,
    client: {},
  });
  return phone;
}

/** A new administrator, signed in through this contract. */
export async function adminToken(t: TestApp): Promise<string> {
  return loginUsers(t, await createAdmin(t));
}

export function decodeJwt(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [header, payload] = token.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>);
  return { header, payload };
}

/** What a client does with GET /users/public-key before sending word-info. */
export function encryptWordInfo(publicKeyPem: string, password: string): string {
  return publicEncrypt({ key: publicKeyPem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from(password, 'utf8')).toString('base64');
}

export const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The failure envelope: HTTP status in `code`, null data. */
export function failure(code: number, message: string | RegExp): Record<string, unknown> {
  return { code, message: typeof message === 'string' ? message : expectMatching(message), data: null, total: 0 };
}

function expectMatching(pattern: RegExp): unknown {
  return expect.stringMatching(pattern);
}

import { TestApp, uniquePhone } from '../support/test-app';
import { GOOD_PASSWORD } from '../support/v2-helpers';

export { GOOD_PASSWORD };

export const TOKEN_PATTERN = /^[A-Za-z]{32}$/;

/** Sends a vcode SMS code to a national phone and reads it from the outbox. */
export async function sendVcode(t: TestApp, phone: string): Promise<string> {
  const response = await t.http.post('/api/vcode/send').send({ phone }).expect(200);
  expect(response.body).toEqual({ code: '0', message: 'SUCCESS' });
  return t.lastCode(`+86${phone}`);
}

export interface VcodeTokenData {
  userName: string;
  token: string;
  type: number;
  createAt: number;
  expiresIn: number;
}

/** Registers a phone through vcode and answers the registration's token data. */
export async function registerVcode(t: TestApp, phone = uniquePhone(), password = GOOD_PASSWORD): Promise<VcodeTokenData> {
  const code = await sendVcode(t, phone);
  const response = await t.http.post('/api/user/register').send({ userName: phone, password, code }).expect(200);
  expect(response.body.code).toBe('0');
  return response.body.data as VcodeTokenData;
}

export async function logInVcode(t: TestApp, userName: string, password = GOOD_PASSWORD): Promise<VcodeTokenData & { id: number }> {
  const response = await t.http.post('/api/user/logIn').send({ userName, password }).expect(200);
  expect(response.body.code).toBe('0');
  return response.body.data as VcodeTokenData & { id: number };
}

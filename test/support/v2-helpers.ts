import { TestApp, uniqueName } from './test-app';

export const GOOD_PASSWORD = 'Correct-Horse-42';

export interface V2Session {
  access_token: string;
  refresh_token: string;
  user: { id: number; uuid: string; username: string | null; email: string | null; phone: string | null; role: string };
}

/** Registers through v2 with a username (no code needed) and answers the tokens. */
export async function registerV2(t: TestApp, fields: Record<string, unknown> = {}): Promise<V2Session> {
  const response = await t.http
    .post('/v2/auth/register')
    .send({ username: uniqueName(), password: GOOD_PASSWORD, ...fields })
    .expect(201);
  return response.body as V2Session;
}

/** Registers through v2 with a phone, fetching the SMS code from the outbox. */
export async function registerV2WithPhone(t: TestApp, phone: string, fields: Record<string, unknown> = {}): Promise<V2Session> {
  await t.http.post('/v2/verification-codes').send({ channel: 'sms', target: phone, purpose: 'register' }).expect(202);
  const code = t.lastCode(`+86${phone}`);
  return registerV2(t, { phone, code, ...fields });
}

export async function loginV2(t: TestApp, identifier: string, password = GOOD_PASSWORD): Promise<V2Session> {
  const response = await t.http.post('/v2/auth/login').send({ identifier, password }).expect(200);
  return response.body as V2Session;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

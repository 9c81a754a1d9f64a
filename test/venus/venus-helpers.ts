import { Response } from 'supertest';
import { TestApp, uniqueName } from '../support/test-app';

export const VENUS_PASSWORD = 'Correct-Horse-42';

export interface VenusUser {
  user_name: string;
  password: string;
  user_id: number;
}

/** Registers through venus (POST /venus/auth/user/create) and answers what the user knows. */
export async function createVenusUser(t: TestApp, fields: Record<string, unknown> = {}): Promise<VenusUser> {
  const body = { user_name: uniqueName('venus'), password: VENUS_PASSWORD, ...fields };
  const response = await t.http.post('/venus/auth/user/create').send(body).expect(200);
  expect(response.body).toEqual({ success: 'ok', user_id: expect.any(Number) });
  return { user_name: body.user_name as string, password: body.password as string, user_id: response.body.user_id as number };
}

export async function signInWithName(t: TestApp, userName: string, password = VENUS_PASSWORD): Promise<string> {
  const response = await t.http.post('/venus/auth/user/signin_with_name').send({ user_name: userName, password }).expect(200);
  expect(Object.keys(response.body)).toEqual(['token']);
  return response.body.token as string;
}

/** A new venus user, signed in. */
export async function venusSession(t: TestApp, fields: Record<string, unknown> = {}): Promise<VenusUser & { token: string }> {
  const user = await createVenusUser(t, fields);
  return { ...user, token: await signInWithName(t, user.user_name, user.password) };
}

/** The exact venus error envelope: status, and a body with only errorCode and errorMessage. */
export function expectVenusError(response: Response, status: number, errorCode: number, errorMessage: string): void {
  expect({ status: response.status, body: response.body as unknown }).toEqual({ status, body: { errorCode, errorMessage } });
}

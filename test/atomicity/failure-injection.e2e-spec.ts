import { Response } from 'supertest';
import { PortFaults, storeSnapshot } from '../support/port-faults';
import { createTestApp, DIALECT, TestApp, uniqueName, uniquePhone } from '../support/test-app';
import { bearer, GOOD_PASSWORD, loginV2, registerV2, registerV2WithPhone } from '../support/v2-helpers';
import { createOAuthClient, makeAdmin, NEW_PASSWORD, passwordGrant, registerPhone, requestCode } from '../oauth-v1/oauth-v1-helpers';

/**
 * Each flow that writes more than once, failed at every call it makes to the store in turn:
 * whichever call fails, the store is afterwards exactly as it was before the request.
 */
interface Flow {
  name: string;
  /** Unfaulted set-up; answers what `act` needs. */
  prepare(t: TestApp): Promise<Record<string, string>>;
  act(t: TestApp, given: Record<string, string>): Promise<Response>;
  succeeded(response: Response): boolean;
}

const sendSms = async (t: TestApp, phone: string, purpose: string) => {
  await t.http.post('/v2/verification-codes').send({ channel: 'sms', target: phone, purpose }).expect(202);
  return t.lastCode(`+86${phone}`);
};

const FLOWS: Flow[] = [
  {
    name: 'v2 registration with a phone code (code used, account, audit, session)',
    prepare: async (t) => {
      const phone = uniquePhone();
      return { phone, code: await sendSms(t, phone, 'register') };
    },
    act: (t, { phone, code }) => t.http.post('/v2/auth/register').send({ username: uniqueName('inj'), phone, code, password: GOOD_PASSWORD }),
    succeeded: (response) => response.status === 201,
  },
  {
    name: 'v2 password change (hash, other sessions end, audit)',
    prepare: async (t) => {
      const session = await registerV2(t);
      await loginV2(t, session.user.username!);
      return { token: session.access_token };
    },
    act: (t, { token }) => t.http.post('/v2/me/password').set(bearer(token)).send({ current_password: GOOD_PASSWORD, new_password: NEW_PASSWORD }),
    succeeded: (response) => response.status === 204 || response.status === 200,
  },
  {
    name: 'v2 password reset by code (code used, hash, every session ends, audit)',
    prepare: async (t) => {
      const phone = uniquePhone();
      await registerV2WithPhone(t, phone);
      t.clock.advance(61_000);
      return { phone, code: await sendSms(t, phone, 'reset_password') };
    },
    act: (t, { phone, code }) => t.http.post('/v2/auth/password-reset').send({ target: phone, code, new_password: NEW_PASSWORD }),
    succeeded: (response) => response.status === 204 || response.status === 200,
  },
  {
    name: 'v2 account deletion (erase, identities, sessions, audit)',
    prepare: async (t) => ({ token: (await registerV2(t)).access_token }),
    act: (t, { token }) => t.http.delete('/v2/me').set(bearer(token)).send({ password: GOOD_PASSWORD }),
    succeeded: (response) => response.status === 204,
  },
  {
    name: 'v2 refresh (token used, new token, session extended)',
    prepare: async (t) => ({ refresh: (await registerV2(t)).refresh_token }),
    act: (t, { refresh }) => t.http.post('/v2/auth/refresh').send({ refresh_token: refresh }),
    succeeded: (response) => response.status === 200,
  },
  {
    name: 'v2 phone change by code taking a phone another account only claimed (release, change, audits)',
    prepare: async (t) => {
      const phone = uniquePhone();
      await t.http.post('/users/register').set('word-info', GOOD_PASSWORD).send({ phone }).expect(200);
      const session = await registerV2(t);
      return { token: session.access_token, phone, code: await sendSms(t, phone, 'change_phone') };
    },
    act: (t, { token, phone, code }) => t.http.put('/v2/me/phone').set(bearer(token)).send({ phone, code }),
    succeeded: (response) => response.status === 200,
  },
  {
    name: 'v2 code sign-in proving a claimed phone (password and sessions end, proof, audit, session)',
    prepare: async (t) => {
      const phone = uniquePhone();
      await t.http.post('/users/register').set('word-info', GOOD_PASSWORD).send({ phone }).expect(200);
      return { phone, code: await sendSms(t, phone, 'login') };
    },
    act: (t, { phone, code }) => t.http.post('/v2/auth/login/code').send({ target: phone, code }),
    succeeded: (response) => response.status === 200,
  },
  {
    name: 'v2 admin lock (status, every session ends, audit)',
    prepare: async (t) => {
      const admin = await registerV2(t);
      await makeAdmin(t, admin.user.id);
      const target = await registerV2(t);
      return { token: (await loginV2(t, admin.user.username!)).access_token, id: String(target.user.id) };
    },
    act: (t, { token, id }) => t.http.patch(`/v2/users/${id}`).set(bearer(token)).send({ status: 'locked' }),
    succeeded: (response) => response.status === 200,
  },
  {
    name: 'oauth-v1 register (code used, account, audit, login ticket)',
    prepare: async (t) => {
      const phone = uniquePhone();
      return { phone, code: await requestCode(t, phone, 1) };
    },
    act: (t, { phone, code }) => t.http.post('/api/v1/users/register').send({ phone, validation_code: code }),
    succeeded: (response) => response.status === 200 && response.body.result === 1,
  },
  {
    name: 'oauth-v1 update (password, other sessions end, username, audits)',
    prepare: async (t) => {
      const phone = uniquePhone();
      const client = await createOAuthClient(t);
      const tokens = await passwordGrant(t, client, phone, await registerPhone(t, phone));
      return { token: tokens.access_token };
    },
    act: (t, { token }) =>
      t.http.put('/api/v1/users/update').set(bearer(token)).send({ name: uniqueName('inj'), password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD }),
    succeeded: (response) => response.status === 200 && response.body.result === 1,
  },
  {
    name: 'venus user/info (phone and nickname)',
    prepare: async (t) => {
      const user_name = uniqueName('inj');
      await t.http.post('/venus/auth/user/create').send({ user_name, password: GOOD_PASSWORD }).expect(200);
      const signedIn = await t.http.post('/venus/auth/user/signin_with_name').send({ user_name, password: GOOD_PASSWORD }).expect(200);
      return { token: signedIn.body.token as string };
    },
    act: (t, { token }) => t.http.post('/venus/user/info').set('token', token).send({ phone_number: uniquePhone(), nickname: '注入' }),
    succeeded: (response) => response.status === 200 && response.body.success === 'ok',
  },
  {
    name: 'vcode register (code used, account, audit, session)',
    prepare: async (t) => {
      const phone = uniquePhone();
      await t.http.post('/api/vcode/send').send({ phone }).expect(200);
      return { phone, code: t.lastCode(`+86${phone}`) };
    },
    act: (t, { phone, code }) => t.http.post('/api/user/register').send({ userName: phone, password: GOOD_PASSWORD, code }),
    succeeded: (response) => response.status === 200 && response.body.code === '0',
  },
];

describe(`Failure between the writes of a flow leaves nothing of it (${DIALECT})`, () => {
  let t: TestApp;
  let faults: PortFaults;

  beforeAll(async () => {
    t = await createTestApp();
    faults = new PortFaults(t);
  });
  afterAll(async () => {
    faults.uninstall();
    await t.close();
  });

  it.each(FLOWS.map((flow) => [flow.name, flow] as const))('%s', async (_name, flow) => {
    // Unfaulted, the flow succeeds and changes the store: the comparison below means something.
    const given = await flow.prepare(t);
    const before = await storeSnapshot(t);
    faults.count();
    const clean = await flow.act(t, given);
    const calls = faults.disarm();
    expect({ status: clean.status, body: clean.body as unknown, ok: flow.succeeded(clean) }).toMatchObject({ ok: true });
    expect(await storeSnapshot(t)).not.toEqual(before);

    for (let failAt = 1; failAt <= calls.length; failAt++) {
      const fresh = await flow.prepare(t);
      const untouched = await storeSnapshot(t);
      faults.arm(failAt);
      const response = await flow.act(t, fresh);
      const reached = faults.disarm();
      const failedCall = reached[failAt - 1];
      const after = await storeSnapshot(t);
      if (flow.succeeded(response)) continue; // the call that failed was one the flow may do without (best effort)
      expect({ failedCall, store: after }).toEqual({ failedCall, store: untouched });
    }
  });
});

import { AccountRole, Audience, RegisterAccount } from '@app/accounts';
import { createTestApp, TestApp, uniqueName } from '../support/test-app';
import { bearer, GOOD_PASSWORD, loginV2, registerV2 } from '../support/v2-helpers';

describe('v2 admin user management', () => {
  let t: TestApp;
  let adminToken: string;
  beforeAll(async () => {
    t = await createTestApp();
    const username = uniqueName('admin');
    await t.app.get(RegisterAccount).execute({
      username,
      password: GOOD_PASSWORD,
      passwordPolicy: 'standard',
      role: AccountRole.Admin,
      audience: Audience.V2,
      client: {},
    });
    adminToken = (await loginV2(t, username)).access_token;
  });
  afterAll(() => t.close());

  it('refuses non-administrators', async () => {
    const { access_token, user } = await registerV2(t);
    const list = await t.http.get('/v2/users').set(bearer(access_token)).expect(403);
    expect(list.body.code).toBe('forbidden');
    await t.http.get(`/v2/users/${user.id}`).set(bearer(access_token)).expect(403);
    await t.http.patch(`/v2/users/${user.id}`).set(bearer(access_token)).send({ role: 'admin' }).expect(403);
  });

  it('lists with search and paging', async () => {
    const marker = uniqueName('needle');
    for (let i = 0; i < 3; i++) await registerV2(t, { username: `${marker}x${i}`, nickname: `N${i}` });
    const page = await t.http.get('/v2/users').query({ search: marker.toUpperCase(), page: '1', per_page: '2' }).set(bearer(adminToken)).expect(200);
    expect(page.body).toMatchObject({ total: 3, page: 1, per_page: 2 });
    expect(page.body.items).toHaveLength(2);
    const second = await t.http.get('/v2/users').query({ search: marker, page: 2, per_page: 2 }).set(bearer(adminToken)).expect(200);
    expect(second.body.items).toHaveLength(1);
    const wildcard = await t.http.get('/v2/users').query({ search: '%' }).set(bearer(adminToken)).expect(200);
    expect(wildcard.body.total).toBe(0);
    const badPage = await t.http.get('/v2/users').query({ per_page: 1000 }).set(bearer(adminToken)).expect(400);
    expect(badPage.body.errors).toHaveProperty('per_page');
    const farPage = await t.http.get('/v2/users').query({ page: '99999999999999999999999' }).set(bearer(adminToken)).expect(400);
    expect(farPage.body.errors).toHaveProperty('page');
  });

  it('reads an account by id or uuid, 404 when unknown', async () => {
    const { user } = await registerV2(t);
    const byId = await t.http.get(`/v2/users/${user.id}`).set(bearer(adminToken)).expect(200);
    const byUuid = await t.http.get(`/v2/users/${user.uuid}`).set(bearer(adminToken)).expect(200);
    expect(byId.body).toEqual(byUuid.body);
    const missing = await t.http.get('/v2/users/987654321').set(bearer(adminToken)).expect(404);
    expect(missing.body.code).toBe('not_found');
    await t.http.get('/v2/users/not-an-id').set(bearer(adminToken)).expect(400);
  });

  it('changes profile, role and status; a paused account loses its sessions and cannot sign in', async () => {
    const { user, access_token } = await registerV2(t);
    const promoted = await t.http.patch(`/v2/users/${user.id}`).set(bearer(adminToken)).send({ nickname: 'Boss', role: 'admin' }).expect(200);
    expect(promoted.body).toMatchObject({ nickname: 'Boss', role: 'admin' });
    await t.http.get('/v2/users').set(bearer(access_token)).expect(200);
    await t.http.patch(`/v2/users/${user.id}`).set(bearer(adminToken)).send({ status: 'paused' }).expect(200);
    await t.http.get('/v2/me').set(bearer(access_token)).expect(401);
    const refused = await t.http.post('/v2/auth/login').send({ identifier: user.username, password: GOOD_PASSWORD }).expect(403);
    expect(refused.body.code).toBe('account_disabled');
    await t.http.patch(`/v2/users/${user.id}`).set(bearer(adminToken)).send({ status: 'normal' }).expect(200);
    await loginV2(t, user.username!);
    const invalid = await t.http.patch(`/v2/users/${user.id}`).set(bearer(adminToken)).send({ status: 'deleted' }).expect(400);
    expect(invalid.body.errors).toHaveProperty('status');
  });
});

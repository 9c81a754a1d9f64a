import { AccountsErrorCode } from '../domain/accounts-error';
import { SideAudience } from '../domain/audience-policy';
import { Audience } from '../domain/session';
import { coreFixture, CoreFixture } from '../testing/core-fixture';
import { newAccountRecord } from '../testing/new-account';
import { RefreshSession } from '../use-cases/refresh-session.use-case';

async function account(f: CoreFixture) {
  return f.accounts.insert(newAccountRecord());
}

describe('token checks and revocation', () => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture();
  });

  it('accepts a live token for its own audience only', async () => {
    const issued = await f.issuer.open(await account(f), Audience.V2, {});
    await expect(f.authenticator.authenticate(issued.accessToken, Audience.V2)).resolves.toMatchObject({ session: { id: issued.session.id } });
    await expect(f.authenticator.authenticate(issued.accessToken, Audience.Venus)).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
  });

  it('refuses a revoked session at once', async () => {
    const issued = await f.issuer.open(await account(f), Audience.Venus, {});
    await f.sessions.revoke(issued.session.id, f.clock.now());
    await expect(f.authenticator.authenticate(issued.accessToken, Audience.Venus)).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
  });

  it('refuses every session of an account whose sessions were all ended', async () => {
    const owner = await account(f);
    const a = await f.issuer.open(owner, Audience.V2, {});
    const b = await f.issuer.open(owner, Audience.Vcode, {});
    await f.accounts.endAllSessions(owner.id);
    await expect(f.authenticator.authenticate(a.accessToken, Audience.V2)).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
    await expect(f.authenticator.authenticate(b.accessToken, Audience.Vcode)).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
  });

  it('tells expiry apart, and renews within the users grace only', async () => {
    const issued = await f.issuer.open(await account(f), Audience.Users, {});
    f.clock.advance(24 * 3600 + 60);
    await expect(f.authenticator.authenticate(issued.accessToken, Audience.Users)).rejects.toMatchObject({ code: AccountsErrorCode.TokenExpired });
    await expect(f.authenticator.authenticateForRenewal(issued.accessToken, Audience.Users)).resolves.toBeDefined();
    f.clock.advance(2 * 3600);
    await expect(f.authenticator.authenticateForRenewal(issued.accessToken, Audience.Users)).rejects.toMatchObject({
      code: AccountsErrorCode.TokenExpired,
    });
  });

  it('refuses tampered tokens and opaque guesses', async () => {
    const issued = await f.issuer.open(await account(f), Audience.V2, {});
    const [header, payload, signature] = issued.accessToken.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: '999' })).toString('base64url');
    await expect(f.authenticator.authenticate(`${header}.${forged}.${signature}`, Audience.V2)).rejects.toMatchObject({
      code: AccountsErrorCode.TokenInvalid,
    });
    await expect(f.authenticator.authenticate('A'.repeat(32), Audience.Vcode)).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
  });

  it('stores opaque tokens only as hashes', async () => {
    const issued = await f.issuer.open(await account(f), Audience.Vcode, {});
    expect(issued.accessToken).toMatch(/^[A-Za-z]{32}$/);
    expect(f.sessions.tokens.map((token) => token.tokenHash)).not.toContain(issued.accessToken);
    await expect(f.authenticator.authenticate(issued.accessToken, Audience.Vcode)).resolves.toBeDefined();
  });

  it('lets a store failure through: an unreachable database does not make an opaque token invalid', async () => {
    const issued = await f.issuer.open(await account(f), Audience.Vcode, {});
    const outage = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED' });
    jest.spyOn(f.sessions, 'findToken').mockRejectedValueOnce(outage);
    await expect(f.authenticator.authenticate(issued.accessToken, Audience.Vcode)).rejects.toBe(outage);
  });
});

describe('refresh-token rotation', () => {
  let f: CoreFixture;
  let refresh: RefreshSession;
  beforeEach(async () => {
    f = await coreFixture();
    refresh = new RefreshSession(f.sessions, f.issuer, f.crypto, f.audit, f.clock, f.unitOfWork);
  });

  it('exchanges a refresh token once, and ends the session when a rotated one returns', async () => {
    const first = await f.issuer.open(await account(f), Audience.V2, {});
    const second = await refresh.execute({ refreshToken: first.refreshToken!, audience: Audience.V2, client: {} });
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await expect(f.authenticator.authenticate(first.accessToken, Audience.V2)).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
    await expect(f.authenticator.authenticate(second.accessToken, Audience.V2)).resolves.toBeDefined();
    await expect(refresh.execute({ refreshToken: first.refreshToken!, audience: Audience.V2, client: {} })).rejects.toMatchObject({
      code: AccountsErrorCode.TokenInvalid,
    });
    await expect(f.authenticator.authenticate(second.accessToken, Audience.V2)).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
    await expect(refresh.execute({ refreshToken: second.refreshToken!, audience: Audience.V2, client: {} })).rejects.toMatchObject({
      code: AccountsErrorCode.TokenInvalid,
    });
    expect(f.audit.events.map((event) => event.type)).toContain('refresh_token.reused');
  });

  it('gives one success to parallel uses of one refresh token', async () => {
    const first = await f.issuer.open(await account(f), Audience.V2, {});
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => refresh.execute({ refreshToken: first.refreshToken!, audience: Audience.V2, client: {} })),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
  });

  it('refuses another audience and an expired refresh token', async () => {
    const first = await f.issuer.open(await account(f), Audience.V2, {});
    await expect(refresh.execute({ refreshToken: first.refreshToken!, audience: Audience.OAuth, client: {} })).rejects.toMatchObject({
      code: AccountsErrorCode.TokenInvalid,
    });
    f.clock.advance(31 * 24 * 3600);
    await expect(refresh.execute({ refreshToken: first.refreshToken!, audience: Audience.V2, client: {} })).rejects.toMatchObject({
      code: AccountsErrorCode.TokenExpired,
    });
  });

  describe('side tokens', () => {
    it('live exactly as long as their session and are checked like its access token', async () => {
      const owner = await account(f);
      const issued = await f.issuer.open(owner, Audience.Infinite, {}, { keepLogin: true });
      const storage = await f.tokens.signSideToken(issued.session, owner, SideAudience.Storage);
      const { claims } = await f.authenticator.authenticateSideToken(storage);
      expect(claims).toMatchObject({ audience: SideAudience.Storage, accountId: owner.id, sessionId: issued.session.id });
      expect((claims.expiresAt.getTime() - claims.issuedAt.getTime()) / 1000).toBe(7 * 24 * 3600);
      expect(claims.expiresAt.getTime()).toBe(issued.accessExpiresAt.getTime());
      // A side token is not an access token, nor the other way round.
      await expect(f.authenticator.authenticate(storage, Audience.Infinite)).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
      await expect(f.authenticator.authenticateSideToken(issued.accessToken)).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
      await f.accounts.endAllSessions(owner.id);
      await expect(f.authenticator.authenticateSideToken(storage)).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
    });

    it('are refused for a session whose audience hands none out', async () => {
      const owner = await account(f);
      const issued = await f.issuer.open(owner, Audience.V2, {});
      const gitea = await f.tokens.signSideToken(issued.session, owner, SideAudience.Gitea);
      await expect(f.authenticator.authenticateSideToken(gitea)).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
    });
  });
});

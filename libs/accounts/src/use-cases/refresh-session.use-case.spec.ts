import { AccountStatus } from '../domain/account';
import { AccountsErrorCode } from '../domain/accounts-error';
import { AuditEventType } from '../domain/audit-event';
import { Audience } from '../domain/session';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, registered, signedIn, tokenWorks } from '../testing/use-case-steps';
import { RefreshSession } from './refresh-session.use-case';

describe('RefreshSession', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  const refresh = (refreshToken: string, audience = Audience.V2) => f.get(RefreshSession).execute({ refreshToken, audience, client: CLIENT });

  it('rotates within the same session: a new pair, the earlier access token retired', async () => {
    const first = await signedIn(f, await registered(f));
    const second = await refresh(first.refreshToken!);
    expect(second.session.id).toBe(first.session.id);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(await tokenWorks(f, second.accessToken)).toBe(true);
    expect(await tokenWorks(f, first.accessToken)).toBe(false);
  });

  it('ends the session when a rotated refresh token comes back, audited', async () => {
    const first = await signedIn(f, await registered(f));
    const second = await refresh(first.refreshToken!);
    await expect(refresh(first.refreshToken!)).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
    expect(await tokenWorks(f, second.accessToken)).toBe(false);
    await expect(refresh(second.refreshToken!)).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
    expect(f.audit.events).toContainEqual(expect.objectContaining({ type: AuditEventType.RefreshTokenReused, detail: { sessionId: first.session.id } }));
  });

  it('refuses another contract, an unknown token, an expired one and a disabled account', async () => {
    const account = await registered(f);
    const first = await signedIn(f, account);
    await expect(refresh(first.refreshToken!, Audience.OAuth)).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
    await expect(refresh('unknown')).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
    await f.accounts.updateAdminFields(account.id, { status: AccountStatus.Paused });
    await expect(refresh(first.refreshToken!)).rejects.toMatchObject({ code: AccountsErrorCode.AccountDisabled });
    f.clock.advance(31 * 86400);
    await expect(refresh(first.refreshToken!)).rejects.toMatchObject({ code: AccountsErrorCode.TokenExpired });
  });

  it('refuses after a password change elsewhere ended the session', async () => {
    const account = await registered(f);
    const first = await signedIn(f, account);
    await f.accounts.endAllSessions(account.id);
    await expect(refresh(first.refreshToken!)).rejects.toMatchObject({ code: AccountsErrorCode.TokenInvalid });
  });
});

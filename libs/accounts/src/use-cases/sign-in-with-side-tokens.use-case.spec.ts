import { AccountsErrorCode } from '../domain/accounts-error';
import { SideAudience } from '../domain/audience-policy';
import { Audience } from '../domain/session';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, PASSWORD, registered, tokenWorks } from '../testing/use-case-steps';
import { IntrospectSideToken } from './introspect-side-token.use-case';
import { SignInWithSideTokens } from './sign-in-with-side-tokens.use-case';

describe('SignInWithSideTokens', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  const signIn = (password = PASSWORD) =>
    f.get(SignInWithSideTokens).execute({ identifier: 'side', kind: 'username', password, audience: Audience.Infinite, client: CLIENT });

  it('answers the session with a storage token and a gitea token, both naming the session', async () => {
    await registered(f, { username: 'side' });
    const issued = await signIn();
    expect(await tokenWorks(f, issued.accessToken, Audience.Infinite)).toBe(true);
    const introspect = f.get(IntrospectSideToken);
    await expect(introspect.execute({ token: issued.storageToken })).resolves.toMatchObject({ active: true, audience: SideAudience.Storage, sessionId: issued.session.id });
    await expect(introspect.execute({ token: issued.giteaToken })).resolves.toMatchObject({ active: true, audience: SideAudience.Gitea, sessionId: issued.session.id });
  });

  it("answers the mirror's own token as the gitea token when the account is mirrored", async () => {
    f.mirror.enabled = true;
    await registered(f, { username: 'side', email: 'side@example.com' });
    await expect(signIn()).resolves.toMatchObject({ giteaToken: 'mirror-token-for-side' });
  });

  it('opens no session when the mirror cannot give its token, nor for a wrong password', async () => {
    f.mirror.enabled = true;
    await registered(f, { username: 'side', email: 'side@example.com' });
    f.mirror.failNext = true;
    await expect(signIn()).rejects.toMatchObject({ code: AccountsErrorCode.MirrorUnavailable });
    await expect(signIn('Wrong-Password-1')).rejects.toMatchObject({ code: AccountsErrorCode.InvalidCredentials });
    expect(f.sessions.sessions.size).toBe(0);
  });
});

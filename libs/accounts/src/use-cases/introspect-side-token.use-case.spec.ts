import { SideAudience } from '../domain/audience-policy';
import { Audience } from '../domain/session';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { CLIENT, PASSWORD, registered } from '../testing/use-case-steps';
import { IntrospectSideToken } from './introspect-side-token.use-case';
import { SignInWithSideTokens } from './sign-in-with-side-tokens.use-case';
import { SignOut } from './sign-out.use-case';

describe('IntrospectSideToken', () => {
  let f: UseCaseFixture;
  beforeEach(async () => {
    f = await useCaseFixture();
  });

  const signIn = async () => {
    await registered(f, { username: 'side' });
    return f.get(SignInWithSideTokens).execute({ identifier: 'side', kind: 'username', password: PASSWORD, audience: Audience.Infinite, client: CLIENT });
  };

  it('answers a live side token active, with its audience, account, session and times', async () => {
    const issued = await signIn();
    const answer = await f.get(IntrospectSideToken).execute({ token: issued.storageToken });
    expect(answer).toMatchObject({ active: true, audience: SideAudience.Storage, accountId: issued.account.id, sessionId: issued.session.id });
  });

  it('answers inactive alike once the session ended, once expired, and for a forged or foreign token', async () => {
    const issued = await signIn();
    const introspect = f.get(IntrospectSideToken);
    await expect(introspect.execute({ token: 'not.a.jwt' })).resolves.toEqual({ active: false });
    await expect(introspect.execute({ token: issued.accessToken })).resolves.toEqual({ active: false });
    await f.get(SignOut).execute({ auth: { account: issued.account, session: issued.session } });
    await expect(introspect.execute({ token: issued.storageToken })).resolves.toEqual({ active: false });

    const later = await f.get(SignInWithSideTokens).execute({ identifier: 'side', kind: 'username', password: PASSWORD, audience: Audience.Infinite, client: CLIENT });
    f.clock.advance(3 * 3600);
    await expect(introspect.execute({ token: later.giteaToken })).resolves.toEqual({ active: false });
  });
});

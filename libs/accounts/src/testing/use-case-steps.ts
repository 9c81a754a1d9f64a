import { Account, AccountRole } from '../domain/account';
import { Audience, ClientInfo } from '../domain/session';
import { CodeChannel, CodePurpose } from '../domain/verification-code';
import { AuthContext, TokenAuthenticator } from '../services/token-authenticator';
import { IssuedSession, SessionIssuer } from '../services/session-issuer';
import { RegisterAccount } from '../use-cases/register-account.use-case';
import { SendVerificationCode } from '../use-cases/send-verification-code.use-case';
import { UseCaseFixture } from './use-case-fixture';

/** Steps use-case specs share: arranging accounts, sessions and codes through the core itself. */

export const PASSWORD = 'Correct-Horse-2026';
export const CLIENT: ClientInfo = { ip: '203.0.113.9', userAgent: 'spec/1' };

let serial = 0;
export const uniqueUsername = (prefix = 'user') => `${prefix}${++serial}${Math.random().toString(36).slice(2, 6)}`;

/** An account registered through the users contract (no code needed), with a password unless given none. */
export function registered(
  f: UseCaseFixture,
  fields: { username?: string; email?: string; phone?: string; password?: string; role?: AccountRole } = {},
): Promise<Account> {
  const hasIdentifier = fields.username ?? fields.email ?? fields.phone;
  return f.get(RegisterAccount).execute({
    username: hasIdentifier ? (fields.username ?? null) : uniqueUsername(),
    email: fields.email ?? null,
    phone: fields.phone ?? null,
    password: fields.password ?? PASSWORD,
    passwordPolicy: 'standard',
    role: fields.role,
    audience: Audience.Users,
    client: CLIENT,
  });
}

export const admin = (f: UseCaseFixture) => registered(f, { username: uniqueUsername('admin'), role: AccountRole.Admin });

/** A session of the account in the audience, and the context a token check of it answers. */
export async function signedIn(f: UseCaseFixture, account: Account, audience = Audience.V2): Promise<IssuedSession & { auth: AuthContext }> {
  const fresh = (await f.accounts.findById(account.id))!;
  const issued = await f.get(SessionIssuer).open(fresh, audience, CLIENT);
  return { ...issued, auth: await f.get(TokenAuthenticator).authenticate(issued.accessToken, audience) };
}

/** Whether the access token still opens its session. */
export const tokenWorks = (f: UseCaseFixture, token: string, audience = Audience.V2): Promise<boolean> =>
  f.get(TokenAuthenticator).authenticate(token, audience).then(() => true, () => false);

/** Sends a code as the audience's code endpoint does and answers the code delivered. */
export async function sentCode(
  f: UseCaseFixture,
  request: { channel: CodeChannel; target: string; purpose: CodePurpose; audience: Audience },
): Promise<string> {
  await f.get(SendVerificationCode).execute({ ...request, client: CLIENT });
  f.clock.advance(61); // past the resend pause, for the next send
  return lastCode(f, request.target);
}

export function lastCode(f: UseCaseFixture, to: string): string {
  const message = [...f.delivery.sent].reverse().find((sent) => sent.to === to);
  if (!message) throw new Error(`no code was sent to ${to}`);
  return message.code;
}

/** A code that is not `code`. */
export const wrongCode = (code: string) => (code === '000000' ? '111111' : '000000');

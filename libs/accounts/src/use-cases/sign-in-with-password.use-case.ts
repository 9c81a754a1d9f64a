import { Injectable } from '@nestjs/common';
import { Account } from '../domain/account';
import { assertMaySignIn } from '../domain/account-rules';
import { IdentifierKind } from '../domain/identifiers';
import { Audience, ClientInfo } from '../domain/session';
import { AccountFinder } from '../services/account-finder';
import { LoginTickets } from '../services/login-tickets';
import { PasswordCheck } from '../services/password-check';
import { IssuedSession } from '../services/session-issuer';
import { SignInRecorder } from '../services/sign-in-recorder';

export interface SignInWithPasswordInput {
  identifier: string;
  /** What the identifier is; 'any' tries email, username, then phone. */
  kind: IdentifierKind | 'any';
  password: string;
  audience: Audience;
  client: ClientInfo;
  keepLogin?: boolean;
  /** The OAuth password grant also takes a live oauth_login_code as the password. */
  acceptLoginTicket?: boolean;
  clientId?: string | null;
  wechatOpenid?: string | null;
}

/**
 * Password sign-in. Unknown accounts answer AccountNotFound after the time a
 * real check takes; wrong passwords InvalidCredentials; both count against the
 * brute-force guard. The account's status is told only after a right password.
 */
@Injectable()
export class SignInWithPassword {
  constructor(
    private readonly finder: AccountFinder,
    private readonly passwords: PasswordCheck,
    private readonly tickets: LoginTickets,
    private readonly recorder: SignInRecorder,
  ) {}

  async execute(input: SignInWithPasswordInput): Promise<IssuedSession> {
    const account = await this.authenticate(input);
    return this.recorder.complete(account, input.audience, input.client, 'password', {
      keepLogin: input.keepLogin,
      clientId: input.clientId,
      wechatOpenid: input.wechatOpenid,
    });
  }

  /** Proves the credentials without opening a session. */
  async authenticate(input: Omit<SignInWithPasswordInput, 'audience'>): Promise<Account> {
    const account = await this.finder.byIdentifier(input.identifier, input.kind);
    if (!account) return this.passwords.unknownAccount(this.finder.canonicalIdentifier(input.identifier, input.kind), input.password, input.client);
    if (!(input.acceptLoginTicket && (await this.tickets.redeem(account, input.password)))) {
      await this.passwords.verify(account, input.password, input.client);
    }
    assertMaySignIn(account);
    return account;
  }
}

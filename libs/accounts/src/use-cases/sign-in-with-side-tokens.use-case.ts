import { Injectable } from '@nestjs/common';
import { SideAudience } from '../domain/audience-policy';
import { IdentifierKind } from '../domain/identifiers';
import { Audience, ClientInfo } from '../domain/session';
import { AccountMirror } from '../ports/account-mirror';
import { AccessTokens } from '../services/access-tokens';
import { IssuedSession } from '../services/session-issuer';
import { SignInRecorder } from '../services/sign-in-recorder';
import { SignInWithPassword } from './sign-in-with-password.use-case';

export interface SignInWithSideTokensInput {
  identifier: string;
  kind: IdentifierKind | 'any';
  password: string;
  audience: Audience;
  client: ClientInfo;
  keepLogin?: boolean;
}

export interface SideTokens {
  /** A JWT for audience `storage`: names the session, expires with it, verifiable with the JWKS, checkable by introspection. */
  storageToken: string;
  /** A Gitea access token when the account is mirrored; otherwise a JWT for audience `gitea`. */
  giteaToken: string;
}

/**
 * Password sign-in that also answers tokens for the services beside the API
 * (storage, Gitea). The Gitea token is fetched BEFORE the session opens, so a
 * Gitea failure leaves no session and no sign-in record behind.
 */
@Injectable()
export class SignInWithSideTokens {
  constructor(
    private readonly signIn: SignInWithPassword,
    private readonly mirror: AccountMirror,
    private readonly recorder: SignInRecorder,
    private readonly tokens: AccessTokens,
  ) {}

  async execute(input: SignInWithSideTokensInput): Promise<IssuedSession & SideTokens> {
    const account = await this.signIn.authenticate(input);
    const mirrored = this.mirror.enabled && this.mirror.mirrors(account);
    const giteaAccessToken = mirrored ? await this.mirror.issueToken(account, input.password) : null;
    const issued = await this.recorder.complete(account, input.audience, input.client, 'password', { keepLogin: input.keepLogin });
    const side = (audience: SideAudience) => this.tokens.signSideToken(issued.session, issued.account, audience);
    return {
      ...issued,
      storageToken: await side(SideAudience.Storage),
      giteaToken: giteaAccessToken ?? (await side(SideAudience.Gitea)),
    };
  }
}

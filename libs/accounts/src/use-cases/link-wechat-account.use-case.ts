import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../ports/unit-of-work';
import { assertMaySignIn } from '../domain/account-rules';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { ClientInfo } from '../domain/session';
import { AccountRepository } from '../ports/account.repository';
import { Clock } from '../ports/clock';
import { SessionRepository } from '../ports/session.repository';
import { WeChatApi } from '../ports/wechat-api';
import { WeChatIdentityRepository } from '../ports/wechat-identity.repository';
import { AccountFiles } from '../services/account-files';
import { AuthContext } from '../services/token-authenticator';
import { IssuedSession } from '../services/session-issuer';
import { SignInWithPassword } from './sign-in-with-password.use-case';
import { SignInRecorder } from '../services/sign-in-recorder';

export interface LinkWeChatAccountInput {
  auth: AuthContext;
  phone: string;
  password: string;
  client: ClientInfo;
}

/**
 * Links the signed-in WeChat user to an account proven by phone and password,
 * and answers a session of that account. The WeChat-only placeholder account,
 * having nothing else, is erased with the files it uploaded.
 */
@Injectable()
export class LinkWeChatAccount {
  constructor(
    private readonly signIn: SignInWithPassword,
    private readonly identities: WeChatIdentityRepository,
    private readonly accounts: AccountRepository,
    private readonly files: AccountFiles,
    private readonly sessions: SessionRepository,
    private readonly recorder: SignInRecorder,
    private readonly wechat: WeChatApi,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(input: LinkWeChatAccountInput): Promise<IssuedSession> {
    const { session, account: wechatAccount } = input.auth;
    const openid = session.wechatOpenid;
    const identity = openid ? await this.identities.findByOpenid(this.wechat.appId, openid) : null;
    if (!identity || identity.accountId !== wechatAccount.id) {
      throw new AccountsError(AccountsErrorCode.Forbidden, 'only a WeChat sign-in can be linked');
    }
    const target = await this.signIn.authenticate({
      identifier: input.phone,
      kind: 'phone',
      password: input.password,
      client: input.client,
    });
    assertMaySignIn(target);
    // The link, the placeholder's erasure, the WeChat session's end and the new session commit together.
    const switchSessions = async () => {
      await this.sessions.revoke(session.id, this.clock.now(), 'relinked');
      return this.recorder.complete(target, session.audience, input.client, 'wechat-link', { wechatOpenid: openid });
    };
    if (target.id === wechatAccount.id) return this.unitOfWork.run(switchSessions);
    return this.files.exclusively(wechatAccount.id, async () => {
      const { issued, forgotten } = await this.unitOfWork.run(async () => {
        await this.identities.relink(identity.id, target.id);
        const placeholder = !wechatAccount.username && !wechatAccount.email && !wechatAccount.phone && !wechatAccount.passwordHash;
        const files = placeholder ? await this.files.forgetAll(wechatAccount.id) : [];
        if (placeholder) await this.accounts.erase(wechatAccount.id, this.clock.now());
        return { issued: await switchSessions(), forgotten: files };
      });
      await this.files.removeBytes(forgotten);
      return issued;
    });
  }
}

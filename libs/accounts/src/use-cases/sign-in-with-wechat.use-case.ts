import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../ports/unit-of-work';
import { AccountRole } from '../domain/account';
import { assertMaySignIn } from '../domain/account-rules';
import { AccountsError } from '../domain/accounts-error';
import { isWebUrl } from '../domain/profile-rules';
import { Audience, ClientInfo } from '../domain/session';
import { WeChatIdentity, WeChatProfile } from '../domain/wechat-identity';
import { AccountRepository } from '../ports/account.repository';
import { Clock } from '../ports/clock';
import { WeChatApi } from '../ports/wechat-api';
import { WeChatIdentityRepository } from '../ports/wechat-identity.repository';
import { AccountFinder } from '../services/account-finder';
import { insertWithFreshAccountNumber } from '../services/account-number';
import { IssuedSession } from '../services/session-issuer';
import { SignInRecorder } from '../services/sign-in-recorder';

export interface SignInWithWeChatInput {
  jsCode: string;
  profile: Partial<WeChatProfile>;
  audience: Audience;
  client: ClientInfo;
}

function clip(value: string | null | undefined, length: number): string | null | undefined {
  return typeof value === 'string' ? value.slice(0, length) : value;
}

/**
 * WeChat mini-program sign-in: exchanges the js code for an openid, creates the
 * WeChat user (an account with no password) on first sight, keeps the profile
 * fields sent along, and opens a session that carries the openid.
 */
@Injectable()
export class SignInWithWeChat {
  constructor(
    private readonly wechat: WeChatApi,
    private readonly identities: WeChatIdentityRepository,
    private readonly accounts: AccountRepository,
    private readonly finder: AccountFinder,
    private readonly recorder: SignInRecorder,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(input: SignInWithWeChatInput): Promise<IssuedSession & { identity: WeChatIdentity }> {
    // Checked first, so that a refused profile does not spend the single-use code.
    const profile = this.cleanProfile(input.profile);
    const { openid, unionid } = await this.wechat.exchangeCode(input.jsCode);
    // The placeholder account, its WeChat identity and the session commit together (a concurrent first sign-in of the same openid loses on the identity's unique key and leaves nothing).
    return this.unitOfWork.run(async () => {
      let identity = await this.identities.findByOpenid(this.wechat.appId, openid);
      if (identity) {
        await this.identities.updateProfile(identity.id, { ...profile, ...(unionid ? { unionid } : {}) });
        identity = { ...identity, ...profile };
      } else {
        const account = await insertWithFreshAccountNumber(this.clock, (accountNumber) =>
          this.accounts.insert({
            uuid: randomUUID(),
            accountNumber,
            username: null,
            email: null,
            emailProof: null,
            phone: null,
            phoneProof: null,
            passwordHash: null,
            role: AccountRole.User,
            profile: { nickname: profile.nickname ?? null, avatarUrl: profile.avatarUrl ?? null },
          }),
        );
        identity = await this.identities.insert({
          accountId: account.id,
          appId: this.wechat.appId,
          openid,
          unionid,
          nickname: profile.nickname ?? null,
          avatarUrl: profile.avatarUrl ?? null,
          country: profile.country ?? null,
          province: profile.province ?? null,
          city: profile.city ?? null,
          language: profile.language ?? null,
        });
      }
      const account = await this.finder.byId(identity.accountId);
      assertMaySignIn(account);
      const issued = await this.recorder.complete(account, input.audience, input.client, 'wechat', { wechatOpenid: openid });
      return { ...issued, identity };
    });
  }

  private cleanProfile(profile: Partial<WeChatProfile>): Partial<WeChatProfile> {
    const clean: Partial<WeChatProfile> = {};
    const limits: Record<keyof WeChatProfile, number> = {
      nickname: 255,
      avatarUrl: 1024,
      country: 64,
      province: 64,
      city: 64,
      language: 32,
    };
    for (const key of Object.keys(limits) as (keyof WeChatProfile)[]) {
      const value = clip(profile[key], limits[key]);
      if (key === 'avatarUrl' && value && !isWebUrl(value)) throw AccountsError.invalidField('avatarUrl', 'pattern', 'avatarUrl must be an http(s) URL');
      if (value !== undefined) clean[key] = value;
    }
    return clean;
  }
}

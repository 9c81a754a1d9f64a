import { WeChatIdentity, WeChatProfile } from '../domain/wechat-identity';

export abstract class WeChatIdentityRepository {
  abstract findByOpenid(appId: string, openid: string): Promise<WeChatIdentity | null>;
  abstract findByAccountId(accountId: number): Promise<WeChatIdentity | null>;
  abstract insert(identity: Omit<WeChatIdentity, 'id' | 'createdAt' | 'updatedAt'>): Promise<WeChatIdentity>;
  abstract updateProfile(id: number, profile: Partial<WeChatProfile> & { unionid?: string | null }): Promise<void>;
  abstract relink(id: number, accountId: number): Promise<void>;
  abstract removeForAccount(accountId: number): Promise<void>;
}

export interface WeChatProfile {
  nickname: string | null;
  avatarUrl: string | null;
  country: string | null;
  province: string | null;
  city: string | null;
  language: string | null;
}

export interface WeChatIdentity extends WeChatProfile {
  id: number;
  accountId: number;
  appId: string;
  openid: string;
  unionid: string | null;
  createdAt: Date;
  updatedAt: Date;
}

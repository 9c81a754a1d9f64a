import { Injectable } from '@nestjs/common';
import { Audience, ClientInfo } from '../domain/session';
import { WeChatProfile } from '../domain/wechat-identity';
import { IssuedSession } from '../services/session-issuer';
import { SignInWithPassword } from './sign-in-with-password.use-case';
import { SignInWithWeChat } from './sign-in-with-wechat.use-case';

export type PasswordOrWeChat = { by: 'phone'; phone: string; password: string } | { by: 'wechat'; jsCode: string; profile: Partial<WeChatProfile> };

/** users `POST /users/login`: by phone and password, or by a WeChat mini-program code. */
@Injectable()
export class SignInWithPasswordOrWeChat {
  constructor(
    private readonly password: SignInWithPassword,
    private readonly wechat: SignInWithWeChat,
  ) {}

  execute({ credentials, audience, client }: { credentials: PasswordOrWeChat; audience: Audience; client: ClientInfo }): Promise<IssuedSession> {
    if (credentials.by === 'phone') {
      return this.password.execute({ identifier: credentials.phone, kind: 'phone', password: credentials.password, audience, client });
    }
    return this.wechat.execute({ jsCode: credentials.jsCode, profile: credentials.profile, audience, client });
  }
}

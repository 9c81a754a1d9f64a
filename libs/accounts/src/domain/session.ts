/** Which API a session (and every token of it) belongs to. */
export enum Audience {
  V2 = 'v2',
  Venus = 'venus',
  Users = 'users',
  Infinite = 'infinite',
  OAuth = 'oauth',
  Vcode = 'vcode',
}

/** Who is calling: recorded on sessions, sign-ins and audit events. */
export interface ClientInfo {
  ip?: string | null;
  userAgent?: string | null;
  /** Client terminal (the users contract's pc/mobile/app/wechat/management). */
  terminal?: string | null;
  /** A device description, when the client sends one. */
  device?: string | null;
}

export interface Session {
  id: string;
  accountId: number;
  audience: Audience;
  terminal: string | null;
  userAgent: string | null;
  ip: string | null;
  epoch: number;
  /** The WeChat openid the session was opened with (users contract). */
  wechatOpenid: string | null;
  /** The OAuth client that opened the session (oauth contract). */
  clientId: string | null;
  /** Bumped at each refresh-token rotation; access tokens of an older generation are refused. */
  tokenGeneration: number;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export function isSessionLive(session: Session, accountEpoch: number, now: Date): boolean {
  return (
    session.revokedAt === null &&
    session.expiresAt.getTime() > now.getTime() &&
    session.epoch === accountEpoch
  );
}

import { Account, AccountStatus, IssuedSession, isEmailVerified, SideTokens, toNationalPhone } from '@app/accounts';
import { LoginDataDto, UserDetailDto } from './dto/responses.dto';
import { InfiniteCode, INFINITE_MESSAGES } from './infinite-errors';

/** China keeps UTC+8 all year (no daylight saving), so a fixed offset is Asia/Shanghai. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** "yyyy-MM-dd HH:mm:ss" in Asia/Shanghai, the time these clients show. */
export function shanghaiDateTime(date: Date): string {
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

const LOGIN_STATUS: Record<AccountStatus, string> = {
  [AccountStatus.Normal]: 'status.normal',
  [AccountStatus.Paused]: 'status.pause',
  [AccountStatus.Locked]: 'status.lock',
  [AccountStatus.Stopped]: 'status.stop',
  [AccountStatus.Deleted]: 'status.delete',
};

const DETAIL_STATUS: Record<AccountStatus, number> = {
  [AccountStatus.Normal]: 1,
  [AccountStatus.Paused]: 2,
  [AccountStatus.Locked]: 3,
  [AccountStatus.Stopped]: 4,
  [AccountStatus.Deleted]: 5,
};

/** The profile in the document's field order, with each table's own enumerations. */
function profileFields<E, S>(account: Account, emailVerified: E, status: S) {
  return {
    createDatetime: shanghaiDateTime(account.createdAt),
    nickname: account.nickname,
    accountId: account.accountNumber,
    username: account.username,
    email: account.email,
    mobile: toNationalPhone(account.phone),
    emailVerified,
    iconUrl: account.avatarUrl,
    loginIp: account.lastLoginIp,
    loginDevice: account.lastLoginDevice,
    status,
    updateDatetime: shanghaiDateTime(account.updatedAt),
  };
}

/** login's data: the tokens, then the profile with the login table's string enumerations. */
export function toLoginData(issued: IssuedSession & SideTokens): LoginDataDto {
  const { account } = issued;
  return {
    accessToken: issued.accessToken,
    giteaToken: issued.giteaToken,
    storageToken: issued.storageToken,
    // The document spells the unverified value "unUerified"; clients compare against that text.
    ...profileFields(account, isEmailVerified(account) ? 'email.verified' : 'email.unUerified', LOGIN_STATUS[account.status]),
    userId: String(account.id),
  };
}

/** getUserDetail's data: the same profile with the numeric enumerations of its table. */
export function toUserDetail(account: Account): UserDetailDto {
  return {
    ...profileFields(account, isEmailVerified(account) ? 2 : 1, DETAIL_STATUS[account.status]),
    userId: account.id,
  };
}

/** The envelope of every answer under /api/user. */
export interface InfiniteEnvelope<T = Record<string, unknown>> {
  code: InfiniteCode;
  data: T;
  msg: string;
}

export function infiniteEnvelope<T>(code: InfiniteCode, data: T, msg: string): InfiniteEnvelope<T> {
  return { code, data, msg };
}

export function success<T>(data: T): InfiniteEnvelope<T>;
export function success(): InfiniteEnvelope<Record<string, never>>;
export function success<T>(data?: T): InfiniteEnvelope<T | Record<string, never>> {
  return infiniteEnvelope(InfiniteCode.Success, data ?? {}, INFINITE_MESSAGES[InfiniteCode.Success]);
}

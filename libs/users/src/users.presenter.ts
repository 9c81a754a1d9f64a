import { Account, AccountView, Session, StoredFile, storedFileName, toNationalPhone } from '@app/accounts';
import { HeadImgDto, UsersAccountInfoDto, UsersWeChatInfoDto } from './dto/responses.dto';

export interface UsersEnvelope<T> {
  code: number;
  message: string;
  data: T;
  total: number;
}

export const OK_MESSAGE = '操作成功';
export const REGISTERED_MESSAGE = '恭喜，注册成功！';
export const EXITED = '已退出';

export function usersEnvelope<T>(code: number, message: string, data: T): UsersEnvelope<T> {
  return { code, message, data, total: 0 };
}

export function ok<T>(data: T, message = OK_MESSAGE): UsersEnvelope<T> {
  return usersEnvelope(200, message, data);
}

/** Asia/Shanghai has kept UTC+8 without daylight saving since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** "yyyy-MM-dd HH:mm:ss" in Asia/Shanghai, the time these clients show. */
export function toShanghaiDateTime(date: Date): string {
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

export function toHeadImg(file: StoredFile, url: string): HeadImgDto {
  return {
    id: file.id,
    fileName: file.originalName,
    fileSize: file.size,
    createTime: toShanghaiDateTime(file.createdAt),
    suffix: file.suffix,
    filePath: url,
  };
}

/**
 * The uploaded avatar, while it is still the account's avatar (another API may
 * since have set the avatar to an outside URL, which has no file to describe).
 */
function headImgOf(account: Account, file: StoredFile | null): HeadImgDto | null {
  const url = account.avatarUrl;
  if (!file || !url || !url.endsWith(`/files/${storedFileName(file)}`)) return null;
  return toHeadImg(file, url);
}

export function toAccountInfo(view: AccountView): UsersAccountInfoDto {
  const { account } = view;
  return {
    id: account.uuid,
    userName: account.nickname,
    phone: toNationalPhone(account.phone),
    sex: account.sex,
    birthday: account.birthday,
    address: account.address,
    professional: account.position,
    headImg: headImgOf(account, view.avatarFile),
    openid: view.wechat?.openid ?? null,
    updateTime: toShanghaiDateTime(account.updatedAt),
    createTime: toShanghaiDateTime(account.createdAt),
  };
}

export function toWeChatInfo(view: AccountView, openid: string): UsersWeChatInfoDto {
  const { account } = view;
  const wechat = view.wechat?.openid === openid ? view.wechat : null;
  return {
    avatarUrl: wechat?.avatarUrl ?? null,
    city: wechat?.city ?? null,
    country: wechat?.country ?? null,
    headImg: headImgOf(account, view.avatarFile),
    id: account.uuid,
    language: wechat?.language ?? null,
    nickName: wechat?.nickname ?? null,
    openid,
    userName: account.nickname,
    phone: toNationalPhone(account.phone),
    province: wechat?.province ?? null,
    createTime: wechat ? toShanghaiDateTime(wechat.createdAt) : null,
  };
}

/** users/info/self: the WeChat shape for a session opened through WeChat, the account shape otherwise. */
export function toSelfInfo(view: AccountView, session: Session): UsersAccountInfoDto | UsersWeChatInfoDto {
  return session.wechatOpenid ? toWeChatInfo(view, session.wechatOpenid) : toAccountInfo(view);
}

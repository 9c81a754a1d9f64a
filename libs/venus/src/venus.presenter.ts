import { Account, AccountRole, IssuedSession } from '@app/accounts';
import { VenusCreatedDto, VenusSuccessDto, VenusTokenDto, VenusUserInfoDto } from './dto/responses.dto';

/** role_id as venus clients read it (see ../README.md). */
export const VENUS_ROLE_IDS: Record<AccountRole, number> = {
  [AccountRole.User]: 1,
  [AccountRole.Admin]: 2,
};

export function toVenusToken(issued: IssuedSession): VenusTokenDto {
  return { token: issued.accessToken };
}

export function venusSuccess(): VenusSuccessDto {
  return { success: 'ok' };
}

export function toVenusCreated(account: Account): VenusCreatedDto {
  return { success: 'ok', user_id: account.id };
}

/** Exactly the eight fields of the document's example; unset text fields are "" (the document types them String). */
export function toVenusUserInfo(account: Account): VenusUserInfoDto {
  return {
    nickname: account.nickname ?? '',
    avatar: account.avatarUrl ?? '',
    position: account.position ?? '',
    department_name: account.department ?? '',
    last_login_at_sec: account.lastLoginAt ? Math.floor(account.lastLoginAt.getTime() / 1000) : 0,
    internal_phone: account.internalPhone ?? '',
    role_id: VENUS_ROLE_IDS[account.role],
    user_id: account.id,
  };
}

import { IssuedLoginTicket, IssuedSession, OAuthTokenInfo } from '@app/accounts';
import { LoginCodeDto, OAuthTokenDto, OAuthTokenInfoDto, ResultOkDto } from './dto/responses.dto';

const unixSeconds = (date: Date): number => Math.floor(date.getTime() / 1000);

export const RESULT_OK: ResultOkDto = { result: 1 };

export function toLoginCode(issued: IssuedLoginTicket): LoginCodeDto {
  return { result: 1, oauth_login_code: issued.ticket };
}

/** Doorkeeper's token answer; `scope` is left out as Doorkeeper leaves out blank values. */
export function toOAuthToken(issued: IssuedSession): OAuthTokenDto {
  return {
    access_token: issued.accessToken,
    token_type: 'Bearer',
    expires_in: issued.expiresIn,
    refresh_token: issued.refreshToken ?? '',
    created_at: unixSeconds(issued.accessExpiresAt) - issued.expiresIn,
  };
}

export function toOAuthTokenInfo(info: OAuthTokenInfo): OAuthTokenInfoDto {
  return {
    resource_owner_id: info.account.id,
    scope: [],
    expires_in: info.expiresIn,
    application: { uid: info.clientId },
    created_at: unixSeconds(info.issuedAt),
  };
}

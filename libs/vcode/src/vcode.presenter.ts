import { Account, AccountRole, IssuedSession, toNationalPhone } from '@app/accounts';
import {
  VcodeLogInDataDto,
  VcodeLogInResponseDto,
  VcodeMessageDto,
  VcodeRegisterResponseDto,
  VcodeTokenDataDto,
  VcodeUserResponseDto,
} from './dto/responses.dto';

export const SUCCESS = 'SUCCESS';
/** vcode issues access tokens only (its audience policy has no refresh). */
const ACCESS_TOKEN_TYPE = 0;

export function vcodeSuccess(message = SUCCESS): VcodeMessageDto {
  return { code: '0', message };
}

function tokenData(issued: IssuedSession): VcodeTokenDataDto {
  return {
    userName: toNationalPhone(issued.account.phone) ?? '',
    token: issued.accessToken,
    type: ACCESS_TOKEN_TYPE,
    createAt: issued.session.createdAt.getTime(),
    expiresIn: issued.expiresIn,
  };
}

export function toVcodeRegistration(issued: IssuedSession): VcodeRegisterResponseDto {
  return { code: '0', data: tokenData(issued), message: SUCCESS };
}

export function toVcodeLogIn(issued: IssuedSession): VcodeLogInResponseDto {
  // Opaque tokens are stored rows, so they always have an id (the document's tokenId).
  const data: VcodeLogInDataDto = { id: issued.accessTokenId!, ...tokenData(issued) };
  return { code: '0', data, message: SUCCESS };
}

export function toVcodeUser(account: Account): VcodeUserResponseDto {
  const phone = toNationalPhone(account.phone);
  return {
    code: '0',
    data: {
      id: account.id,
      userName: phone,
      role: account.role === AccountRole.Admin ? 'ADMIN' : 'USER',
      nickName: account.nickname,
      company: account.company,
      job: account.position,
      email: account.email,
      phoneNumber: phone,
    },
    message: SUCCESS,
  };
}

import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AuthContext,
  ChangePassword,
  ClientInfo,
  UpdateVenusInfo,
} from '@app/accounts';
import { Auth, Client, RequestValidationError } from '@app/facade-kit';
import { VenusSuccessDto, VenusUserInfoDto } from './dto/responses.dto';
import { VenusChangePasswordDto, VenusUpdateInfoDto } from './dto/user.dto';
import { VenusAuthenticated } from './venus-auth';
import { ApiVenusBody, ApiVenusErrors } from './venus-docs';
import { VENUS_ERRORS as E } from './venus-errors';
import { VenusSurface } from './venus-surface';
import { toVenusUserInfo, venusSuccess } from './venus.presenter';

/** A form field that is absent or blank means "leave it as it is". */
const given = (value: string | undefined): string | undefined => (value?.trim() ? value : undefined);

@ApiTags('venus')
@VenusSurface()
@VenusAuthenticated()
@ApiVenusErrors(E.internalError)
@Controller('venus/user')
export class VenusUserController {
  constructor(
    private readonly updateInfo: UpdateVenusInfo,
    private readonly changePassword: ChangePassword,
  ) {}

  @Get('info')
  @ApiOperation({
    summary: '获取用户个人信息',
    description:
      'Exactly the eight fields of the example. Unset text fields are "". last_login_at_sec is the latest successful sign-in through any ' +
      'contract (the one that issued this token included) in Unix seconds, 0 if none; role_id is 1 for a user, 2 for an administrator; ' +
      'user_id is the account\'s numeric id (CONTRACTS.md).',
  })
  @ApiOkResponse({ type: VenusUserInfoDto, description: 'The signed-in account' })
  info(@Auth() auth: AuthContext): VenusUserInfoDto {
    return toVenusUserInfo(auth.account);
  }

  @Post('info')
  @HttpCode(200)
  @ApiVenusBody()
  @ApiOperation({
    summary: '更新手机号码/昵称',
    description:
      'Changes the phone and/or the nickname; an absent or blank field is left unchanged, and at least one must carry a value (else 10001). ' +
      'No code is needed (the contract has none). A phone held by another account is 10011 user_exists; the account\'s own phone is accepted ' +
      'and changes nothing. The phone is checked before anything is written.',
  })
  @ApiOkResponse({ type: VenusSuccessDto, description: 'Updated' })
  @ApiVenusErrors(E.invalidParams, E.userExists)
  async update(@Auth() auth: AuthContext, @Body() body: VenusUpdateInfoDto, @Client() client: ClientInfo): Promise<VenusSuccessDto> {
    const phone = given(body.phone_number);
    const nickname = given(body.nickname);
    if (phone === undefined && nickname === undefined) {
      throw new RequestValidationError({ phone_number: ['isNotEmpty'], nickname: ['isNotEmpty'] }, 'phone_number or nickname is required');
    }
    await this.updateInfo.execute({ auth, phone, nickname, client });
    return venusSuccess();
  }

  @Post('password')
  @HttpCode(200)
  @ApiVenusBody()
  @ApiOperation({
    summary: '用户更新个人密码',
    description:
      'Sets a new password on the session alone (the contract has no old-password field). confirm_password must equal password (else 10002 ' +
      'password_mismatch); the v2 policy applies (8 to 128 characters, not common, not the current password: else 10001). ' +
      'CONTRACTS.md: every other session of the account ends, in every contract; this token goes on.',
  })
  @ApiOkResponse({ type: VenusSuccessDto, description: 'Password changed; every other session has ended' })
  @ApiVenusErrors(E.invalidParams, E.passwordMismatch)
  async password(@Auth() auth: AuthContext, @Body() body: VenusChangePasswordDto, @Client() client: ClientInfo): Promise<VenusSuccessDto> {
    await this.changePassword.execute({
      auth,
      newPassword: body.password,
      confirmation: body.confirm_password,
      passwordPolicy: 'standard',
      client,
    });
    return venusSuccess();
  }
}

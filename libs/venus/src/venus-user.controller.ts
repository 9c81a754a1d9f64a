import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AccountsErrorCode,
  AuthContext,
  ChangePassword,
  ChangePhone,
  ClientInfo,
  CodePurpose,
  isAccountsError,
  UpdateProfile,
} from '@app/accounts';
import { Auth, Client, RequestValidationError } from '@app/facade-kit';
import { VenusSuccessDto, VenusUserInfoDto } from './dto/responses.dto';
import { VenusChangePasswordDto, VenusUpdateInfoDto } from './dto/user.dto';
import { VenusAuthenticated } from './venus-auth';
import { ApiVenusBody, ApiVenusErrors } from './venus-docs';
import { VENUS_ERRORS as E } from './venus-errors';
import { toVenusUserInfo, venusSuccess } from './venus.presenter';

/** A form field that is absent or blank means "leave it as it is". */
const given = (value: string | undefined): string | undefined => (value?.trim() ? value : undefined);

@ApiTags('venus')
@VenusAuthenticated()
@ApiVenusErrors(E.internalError)
@Controller('venus/user')
export class VenusUserController {
  constructor(
    private readonly updateProfile: UpdateProfile,
    private readonly changePhone: ChangePhone,
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
    if (phone !== undefined) await this.setPhone(auth, phone, client);
    if (nickname !== undefined) await this.updateProfile.execute({ accountId: auth.account.id, patch: { nickname } });
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
      'CONTRACTS.md: every session of the account ends, in every contract, this token included: sign in again.',
  })
  @ApiOkResponse({ type: VenusSuccessDto, description: 'Password changed; every session has ended' })
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

  /** "Update to this phone" is idempotent in venus: the current phone is not an error. */
  private async setPhone(auth: AuthContext, phone: string, client: ClientInfo): Promise<void> {
    try {
      await this.changePhone.execute({ auth, value: phone, purpose: CodePurpose.ChangePhone, client, fields: { value: 'phone_number' } });
    } catch (error) {
      if (!(isAccountsError(error) && error.code === AccountsErrorCode.ValueUnchanged)) throw error;
    }
  }
}

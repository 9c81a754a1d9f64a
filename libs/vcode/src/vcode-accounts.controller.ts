import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import {
  Audience,
  ClientInfo,
  CodeChannel,
  CodePurpose,
  RegisterAndSignIn,
  ResetPassword,
  SignInWithPassword,
} from '@app/accounts';
import { Client } from '@app/facade-kit';
import { LogInDto, RegisterDto, ResetPasswordDto } from './dto/requests.dto';
import { VcodeLogInResponseDto, VcodeMessageDto, VcodeRegisterResponseDto } from './dto/responses.dto';
import { LOGIN_EXAMPLE, REGISTER_EXAMPLE, VcodeAnswers } from './vcode-docs';
import { VcodeOperation } from './vcode-errors';
import { toVcodeLogIn, toVcodeRegistration, vcodeSuccess } from './vcode.presenter';

const PASSWORD_RESET = '修改密码成功';

/** Registration, sign-in and password reset: the routes that need no token. */
@ApiTags('vcode')
@Controller('api/user')
export class VcodeAccountsController {
  constructor(
    private readonly registerAccount: RegisterAndSignIn,
    private readonly signIn: SignInWithPassword,
    private readonly resetPassword: ResetPassword,
  ) {}

  @Post('register')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: '注册: create an account with the phone, a password and an SMS code; answers a token',
    description:
      'The code comes from POST /api/vcode/send and is used up. The password follows the v2 policy (8 to 128 characters, not a common one). ' +
      '`createAt` is when the token was issued, in milliseconds; only access tokens (`type` 0) are issued. ' +
      'The account and its token are made together: on any failure neither exists, and register may be called again.',
  })
  @VcodeAnswers(VcodeOperation.Register, VcodeRegisterResponseDto, REGISTER_EXAMPLE)
  async register(@Body() body: RegisterDto, @Client() client: ClientInfo): Promise<VcodeRegisterResponseDto> {
    const issued = await this.registerAccount.execute({
      phone: body.userName,
      password: body.password,
      passwordPolicy: 'standard',
      code: { channel: CodeChannel.Sms, code: body.code, purpose: CodePurpose.Any },
      audience: Audience.Vcode,
      client,
    });
    return toVcodeRegistration(issued);
  }

  @Post('logIn')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: '登录: sign in with the phone and password (case-sensitive path: /api/user/login is another contract\'s)',
    description:
      '`id` is the token\'s id, a new number for every sign-in. Each sign-in opens its own session; the token lives 86400 s. ' +
      'After repeated wrong passwords the account\'s password sign-in is locked for a while ("3").',
  })
  @VcodeAnswers(VcodeOperation.LogIn, VcodeLogInResponseDto, LOGIN_EXAMPLE)
  async logIn(@Body() body: LogInDto, @Client() client: ClientInfo): Promise<VcodeLogInResponseDto> {
    const issued = await this.signIn.execute({
      identifier: body.userName,
      kind: 'phone',
      password: body.password,
      audience: Audience.Vcode,
      client,
    });
    return toVcodeLogIn(issued);
  }

  @Post('resetPassword')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: '重置密码: set a new password with an SMS code',
    description:
      'Ends every session of the account, in every API. The document\'s only failure, "1 Token无效", is answered when the code ' +
      '(this request\'s proof) is wrong, expired or used; other failures are "1" with their own message.',
  })
  @VcodeAnswers(VcodeOperation.ResetPassword, VcodeMessageDto, vcodeSuccess(PASSWORD_RESET))
  async reset(@Body() body: ResetPasswordDto, @Client() client: ClientInfo): Promise<VcodeMessageDto> {
    await this.resetPassword.execute({
      channel: CodeChannel.Sms,
      target: body.phone,
      code: body.code,
      purpose: CodePurpose.Any,
      audience: Audience.Vcode,
      newPassword: body.newPassword,
      passwordPolicy: 'standard',
      client,
    });
    return vcodeSuccess(PASSWORD_RESET);
  }
}

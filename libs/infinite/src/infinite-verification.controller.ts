import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Audience, ClientInfo, CodeChannel, CodePurpose, phoneFromParts, ResetPassword, SendVerificationCode } from '@app/accounts';
import { Client } from '@app/facade-kit';
import { EmailVerifyCodeDto, GenerateSmsCodeDto, ResetUserPasswordDto } from './dto/verification.dto';
import { InfiniteCode, InfiniteEndpoint } from './infinite-errors';
import { InfiniteSurface } from './infinite-surface';
import { InfiniteEnvelope, success } from './infinite.presenter';
import { invalidParam, InfiniteOperation } from './infinite-docs';

const CODE_RULES =
  'The code: 6 digits, valid 10 minutes, one send per target a minute (a second one answers General.Failure with ' +
  'data.retryAfter), 5 wrong tries, single use. Codes of this contract serve any of its actions.';

@ApiTags('infinite')
@Controller('api/user')
export class InfiniteVerificationController {
  constructor(
    private readonly sendCode: SendVerificationCode,
    private readonly resetPassword: ResetPassword,
  ) {}

  @Post('emailVerifyCode')
  @InfiniteSurface(InfiniteEndpoint.EmailVerifyCode)
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @InfiniteOperation({
    throttled: true,
    summary: '发送邮件验证码: send a code to an email address',
    description: `No token needed; the address need not belong to an account. ${CODE_RULES}`,
    errors: [invalidParam('email', 'pattern')],
  })
  async emailVerifyCode(@Body() body: EmailVerifyCodeDto, @Client() client: ClientInfo): Promise<InfiniteEnvelope> {
    await this.sendCode.execute({
      channel: CodeChannel.Email,
      target: body.email,
      purpose: CodePurpose.Any,
      audience: Audience.Infinite,
      client,
    });
    return success();
  }

  @Post('generateSmsCode')
  @InfiniteSurface(InfiniteEndpoint.GenerateSmsCode)
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @InfiniteOperation({
    throttled: true,
    summary: '获取手机验证码: send a code by SMS',
    description:
      `internationalCode comes from the dictionary sys.internationalcode (86 China; also 852, 853, 886, 1, 44, 81, 82, 65, 61, 49, 33). ` +
      `A number outside SMS_ALLOWED_REGIONS (CN unless configured) is General.ParameterInvalid {"mobile":["pattern"]} and gets no SMS. ` +
      `Over SMS_HOURLY_LIMIT sends an hour (whole service) or SMS_DAILY_LIMIT_PER_PHONE a day to one phone: ` +
      `Account.OverGlobalSmsSendLimits. ${CODE_RULES}`,
    errors: [invalidParam('internationalCode', 'notContainsDict'), InfiniteCode.OverGlobalSmsSendLimits],
  })
  async generateSmsCode(@Body() body: GenerateSmsCodeDto, @Client() client: ClientInfo): Promise<InfiniteEnvelope> {
    await this.sendCode.execute({
      channel: CodeChannel.Sms,
      target: phoneFromParts(body.internationalCode, body.mobile, 'mobile'),
      purpose: CodePurpose.Any,
      audience: Audience.Infinite,
      client,
    });
    return success();
  }

  @Post('resetUserPassword')
  @InfiniteSurface(InfiniteEndpoint.ResetUserPassword)
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @InfiniteOperation({
    throttled: true,
    summary: '重置密码: set a new password with a code sent to the email',
    description:
      'The code comes from emailVerifyCode. New password: 8 to 16 characters, letters and digits; equal to the current one: ' +
      'General.ParameterRepeat. Every session of the account ends, in every contract. A wrong code: Account.VerifyCodeError; ' +
      'no account with that email: Account.VerifyError. Mirrored to Gitea first when configured.',
    errors: [
      InfiniteCode.GiteaServerError,
      invalidParam('verifyCode'),
      InfiniteCode.VerifyCodeError,
      InfiniteCode.VerifyError,
      InfiniteCode.ParameterRepeat,
    ],
  })
  async resetUserPassword(@Body() body: ResetUserPasswordDto, @Client() client: ClientInfo): Promise<InfiniteEnvelope> {
    await this.resetPassword.execute({
      channel: CodeChannel.Email,
      target: body.email,
      code: body.verifyCode.trim(),
      purpose: CodePurpose.Any,
      audience: Audience.Infinite,
      newPassword: body.password,
      passwordPolicy: 'infinite',
      client,
    });
    return success();
  }
}

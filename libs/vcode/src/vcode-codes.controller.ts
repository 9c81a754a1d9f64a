import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Audience, CheckVerificationCode, ClientInfo, CodeChannel, CodePurpose, SendVerificationCode } from '@app/accounts';
import { Client } from '@app/facade-kit';
import { SendCodeDto, VerifyCodeDto } from './dto/requests.dto';
import { VcodeMessageDto } from './dto/responses.dto';
import { VcodeAnswers } from './vcode-docs';
import { VcodeOperation } from './vcode-errors';
import { VcodeSurface } from './vcode-surface';
import { vcodeSuccess } from './vcode.presenter';

const VERIFIED = '验证成功';

@ApiTags('vcode')
@Controller('api/vcode')
export class VcodeCodesController {
  constructor(
    private readonly sendCode: SendVerificationCode,
    private readonly checkCode: CheckVerificationCode,
  ) {}

  @Post('send')
  @VcodeSurface(VcodeOperation.Send)
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: '获取验证码: send a 6-digit code by SMS',
    description:
      'The code is valid 10 minutes, serves register, resetPassword and verify of this contract, and allows 5 wrong tries. ' +
      'One send per phone a minute; SMS caps per hour and per phone per day. Every failure is code "1".',
  })
  @VcodeAnswers(VcodeOperation.Send, VcodeMessageDto, vcodeSuccess())
  async send(@Body() body: SendCodeDto, @Client() client: ClientInfo): Promise<VcodeMessageDto> {
    await this.sendCode.execute({
      channel: CodeChannel.Sms,
      target: body.phone,
      purpose: CodePurpose.Any,
      audience: Audience.Vcode,
      client,
    });
    return vcodeSuccess();
  }

  @Post('verify')
  @VcodeSurface(VcodeOperation.Verify)
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: '校验验证码: check a code without using it up',
    description: 'The code stays usable for register or resetPassword. A wrong code counts as one of its 5 tries.',
  })
  @VcodeAnswers(VcodeOperation.Verify, VcodeMessageDto, vcodeSuccess(VERIFIED))
  async verify(@Body() body: VerifyCodeDto): Promise<VcodeMessageDto> {
    await this.checkCode.execute({
      channel: CodeChannel.Sms,
      target: body.phone,
      code: body.code,
      purpose: CodePurpose.Any,
      audience: Audience.Vcode,
    });
    return vcodeSuccess(VERIFIED);
  }
}

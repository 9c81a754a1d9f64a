import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthContext, ClientInfo, CompleteProfile, ConfirmSessionHolder, GetAccountView } from '@app/accounts';
import { Auth, Client } from '@app/facade-kit';
import { CheckTokenDto, PerfectInfoDto, TokenOnlyDto } from './dto/requests.dto';
import { VcodeMessageDto, VcodeUserResponseDto } from './dto/responses.dto';
import { VcodeAuthenticated } from './vcode-auth';
import { USER_EXAMPLE, VcodeAnswers } from './vcode-docs';
import { VcodeOperation } from './vcode-errors';
import { VcodeSurface } from './vcode-surface';
import { toVcodeUser, vcodeSuccess } from './vcode.presenter';

/** The routes that carry the token in the body field `token`. */
@ApiTags('vcode')
@VcodeAuthenticated()
@Controller('api/user')
export class VcodeProfileController {
  constructor(
    private readonly confirmHolder: ConfirmSessionHolder,
    private readonly completeProfile: CompleteProfile,
    private readonly view: GetAccountView,
  ) {}

  @Post('perfectInfo')
  @VcodeSurface(VcodeOperation.PerfectInfo)
  @HttpCode(200)
  @ApiOperation({
    summary: '完善信息: set the name, email, job and company of the token\'s account',
    description:
      'The token must belong to `userName`. Fields left out are kept; a blank nickName, job or company clears it. ' +
      'The email is set without a code, so it is unverified; one used by another account answers "3".',
  })
  @VcodeAnswers(VcodeOperation.PerfectInfo, VcodeMessageDto, vcodeSuccess())
  async perfectInfo(@Auth() auth: AuthContext, @Body() body: PerfectInfoDto, @Client() client: ClientInfo): Promise<VcodeMessageDto> {
    await this.completeProfile.execute({
      auth,
      holder: { identifier: body.userName, kind: 'phone' },
      profile: { nickname: body.nickName, position: body.job, company: body.company },
      email: body.email,
      client,
    });
    return vcodeSuccess();
  }

  @Post('checkToken')
  @VcodeSurface(VcodeOperation.CheckToken)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Token验证: is this token live and the account\'s of `userName`?',
    description: 'Expired, revoked (password reset, sign-out elsewhere) and other accounts\' tokens are all "1 Token无效".',
  })
  @VcodeAnswers(VcodeOperation.CheckToken, VcodeMessageDto, vcodeSuccess())
  async checkToken(@Auth() auth: AuthContext, @Body() body: CheckTokenDto): Promise<VcodeMessageDto> {
    await this.confirmHolder.execute({ auth, identifier: body.userName, kind: 'phone' });
    return vcodeSuccess();
  }

  @Post('get')
  @VcodeSurface(VcodeOperation.Get)
  @HttpCode(200)
  @ApiOperation({
    summary: '根据Token获取用户信息: the token\'s account',
    description: '`id` is the account\'s numeric id (not the tokenId of logIn); fields never set are null.',
  })
  @VcodeAnswers(VcodeOperation.Get, VcodeUserResponseDto, USER_EXAMPLE)
  async get(@Auth() auth: AuthContext, @Body() _body: TokenOnlyDto): Promise<VcodeUserResponseDto> {
    const { account } = await this.view.execute({ id: auth.account.id });
    return toVcodeUser(account);
  }
}

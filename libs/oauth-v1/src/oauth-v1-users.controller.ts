import { Body, Controller, Get, HttpCode, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import {
  Audience,
  AuthContext,
  ClientInfo,
  CodeChannel,
  CodePurpose,
  IssueLoginTicket,
  RegisterWithLoginTicket,
  ResetPassword,
  SendVerificationCode,
  SetCredentials,
} from '@app/accounts';
import { Auth, Client, fromAuthorization, TokenGuard } from '@app/facade-kit';
import { resultErrorExamples } from './api-docs';
import { PhoneCodeDto, ResetPasswordDto, UpdateUserDto, ValidationCodeQueryDto } from './dto/users.dto';
import { LoginCodeDto, ResultErrorDto, ResultOkDto } from './dto/responses.dto';
import { OAUTH_V1_TAG } from './oauth-v1-tag';
import { RESULT_OK, toLoginCode } from './oauth-v1.presenter';

/** The document's type numbers: each code works only for its type. */
const CODE_PURPOSES: Record<1 | 2 | 3, CodePurpose> = {
  1: CodePurpose.Register,
  2: CodePurpose.Login,
  3: CodePurpose.ResetPassword,
};

const OAuthTokenGuard = TokenGuard(Audience.OAuth, fromAuthorization());

/** 200 answers: the success body, or `{result:0,error}` (every failure is HTTP 200 too). */
function ApiResultResponse(type: typeof ResultOkDto | typeof LoginCodeDto, reasons: string[]) {
  const failures = resultErrorExamples('成功 or 失败 (HTTP 200 both)', reasons).content['application/json'].examples;
  return ApiOkResponse({
    description: '成功: the success body. 失败: `{"result":0,"error":"错误原因"}`, also HTTP 200.',
    content: {
      'application/json': {
        schema: { oneOf: [{ $ref: getSchemaPath(type) }, { $ref: getSchemaPath(ResultErrorDto) }] },
        examples: { success: { summary: '成功', value: type === LoginCodeDto ? { result: 1, oauth_login_code: '3224234234' } : RESULT_OK }, ...failures },
      },
    },
  });
}

@ApiTags(OAUTH_V1_TAG.name)
@ApiExtraModels(ResultOkDto, LoginCodeDto, ResultErrorDto)
@ApiConsumes('application/json', 'application/x-www-form-urlencoded')
@Controller('api/v1/users')
export class OauthV1UsersController {
  constructor(
    private readonly sendCode: SendVerificationCode,
    private readonly registerAccount: RegisterWithLoginTicket,
    private readonly issueTicket: IssueLoginTicket,
    private readonly setCredentials: SetCredentials,
    private readonly resetPassword: ResetPassword,
  ) {}

  @Get('validation_code')
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: '获取手机短信校验码',
    description:
      'type 1 needs a phone without an account, 2 and 3 a registered one. One send per phone a minute; the code is valid 10 minutes, ' +
      '5 wrong tries, single use, and works only for its type.',
  })
  @ApiResultResponse(ResultOkDto, ['1分钟内只能获取一次校验码', '该手机号已注册', '该手机号未注册', '手机号格式不正确', '参数格式不正确：type', '短信发送次数超过限制'])
  async validationCode(@Query() query: ValidationCodeQueryDto, @Client() client: ClientInfo): Promise<ResultOkDto> {
    await this.sendCode.execute({
      channel: CodeChannel.Sms,
      target: query.phone,
      purpose: CODE_PURPOSES[query.type],
      audience: Audience.OAuth,
      client,
      targetField: 'phone',
    });
    return RESULT_OK;
  }

  @Post('register')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: '注册用户',
    description: 'Creates an account with the phone and no password (set one with PUT /api/v1/users/update). The code must be of type 1.',
  })
  @ApiResultResponse(LoginCodeDto, ['校验码错误或已失效', '该手机号已注册', '缺少参数：validation_code'])
  async register(@Body() body: PhoneCodeDto, @Client() client: ClientInfo): Promise<LoginCodeDto> {
    const ticket = await this.registerAccount.execute({
      phone: body.phone,
      code: { channel: CodeChannel.Sms, code: body.validation_code, purpose: CodePurpose.Register },
      passwordPolicy: 'standard',
      audience: Audience.OAuth,
      client,
    });
    return toLoginCode(ticket);
  }

  @Post('login')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: '用户登录', description: 'The code must be of type 2. Answers a new oauth_login_code for POST /oauth/token.' })
  @ApiResultResponse(LoginCodeDto, ['校验码错误或已失效', '该手机号未注册', '账户已被停用'])
  async login(@Body() body: PhoneCodeDto, @Client() client: ClientInfo): Promise<LoginCodeDto> {
    const ticket = await this.issueTicket.execute({
      channel: CodeChannel.Sms,
      target: body.phone,
      code: body.validation_code,
      purpose: CodePurpose.Login,
      audience: Audience.OAuth,
      client,
    });
    return toLoginCode(ticket);
  }

  @Put('update')
  @UseGuards(OAuthTokenGuard)
  @ApiBearerAuth('oauth-bearer')
  @ApiOperation({
    summary: '设置用户名和密码',
    description:
      'Needs `Authorization: Bearer <access_token>` from POST /oauth/token. Sets the username (1 to 64 characters, no spaces or @, ' +
      'unique case-insensitively) and the password (8 to 128 characters, not a common one). Nothing changes unless both can. ' +
      'The password change ends every other session of the account; this one goes on.',
  })
  @ApiResultResponse(ResultOkDto, ['两次输入的密码不一致', '密码长度须为8到128位', '密码过于简单', '用户名已被使用', '新密码不能与当前密码相同', 'token无效或已失效', '缺少token'])
  async update(@Auth() auth: AuthContext, @Body() body: UpdateUserDto, @Client() client: ClientInfo): Promise<ResultOkDto> {
    await this.setCredentials.execute({
      auth,
      username: body.name,
      usernameField: 'name',
      password: body.password,
      confirmation: body.password_confirmation,
      passwordPolicy: 'standard',
      client,
    });
    return RESULT_OK;
  }

  @Put('reset')
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: '重置用户名和密码 (reset the password)',
    description: 'The code must be of type 3. Ends every session of the account.',
  })
  @ApiResultResponse(ResultOkDto, ['校验码错误或已失效', '两次输入的密码不一致', '密码长度须为8到128位', '该手机号未注册'])
  async reset(@Body() body: ResetPasswordDto, @Client() client: ClientInfo): Promise<ResultOkDto> {
    await this.resetPassword.execute({
      channel: CodeChannel.Sms,
      target: body.phone,
      code: body.validation_code,
      purpose: CodePurpose.ResetPassword,
      audience: Audience.OAuth,
      newPassword: body.password,
      confirmation: body.password_confirmation,
      passwordPolicy: 'standard',
      client,
    });
    return RESULT_OK;
  }
}

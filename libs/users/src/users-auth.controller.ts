import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import {
  AccountsCrypto,
  AccountsErrorCode,
  Audience,
  AuthContext,
  ClientInfo,
  LinkWeChatAccount,
  RegisterAccount,
  RenewAccessToken,
  SignInWithPassword,
  SignInWithWeChat,
  SignOut,
} from '@app/accounts';
import { Auth, type HttpRequest, RequestValidationError, TokenMissingError } from '@app/facade-kit';
import { AssociateDto, LoginDto, RegisterDto } from './dto/auth.dto';
import { UsersExitEnvelopeDto, UsersPublicKeyEnvelopeDto, UsersRegisteredEnvelopeDto, UsersTokenEnvelopeDto } from './dto/responses.dto';
import { USERS_TERMINALS, UsersClient } from './users-client';
import { ApiUsersErrors, TOKEN_ERRORS } from './users-docs';
import { UsersAuthenticated, usersToken } from './users-auth';
import { EXITED, ok, REGISTERED_MESSAGE, UsersEnvelope } from './users.presenter';
import { requirePassword, WordInfo } from './word-info';

const WordInfoHeader = (required: boolean) =>
  ApiHeader({
    name: 'word-info',
    required,
    description: 'The password: plain, or RSA-OAEP(SHA-256) ciphertext in base64 made with the key of GET /users/public-key',
    example: 'Correct-Horse-42',
  });
const TerminalHeader = ApiHeader({
  name: 'terminal',
  required: false,
  enum: [...USERS_TERMINALS],
  description: 'Client terminal, any case; default pc. Written upper-case into the token.',
});
const {
  ValidationFailed,
  WeakPassword,
  PhoneTaken,
  AccountNotFound,
  InvalidCredentials,
  AccountDisabled,
  AccountLocked,
  RateLimited,
  WeChatRejected,
  WeChatUnavailable,
  Forbidden,
} = AccountsErrorCode;

@ApiTags('users')
@ApiConsumes('application/json', 'application/x-www-form-urlencoded')
@Controller('users')
export class UsersAuthController {
  constructor(
    private readonly register: RegisterAccount,
    private readonly passwordSignIn: SignInWithPassword,
    private readonly wechatSignIn: SignInWithWeChat,
    private readonly renew: RenewAccessToken,
    private readonly signOut: SignOut,
    private readonly linkWeChat: LinkWeChatAccount,
    private readonly crypto: AccountsCrypto,
  ) {}

  @Post('register')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @WordInfoHeader(true)
  @ApiOperation({
    summary: '用户注册: register with a phone and a password',
    description: 'Password rule: 8 to 128 characters, not a common password. No SMS code (the document has none). Signs nobody in: call POST /users/login next.',
  })
  @ApiOkResponse({ type: UsersRegisteredEnvelopeDto, description: 'Registered' })
  @ApiUsersErrors(ValidationFailed, WeakPassword, PhoneTaken, RateLimited)
  async registerAccount(@Body() body: RegisterDto, @WordInfo() password: string | undefined, @UsersClient() client: ClientInfo): Promise<UsersEnvelope<null>> {
    await this.register.execute({
      phone: body.phone,
      password: requirePassword(password),
      passwordPolicy: 'standard',
      profile: { nickname: body.userName },
      audience: Audience.Users,
      client,
    });
    return ok(null, REGISTERED_MESSAGE);
  }

  @Post('login')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @WordInfoHeader(false)
  @TerminalHeader
  @ApiOperation({
    summary: '用户登录: phone + word-info, or WeChat mini-program code',
    description:
      'With `phone`, a password sign-in (header word-info required). Without `phone` and with `code`, a WeChat mini-program sign-in: ' +
      'the code is exchanged at WeChat (jscode2session); the WeChat user is created on first sight and the profile fields sent along are kept. ' +
      'Answers the token (JWT, 24 h; payload id, phone, openid, delayTime, terminal, userAgent, iat, exp).',
  })
  @ApiOkResponse({ type: UsersTokenEnvelopeDto, description: 'The token in data' })
  @ApiUsersErrors(ValidationFailed, AccountNotFound, InvalidCredentials, AccountDisabled, AccountLocked, RateLimited, WeChatRejected, WeChatUnavailable)
  async login(@Body() body: LoginDto, @WordInfo() password: string | undefined, @UsersClient() client: ClientInfo): Promise<UsersEnvelope<string>> {
    if (body.phone) {
      const issued = await this.passwordSignIn.execute({
        identifier: body.phone,
        kind: 'phone',
        password: requirePassword(password),
        audience: Audience.Users,
        client,
      });
      return ok(issued.accessToken);
    }
    if (body.code) {
      const issued = await this.wechatSignIn.execute({
        jsCode: body.code,
        profile: {
          nickname: body.nickName,
          avatarUrl: body.avatarUrl,
          country: body.country,
          province: body.province,
          city: body.city,
          language: body.language,
        },
        audience: Audience.Users,
        client,
      });
      return ok(issued.accessToken);
    }
    throw new RequestValidationError({ phone: ['isNotEmpty'] }, 'phone (or a WeChat code) is required');
  }

  @Get('token/refresh')
  @ApiSecurity('users-token')
  @TerminalHeader
  @ApiOperation({
    summary: '刷新token: exchange the token for a new one',
    description: 'Works while the token is valid and up to 2 h after it expired (its delayTime). The old token stops working at once.',
  })
  @ApiOkResponse({ type: UsersTokenEnvelopeDto, description: 'The token in data' })
  @ApiUsersErrors(...TOKEN_ERRORS)
  async refresh(@Req() request: HttpRequest, @UsersClient() client: ClientInfo): Promise<UsersEnvelope<string>> {
    const token = usersToken(request);
    if (!token) throw new TokenMissingError();
    const issued = await this.renew.execute({ token, audience: Audience.Users, client });
    return ok(issued.accessToken);
  }

  @Get('exit')
  @UsersAuthenticated()
  @ApiOperation({ summary: '退出登录: end the session of this token' })
  @ApiOkResponse({ type: UsersExitEnvelopeDto, description: 'Signed out' })
  @ApiUsersErrors(...TOKEN_ERRORS)
  async exit(@Auth() auth: AuthContext): Promise<UsersEnvelope<string>> {
    await this.signOut.execute({ auth });
    return ok(EXITED);
  }

  @Get('public-key')
  @ApiOperation({
    summary: 'The RSA public key for word-info',
    description: 'Encrypt the password with RSA-OAEP (SHA-256) and this key, and send the base64 ciphertext in header word-info.',
  })
  @ApiOkResponse({ type: UsersPublicKeyEnvelopeDto, description: 'The PEM public key' })
  publicKey(): UsersEnvelope<{ publicKey: string }> {
    return ok({ publicKey: this.crypto.wordInfo.publicKeyPem });
  }

  @Post('info/associate')
  @HttpCode(200)
  // Decorators apply bottom-up: the rate limit runs before the token check, so it counts every attempt.
  @UsersAuthenticated()
  @UseGuards(ThrottlerGuard)
  @WordInfoHeader(true)
  @TerminalHeader
  @ApiOperation({
    summary: '小程序关联账号: link the signed-in WeChat user to a phone account',
    description:
      'Needs a token from a WeChat sign-in (403 otherwise) and the phone account\'s password. Answers a new token for the linked account; ' +
      'the WeChat token used for the call stops working. A WeChat user that had nothing but its WeChat sign-in is merged into the account.',
  })
  @ApiOkResponse({ type: UsersTokenEnvelopeDto, description: 'The token in data' })
  @ApiUsersErrors(ValidationFailed, ...TOKEN_ERRORS, InvalidCredentials, AccountNotFound, Forbidden, AccountDisabled, AccountLocked, RateLimited)
  async associate(
    @Auth() auth: AuthContext,
    @Body() body: AssociateDto,
    @WordInfo() password: string | undefined,
    @UsersClient() client: ClientInfo,
  ): Promise<UsersEnvelope<string>> {
    const issued = await this.linkWeChat.execute({ auth, phone: body.phone, password: requirePassword(password), client });
    return ok(issued.accessToken);
  }
}

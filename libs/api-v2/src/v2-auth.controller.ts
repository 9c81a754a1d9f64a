import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import {
  AccountsErrorCode,
  Audience,
  AuthContext,
  ClientInfo,
  CodeChannel,
  CodePurpose,
  isEmailLike,
  RefreshSession,
  RegisterAndSignIn,
  ResetPassword,
  SendVerificationCode,
  SignInWithCode,
  SignInWithPassword,
  SignOut,
} from '@app/accounts';
import { Auth, Client } from '@app/facade-kit';
import { CodeLoginDto, LoginDto, PasswordResetDto, RefreshDto, RegisterDto, SendCodeDto } from './dto/auth.dto';
import { CodeSentDto, TokensDto } from './dto/responses.dto';
import { ApiProblems, invalidField } from './v2-docs';
import { V2Authenticated } from './v2-auth';
import { toV2Tokens } from './v2.presenter';

const channelOf = (target: string, given?: 'sms' | 'email'): CodeChannel =>
  given ? (given as CodeChannel) : isEmailLike(target) ? CodeChannel.Email : CodeChannel.Sms;

const { WeakPassword, CodeInvalid, InvalidCredentials, AccountNotFound, AccountDisabled, AccountLocked, RateLimited } = AccountsErrorCode;

@ApiTags('v2')
@Controller('v2')
export class V2AuthController {
  constructor(
    private readonly register: RegisterAndSignIn,
    private readonly passwordSignIn: SignInWithPassword,
    private readonly codeSignIn: SignInWithCode,
    private readonly refreshSession: RefreshSession,
    private readonly signOut: SignOut,
    private readonly sendCode: SendVerificationCode,
    private readonly resetPassword: ResetPassword,
  ) {}

  @Post('auth/register')
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Create an account and sign in', description: 'A phone needs an SMS code (purpose register).' })
  @ApiCreatedResponse({ type: TokensDto })
  @ApiProblems(
    invalidField('username', 'notBlank', 'a username, email or phone is required'),
    WeakPassword,
    CodeInvalid,
    AccountsErrorCode.UsernameTaken,
    AccountsErrorCode.EmailTaken,
    AccountsErrorCode.PhoneTaken,
    RateLimited,
  )
  async registerAccount(@Body() body: RegisterDto, @Client() client: ClientInfo): Promise<TokensDto> {
    const codeChannel = body.code_channel ?? (body.phone ? 'sms' : 'email');
    const issued = await this.register.execute({
      username: body.username,
      email: body.email,
      phone: body.phone,
      password: body.password,
      passwordPolicy: 'standard',
      profile: { nickname: body.nickname },
      code: body.code ? { channel: codeChannel as CodeChannel, code: body.code, purpose: CodePurpose.Register } : null,
      audience: Audience.V2,
      client,
    });
    return toV2Tokens(issued);
  }

  @Post('auth/login')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Sign in with a username, email or phone and the password' })
  @ApiOkResponse({ type: TokensDto })
  @ApiProblems(invalidField('identifier', 'isNotEmpty'), InvalidCredentials, AccountDisabled, AccountLocked, RateLimited)
  async login(@Body() body: LoginDto, @Client() client: ClientInfo): Promise<TokensDto> {
    return toV2Tokens(
      await this.passwordSignIn.execute({ identifier: body.identifier, kind: 'any', password: body.password, audience: Audience.V2, client }),
    );
  }

  @Post('auth/login/code')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Sign in with a code sent to the phone or email (purpose login)' })
  @ApiOkResponse({ type: TokensDto })
  @ApiProblems(invalidField('code', 'isLength'), CodeInvalid, AccountNotFound, AccountDisabled, RateLimited)
  async loginWithCode(@Body() body: CodeLoginDto, @Client() client: ClientInfo): Promise<TokensDto> {
    const issued = await this.codeSignIn.execute({
      channel: channelOf(body.target, body.channel),
      target: body.target,
      code: body.code,
      purpose: CodePurpose.Login,
      audience: Audience.V2,
      client,
    });
    return toV2Tokens(issued);
  }

  @Post('auth/refresh')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Exchange a refresh token for new tokens', description: 'Each refresh token works once; reusing one ends the session.' })
  @ApiOkResponse({ type: TokensDto })
  @ApiProblems(invalidField('refresh_token', 'isNotEmpty'), AccountsErrorCode.TokenInvalid, AccountsErrorCode.TokenExpired, RateLimited)
  async refresh(@Body() body: RefreshDto, @Client() client: ClientInfo): Promise<TokensDto> {
    return toV2Tokens(await this.refreshSession.execute({ refreshToken: body.refresh_token, audience: Audience.V2, client }));
  }

  @Post('auth/logout')
  @HttpCode(204)
  @V2Authenticated()
  @ApiOperation({ summary: 'End the session of this token' })
  @ApiNoContentResponse()
  async logout(@Auth() auth: AuthContext): Promise<void> {
    await this.signOut.execute({ auth });
  }

  @Post('verification-codes')
  @HttpCode(202)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: 'Send a 6-digit code by SMS or email',
    description:
      'Valid 10 minutes, one send per target a minute, 5 tries. The answer is the same whether or not the target has an account. ' +
      'SMS go only to phones in SMS_ALLOWED_REGIONS (CN unless configured): another phone is 400 with errors.target ["region"].',
  })
  @ApiAcceptedResponse({ type: CodeSentDto })
  @ApiProblems(
    invalidField('purpose', 'isIn'),
    AccountsErrorCode.CodeSendTooSoon,
    AccountsErrorCode.SmsLimitReached,
    RateLimited,
    AccountsErrorCode.DeliveryFailed,
  )
  async sendVerificationCode(@Body() body: SendCodeDto, @Client() client: ClientInfo): Promise<CodeSentDto> {
    const receipt = await this.sendCode.execute({
      channel: body.channel as CodeChannel,
      target: body.target,
      purpose: body.purpose as CodePurpose,
      audience: Audience.V2,
      client,
      targetField: 'target',
    });
    return { accepted: true, expires_in: receipt.expiresInSeconds, resend_after: receipt.resendAfterSeconds };
  }

  @Post('auth/password-reset')
  @HttpCode(204)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Set a new password with a code (purpose reset_password)', description: 'Ends every session of the account.' })
  @ApiNoContentResponse()
  @ApiProblems(invalidField('new_password', 'isNotEmpty'), WeakPassword, CodeInvalid, RateLimited)
  async passwordReset(@Body() body: PasswordResetDto, @Client() client: ClientInfo): Promise<void> {
    await this.resetPassword.execute({
      channel: channelOf(body.target, body.channel),
      target: body.target,
      code: body.code,
      purpose: CodePurpose.ResetPassword,
      audience: Audience.V2,
      newPassword: body.new_password,
      passwordPolicy: 'standard',
      client,
    });
  }
}

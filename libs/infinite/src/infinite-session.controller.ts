import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Audience, AuthContext, ClientInfo, RegisterAccount, SignInWithSideTokens, SignOut } from '@app/accounts';
import { Auth, Client, RequestValidationError } from '@app/facade-kit';
import { LoginDto, RegisterIndividualDto } from './dto/session.dto';
import { EmptyEnvelopeDto, LoginDataDto, LoginEnvelopeDto } from './dto/responses.dto';
import { InfiniteAuthenticated } from './infinite-auth';
import { InfiniteCode, InfiniteEnvelope, success } from './infinite-codes';
import { invalidParam, InfiniteOperation, TOKEN_FAILURES } from './infinite-docs';
import { keepsLogin } from './keep-login';
import { toLoginData } from './infinite.presenter';

const LOGIN_EXAMPLE = {
  accessToken: 'eyJhbGciOiJFZERTQSIsImtpZCI6Ii4uLiIsInR5cCI6IkpXVCJ9...',
  giteaToken: '7f1e0c0b5a3d4e2f9c8b7a6d5e4f3a2b1c0d9e8f',
  storageToken: 'eyJhbGciOiJFZERTQSIsImtpZCI6Ii4uLiIsInR5cCI6IkpXVCJ9...',
  createDatetime: '1970-01-01 12:00:00',
  nickname: '测试',
  accountId: '20042908291234',
  username: 'admin',
  email: 'test@qq.com',
  mobile: '18625160000',
  emailVerified: 'email.verified',
  iconUrl: 'https://i.picsum.photos/id/1005/100/100.jpg',
  loginIp: '129.0.1.22',
  loginDevice: 'MAC: 00-D0-F8-00-00-01',
  status: 'status.normal',
  updateDatetime: '1970-01-01 12:00:00',
  userId: '676803',
};

@ApiTags('infinite')
@Controller('api/user')
export class InfiniteSessionController {
  constructor(
    private readonly signIn: SignInWithSideTokens,
    private readonly signOut: SignOut,
    private readonly register: RegisterAccount,
  ) {}

  @Post('login')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @InfiniteOperation({
    throttled: true,
    summary: '登录: sign in with username or email and password',
    description:
      'Answers accessToken (send it as header `Authorization`), giteaToken, storageToken and the profile. `enableKeepLogin` ' +
      '(also under the key `"enableKeepLogin "` with a trailing space): `keepLogin.disable` or `true` keeps the login 7 days, ' +
      'otherwise the token lives 2 hours (CONTRACTS.md; the document\'s dictionary describes the values the other way round). ' +
      'With Gitea configured, giteaToken is a Gitea access token and a Gitea failure answers General.GiteaServerError without ' +
      'signing in; without it, giteaToken is a JWT for audience `gitea`. storageToken is a JWT for audience `storage`; both ' +
      'verify with /.well-known/jwks.json, live as long as the session (2 h or 7 days) and end with it (logout, password change, ' +
      'reset, deletion): `POST /v2/token-introspection` (RFC 7662) tells whether one is live. ' +
      'Wrong password and unknown account alike: Account.VerifyError.',
    type: LoginEnvelopeDto,
    successData: LOGIN_EXAMPLE,
    errors: [InfiniteCode.GiteaServerError, invalidParam('password'), InfiniteCode.VerifyError],
  })
  async login(@Body() body: LoginDto, @Client() client: ClientInfo): Promise<InfiniteEnvelope<LoginDataDto>> {
    const username = body.username?.trim();
    const email = body.email?.trim();
    if (!username && !email) throw new RequestValidationError({ username: ['notBlank'] }, 'username or email is required');
    const issued = await this.signIn.execute({
      identifier: (username || email)!,
      // A phone in the username field works too, for accounts made through the phone-based contracts.
      kind: username ? 'any' : 'email',
      password: body.password,
      audience: Audience.Infinite,
      client,
      keepLogin: keepsLogin(body.enableKeepLogin ?? body['enableKeepLogin ']),
    });
    return success(toLoginData(issued));
  }

  @Post('logout')
  @HttpCode(200)
  @InfiniteAuthenticated()
  @InfiniteOperation({
    summary: '注销: end the session of the token in Authorization',
    description:
      'The accessToken and the storage/gitea JWTs of its session stop working at once. A Gitea access token cannot be revoked ' +
      'here (Gitea deletes tokens only with the user\'s own password); it ends with the Gitea account.',
    type: EmptyEnvelopeDto,
    errors: [InfiniteCode.GiteaServerError, ...TOKEN_FAILURES],
  })
  async logout(@Auth() auth: AuthContext): Promise<InfiniteEnvelope> {
    await this.signOut.execute({ auth });
    return success();
  }

  @Post('registerIndividual')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @InfiniteOperation({
    throttled: true,
    summary: '注册: create an account with username, email and password',
    description:
      'Password: 8 to 16 characters, letters and digits both present. Usernames and emails are unique case-insensitively. ' +
      'With Gitea configured the account is created there first; a Gitea failure answers General.GiteaServerError and ' +
      'creates nothing here.',
    type: EmptyEnvelopeDto,
    errors: [
      InfiniteCode.GiteaServerError,
      invalidParam('password', 'length'),
      InfiniteCode.UserRepeat,
      InfiniteCode.EmailRepeat,
    ],
  })
  async registerIndividual(@Body() body: RegisterIndividualDto, @Client() client: ClientInfo): Promise<InfiniteEnvelope> {
    await this.register.execute({
      username: body.username,
      email: body.email,
      password: body.password,
      passwordPolicy: 'infinite',
      audience: Audience.Infinite,
      client,
    });
    return success();
  }
}

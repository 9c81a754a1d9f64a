import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Audience, ClientInfo, normalizePhone, RegisterAccount, RenewAccessToken, SignInWithPassword } from '@app/accounts';
import { Client } from '@app/facade-kit';
import { VenusCreateUserDto, VenusSignInWithNameDto, VenusSignInWithPhoneDto } from './dto/auth.dto';
import { VenusCreatedDto, VenusTokenDto } from './dto/responses.dto';
import { VenusToken } from './venus-auth';
import { ApiVenusBody, ApiVenusErrors } from './venus-docs';
import { VENUS_ERRORS as E } from './venus-errors';
import { VenusSurface } from './venus-surface';
import { toVenusCreated, toVenusToken } from './venus.presenter';

@ApiTags('venus')
@VenusSurface()
@ApiVenusErrors(E.internalError)
@Controller('venus')
export class VenusAuthController {
  constructor(
    private readonly register: RegisterAccount,
    private readonly signIn: SignInWithPassword,
    private readonly renew: RenewAccessToken,
  ) {}

  @Post('auth/user/create')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiVenusBody()
  @ApiOperation({
    summary: '用户注册',
    description:
      'Creates an account; it does not sign in. user_name and password are required, the rest optional. ' +
      'CONTRACTS.md: answers `{"success":"ok","user_id":N}`; a username or phone already held by any account of any contract is 10011 user_exists; ' +
      'a password outside the v2 policy (8 to 128 characters, not common) is 10001 invalid_params.',
  })
  @ApiOkResponse({ type: VenusCreatedDto, description: 'The account was created' })
  @ApiVenusErrors(E.invalidParams, E.userExists, E.tooManyRequests)
  async create(@Body() body: VenusCreateUserDto, @Client() client: ClientInfo): Promise<VenusCreatedDto> {
    const account = await this.register.execute({
      username: body.user_name,
      phone: body.phone_number,
      password: body.password,
      passwordPolicy: 'standard',
      profile: { nickname: body.nickname, internalPhone: body.internal_number },
      audience: Audience.Venus,
      client,
    });
    return toVenusCreated(account);
  }

  @Post('auth/user/signin_with_name')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiVenusBody()
  @ApiOperation({
    summary: '用户名登录',
    description:
      'Signs in with the username (any case) and password; the token goes in header `token` and lives 24 hours. ' +
      'Unknown username: 404 10010 user_not_found; wrong password: 403 11003 invalid_oauth_code (CONTRACTS.md fixes 403 where the example says 404); ' +
      'after LOGIN_MAX_FAILURES (default 10) failures in a row the account is locked (429 10029), from 60 s doubling up to LOCKOUT_MAX_SECONDS.',
  })
  @ApiOkResponse({ type: VenusTokenDto, description: 'Signed in: the token for header `token`' })
  @ApiVenusErrors(E.invalidParams, E.userNotFound, E.invalidOauthCode, E.tooManyRequests)
  async signInWithName(@Body() body: VenusSignInWithNameDto, @Client() client: ClientInfo): Promise<VenusTokenDto> {
    const issued = await this.signIn.execute({
      identifier: body.user_name,
      kind: 'username',
      password: body.password,
      audience: Audience.Venus,
      client,
    });
    return toVenusToken(issued);
  }

  @Post('auth/user/signin_with_phone')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiVenusBody()
  @ApiOperation({
    summary: '手机号码登录',
    description:
      'Signs in with the phone (13812345678, +8613812345678 or 86 138 1234 5678) and password. ' +
      'Not a phone number: 400 10001; no account with it: 404 10010; wrong password: 403 11003; locked: 429 10029.',
  })
  @ApiOkResponse({ type: VenusTokenDto, description: 'Signed in: the token for header `token`' })
  @ApiVenusErrors(E.invalidParams, E.userNotFound, E.invalidOauthCode, E.tooManyRequests)
  async signInWithPhone(@Body() body: VenusSignInWithPhoneDto, @Client() client: ClientInfo): Promise<VenusTokenDto> {
    const issued = await this.signIn.execute({
      identifier: normalizePhone(body.phone_number, 'phone_number'),
      kind: 'phone',
      password: body.password,
      audience: Audience.Venus,
      client,
    });
    return toVenusToken(issued);
  }

  @Post('token/refresh')
  @HttpCode(200)
  @ApiSecurity('venus-token')
  @ApiOperation({
    summary: '获取refresh token',
    description:
      'Exchanges the live token in header `token` for a new one, valid 24 hours; the old token stops working at once (CONTRACTS.md). ' +
      'An expired token cannot be renewed (401 11002): sign in again.',
  })
  @ApiOkResponse({ type: VenusTokenDto, description: 'The new token; the old one no longer works' })
  @ApiVenusErrors(E.invalidToken, E.tokenExpired)
  async refresh(@VenusToken() token: string | undefined, @Client() client: ClientInfo): Promise<VenusTokenDto> {
    return toVenusToken(await this.renew.execute({ token, audience: Audience.Venus, client }));
  }
}

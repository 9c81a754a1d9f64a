import { Body, Controller, Get, Header, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ClientInfo, InspectOAuthToken, OAuthPasswordGrant, OAuthRefreshGrant, RevokeOAuthToken } from '@app/accounts';
import { Client, fromAuthorization, type HttpRequest, RequestValidationError, TokenMissingError } from '@app/facade-kit';
import { clientCredentialsOf } from './client-credentials';
import { RevokeRequestDto, TokenRequestDto } from './dto/oauth.dto';
import { OAuthTokenDto, OAuthTokenInfoDto } from './dto/responses.dto';
import { oauthErrorExamples } from './api-docs';
import { OAUTH_V1_TAG } from './oauth-v1-tag';
import { UNSUPPORTED_GRANT_RULE } from './oauth-server-errors';
import { toOAuthToken, toOAuthTokenInfo } from './oauth-v1.presenter';

const bearerToken = fromAuthorization();

function required(value: string | undefined, field: string): string {
  if (!value) throw new RequestValidationError({ [field]: ['isNotEmpty'] }, `${field}: isNotEmpty`);
  return value;
}

/** The OAuth2 server the oauth-v1 document relies on, as Doorkeeper serves it. */
@ApiTags(OAUTH_V1_TAG.name)
@Controller('oauth')
export class OAuthTokenController {
  constructor(
    private readonly passwordGrant: OAuthPasswordGrant,
    private readonly refreshGrant: OAuthRefreshGrant,
    private readonly revokeToken: RevokeOAuthToken,
    private readonly inspectToken: InspectOAuthToken,
  ) {}

  @Post('token')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @Header('Cache-Control', 'no-store')
  @Header('Pragma', 'no-cache')
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiOperation({
    summary: 'oauth登录: get or refresh tokens (RFC 6749 password and refresh_token grants)',
    description: [
      'Client authentication: HTTP Basic (`client_id:client_secret`) or `client_id` and `client_secret` in the body, one of them ' +
        '(RFC 6749 §2.3): a request with both is refused with 400 `invalid_request`, even when they name the same client.',
      '`password` grant: `username` is a phone, username or email; `password` is the account password or a live `oauth_login_code` (single use).',
      '`refresh_token` grant: each refresh token works once and only for the client it was issued to; presenting a used one ends the session.',
      'Access tokens live 86400 s; refresh tokens 30 days from their last use. Parameters come from the body only (not the query string).',
    ].join('\n\n'),
  })
  @ApiOkResponse({ type: OAuthTokenDto })
  @ApiBadRequestResponse(
    oauthErrorExamples('invalid_grant: wrong credentials, a used or expired login code or refresh token, another client\'s refresh token; invalid_request: a missing parameter, or client credentials both in HTTP Basic and the body', [
      'invalid_grant',
      'invalid_request',
      'unsupported_grant_type',
    ]),
  )
  @ApiUnauthorizedResponse(oauthErrorExamples('Client authentication failed', ['invalid_client']))
  @ApiTooManyRequestsResponse(oauthErrorExamples('Rate limit (Retry-After header)', ['temporarily_unavailable']))
  async token(@Req() request: HttpRequest, @Body() body: TokenRequestDto, @Client() client: ClientInfo): Promise<OAuthTokenDto> {
    const credentials = clientCredentialsOf(request, body);
    switch (body.grant_type) {
      case 'password': {
        const username = required(body.username, 'username');
        const password = required(body.password, 'password');
        return toOAuthToken(await this.passwordGrant.execute({ credentials, username, password, client }));
      }
      case 'refresh_token': {
        const refreshToken = required(body.refresh_token, 'refresh_token');
        return toOAuthToken(await this.refreshGrant.execute({ credentials, refreshToken, client }));
      }
      default:
        throw new RequestValidationError({ grant_type: [UNSUPPORTED_GRANT_RULE] }, 'grant_type: unsupported');
    }
  }

  @Post('revoke')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiOperation({
    summary: 'Revoke an access or refresh token (RFC 7009)',
    description:
      'Ends the session the token belongs to (its access and refresh tokens alike). Answers 200 `{}` whether or not the token was valid, ' +
      'already revoked, or issued to another client (which is left untouched); only a failed client authentication is an error. ' +
      'The client authenticates by HTTP Basic or by `client_id` and `client_secret` in the body, not both (400 `invalid_request`).',
  })
  @ApiOkResponse({ description: 'RFC 7009: `{}` whether or not the token was live', schema: { type: 'object', example: {} } })
  @ApiBadRequestResponse(oauthErrorExamples('Client credentials both in HTTP Basic and the body', ['invalid_request']))
  @ApiUnauthorizedResponse(oauthErrorExamples('Client authentication failed', ['invalid_client']))
  async revoke(@Req() request: HttpRequest, @Body() body: RevokeRequestDto): Promise<Record<string, never>> {
    await this.revokeToken.execute({ credentials: clientCredentialsOf(request, body), token: body.token });
    return {};
  }

  @Get('token/info')
  @Header('Cache-Control', 'no-store')
  @ApiBearerAuth('oauth-bearer')
  @ApiOperation({ summary: 'Describe the access token of `Authorization: Bearer` (Doorkeeper\'s token info)' })
  @ApiOkResponse({ type: OAuthTokenInfoDto })
  @ApiUnauthorizedResponse(oauthErrorExamples('Missing, invalid, expired or revoked token', ['invalid_token']))
  async info(@Req() request: HttpRequest): Promise<OAuthTokenInfoDto> {
    const token = bearerToken(request);
    if (!token) throw new TokenMissingError();
    return toOAuthTokenInfo(await this.inspectToken.execute({ token }));
  }
}

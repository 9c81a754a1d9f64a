import { Body, Controller, Header, HttpCode, Post } from '@nestjs/common';
import { ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IntrospectSideToken } from '@app/accounts';
import { TokenIntrospectionDto, TokenIntrospectionRequestDto } from './dto/introspection.dto';
import { ApiProblems, invalidField } from './v2-docs';
import { toV2Introspection } from './v2.presenter';

const LIVE_EXAMPLE: TokenIntrospectionDto = {
  active: true,
  aud: 'storage',
  sub: '676803',
  iss: 'http://localhost:3000',
  iat: 1767600000,
  exp: 1767607200,
  token_type: 'Bearer',
};

@ApiTags('v2')
@Controller('v2')
export class V2TokenIntrospectionController {
  constructor(private readonly introspect: IntrospectSideToken) {}

  @Post('token-introspection')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiOperation({
    summary: 'Is this storage or Gitea token live? (RFC 7662 token introspection)',
    description: [
      'For the holders of the side tokens of infinite\'s login (`storageToken`, and `giteaToken` when Gitea is not configured) and the services they',
      'are for. A side token names its session and lives exactly as long (2 h, or 7 days with keepLogin); it ends with its session: logout, a password',
      'change, a password reset, account deletion, an admin lock. The token itself is the credential, as at `/oauth/token/info`:',
      'no client authentication; the answer tells no more than the token says, and whether its session still lives.',
      '',
      'Answers `{"active": true, aud, sub, iss, iat, exp, token_type}` for a live token and `{"active": false}` alone for an expired, forged, ended or',
      'unknown one (any other token, a Gitea access token included). The signature stays checkable offline with `/.well-known/jwks.json`; only',
      'introspection sees an ended session.',
    ].join('\n'),
  })
  @ApiOkResponse({
    type: TokenIntrospectionDto,
    content: {
      'application/json': {
        examples: { live: { summary: 'a live token', value: LIVE_EXAMPLE }, inactive: { summary: 'expired, forged or ended', value: { active: false } } },
      },
    },
  })
  @ApiProblems(invalidField('token', 'isNotEmpty'))
  async introspectToken(@Body() body: TokenIntrospectionRequestDto): Promise<TokenIntrospectionDto> {
    return toV2Introspection(await this.introspect.execute({ token: body.token }));
  }
}

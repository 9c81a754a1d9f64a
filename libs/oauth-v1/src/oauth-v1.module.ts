import { Module } from '@nestjs/common';
import { OAuthServerSurface } from './oauth-server-surface';
import { OAuthTokenController } from './oauth-v1-token.controller';
import { OauthV1UsersSurface } from './oauth-v1-surface';
import { OauthV1UsersController } from './oauth-v1-users.controller';

/**
 * The oauth-v1 contract façade (see ../shared/CONTRACTS.md): /api/v1/users in
 * the `{result}` envelope, and the OAuth2 server at /oauth in RFC 6749 JSON.
 */
@Module({
  controllers: [OauthV1UsersController, OAuthTokenController],
  providers: [OauthV1UsersSurface, OAuthServerSurface],
})
export class OauthV1Module {}

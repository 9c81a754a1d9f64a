import { Module, OnModuleInit } from '@nestjs/common';
import { SurfaceRegistry } from '@app/facade-kit';
import { OAuthTokenController } from './oauth-v1-token.controller';
import { OAUTH_SERVER_SURFACE, OAUTH_V1_USERS_SURFACE } from './oauth-v1-surface';
import { OauthV1UsersController } from './oauth-v1-users.controller';

/**
 * The oauth-v1 contract façade (see ../shared/CONTRACTS.md): /api/v1/users in
 * the `{result}` envelope, and the OAuth2 server at /oauth in RFC 6749 JSON.
 */
@Module({ controllers: [OauthV1UsersController, OAuthTokenController] })
export class OauthV1Module implements OnModuleInit {
  constructor(private readonly registry: SurfaceRegistry) {}

  onModuleInit(): void {
    this.registry.register(OAUTH_V1_USERS_SURFACE, { controllers: [OauthV1UsersController] });
    this.registry.register(OAUTH_SERVER_SURFACE, { controllers: [OAuthTokenController] });
  }
}

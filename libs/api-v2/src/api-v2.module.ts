import { Module } from '@nestjs/common';
import { V2AuthController } from './v2-auth.controller';
import { JwksController } from './v2-jwks.controller';
import { V2MeController } from './v2-me.controller';
import { V2OAuthClientsController } from './v2-oauth-clients.controller';
import { V2TokenIntrospectionController } from './v2-token-introspection.controller';
import { V2UsersController } from './v2-users.controller';
import { V2Surface } from './v2-surface';

/** The v2 API for new clients: /v2, /.well-known; errors as RFC 9457 problem+json. */
@Module({
  controllers: [V2AuthController, V2MeController, V2UsersController, V2OAuthClientsController, V2TokenIntrospectionController, JwksController],
  providers: [V2Surface],
})
export class ApiV2Module {}
